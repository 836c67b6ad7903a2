import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/** The origin a tile URL template loads from, for the CSP: https://{s}.tile.example.org/{z}/… → https://*.tile.example.org. */
export function tileOrigin(template: string): string {
  return /^https:\/\/[^/]+/.exec(template)![0].replace(/\{[a-z]+\}/g, '*');
}

/** Strict headers for every response; the web app needs no inline script or style. */
export async function registerSecurityHeaders(app: FastifyInstance, options: { extraImageSources?: string[] } = {}) {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', ...(options.extraImageSources ?? [])],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}
