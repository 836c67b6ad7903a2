import type { SwaggerTransform } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { securityOf } from './openapi-access.js';

const FILE_UPLOAD_BODY = {
  type: 'object',
  required: ['file'],
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      contentMediaType: 'application/octet-stream',
      description: 'The file, one per request',
    },
  },
};

interface RateLimitConfig {
  max?: unknown;
  timeWindow?: unknown;
}

/** The route's rate limit as an `x-rate-limit` extension, when it has a fixed one. */
function rateLimitOf(config: unknown): { max: number; windowSeconds: number } | undefined {
  const rateLimit = (config as { rateLimit?: RateLimitConfig } | undefined)?.rateLimit;
  if (typeof rateLimit?.max !== 'number' || typeof rateLimit.timeWindow !== 'number') return undefined;
  return { max: rateLimit.max, windowSeconds: rateLimit.timeWindow / 1000 };
}

/**
 * The Zod schemas as JSON schemas, plus what the route options know and the schemas do not:
 * who may call the route, its file upload body, its rate limit.
 */
export const describeRoute: SwaggerTransform = (input) => {
  const transformed = jsonSchemaTransform(input);
  const schema: Record<string, unknown> = { ...transformed.schema };
  const method = [input.route.method].flat()[0] ?? 'GET';
  schema.security = securityOf(method, input.url);
  const consumes = schema.consumes as string[] | undefined;
  if (consumes?.includes('multipart/form-data') && !schema.body) schema.body = FILE_UPLOAD_BODY;
  const rateLimit = rateLimitOf(input.route.config);
  if (rateLimit) schema['x-rate-limit'] = rateLimit;
  return { ...transformed, schema };
};
