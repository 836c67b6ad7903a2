import path from 'node:path';
import { z } from 'zod';

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const environmentSchema = z.object({
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.preprocess(emptyAsUndefined, z.string().default('127.0.0.1')),
  STADTDIALOG_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./data')),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection URL')
      .optional(),
  ),
  DATABASE_POOL_SIZE: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(500).default(10)),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  TRUST_PROXY: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('false')),
  DEMO_WORLD_GAZETTEER: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('true')),
  BODY_LIMIT_BYTES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1024).default(1_048_576)),
  DOCUMENT_FILE_LIMIT_BYTES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1024).max(1_073_741_824).default(26_214_400)),
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  STADTDIALOG_SIGNUP: z.preprocess(emptyAsUndefined, z.enum(['open', 'closed']).default('open')),
  SIGN_UP_LIMIT_PER_HOUR: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100_000).default(30)),
  COOKIE_SECURE: z.preprocess(emptyAsUndefined, z.enum(['auto', 'true', 'false']).default('auto')),
  SMTP_URL: z.preprocess(emptyAsUndefined, z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional()),
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().default('Stadtdialog <no-reply@localhost>')),
  MAP_TILE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^https:\/\/[^/\s]+\/\S*\{z\}\S*\{x\}\S*\{y\}/, 'must be an https:// tile URL template with {z}, {x} and {y}, e.g. https://tile.example.org/{z}/{x}/{y}.png')
      .optional(),
  ),
  MAP_TILE_ATTRIBUTION: z.preprocess(emptyAsUndefined, z.string().max(300).optional()),
  OIDC_ISSUER: z.preprocess(emptyAsUndefined, z.url().optional()),
  OIDC_CLIENT_ID: z.preprocess(emptyAsUndefined, z.string().optional()),
  OIDC_CLIENT_SECRET: z.preprocess(emptyAsUndefined, z.string().optional()),
  OIDC_DISPLAY_NAME: z.preprocess(emptyAsUndefined, z.string().default('Single sign-on')),
  OIDC_SCOPES: z.preprocess(emptyAsUndefined, z.string().default('openid email profile')),
});

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  /** With the demo data, also queue loading the world's towns in the background. */
  demoWorldGazetteer: boolean;
  bodyLimitBytes: number;
  /** The largest file attached to a document (kept in PostgreSQL). */
  documentFileLimitBytes: number;
  /** Where users reach the app, for links in e-mails; defaults to http://HOST:PORT. */
  publicUrl: string;
  signUpOpen: boolean;
  /** Sign-ups accepted per client address and hour. */
  signUpLimitPerHour: number;
  cookieSecure: 'auto' | 'always' | 'never';
  mail: { smtpUrl: string | undefined; from: string };
  oidc: OidcConfig | undefined;
  /** A tile server for city maps; without it, maps use only the offline outlines and nothing is loaded from elsewhere. */
  mapTiles: MapTiles | undefined;
}

export interface MapTiles {
  url: string;
  attribution: string;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string | undefined;
  displayName: string;
  scopes: string;
}

export class ConfigError extends Error {}

/** Reads the configuration from environment variables; a bad value names the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const values = parsed.data;
  const oidcVariables = [values.OIDC_ISSUER, values.OIDC_CLIENT_ID].filter(Boolean).length;
  if (values.MAP_TILE_URL && !values.MAP_TILE_ATTRIBUTION) {
    throw new ConfigError('Invalid configuration:\n  MAP_TILE_ATTRIBUTION: the tile provider\'s attribution is required with MAP_TILE_URL (e.g. © OpenStreetMap contributors)');
  }
  if (oidcVariables === 1) {
    throw new ConfigError('Invalid configuration:\n  OIDC_ISSUER and OIDC_CLIENT_ID: set both to enable single sign-on, or neither');
  }
  const displayHost = values.HOST === '0.0.0.0' || values.HOST === '::' ? 'localhost' : values.HOST;
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: path.resolve(values.STADTDIALOG_DATA_DIR),
    databaseUrl: values.DATABASE_URL,
    databasePoolSize: values.DATABASE_POOL_SIZE,
    logLevel: values.LOG_LEVEL,
    trustProxy: values.TRUST_PROXY === 'true',
    demoWorldGazetteer: values.DEMO_WORLD_GAZETTEER === 'true',
    bodyLimitBytes: values.BODY_LIMIT_BYTES,
    documentFileLimitBytes: values.DOCUMENT_FILE_LIMIT_BYTES,
    publicUrl: (values.PUBLIC_URL ?? `http://${displayHost.includes(':') ? `[${displayHost}]` : displayHost}:${values.PORT}`).replace(/\/$/, ''),
    signUpOpen: values.STADTDIALOG_SIGNUP === 'open',
    signUpLimitPerHour: values.SIGN_UP_LIMIT_PER_HOUR,
    cookieSecure: values.COOKIE_SECURE === 'true' ? 'always' : values.COOKIE_SECURE === 'false' ? 'never' : 'auto',
    mail: { smtpUrl: values.SMTP_URL, from: values.MAIL_FROM },
    mapTiles: values.MAP_TILE_URL ? { url: values.MAP_TILE_URL, attribution: values.MAP_TILE_ATTRIBUTION! } : undefined,
    oidc:
      values.OIDC_ISSUER && values.OIDC_CLIENT_ID
        ? {
            issuer: values.OIDC_ISSUER,
            clientId: values.OIDC_CLIENT_ID,
            clientSecret: values.OIDC_CLIENT_SECRET,
            displayName: values.OIDC_DISPLAY_NAME,
            scopes: values.OIDC_SCOPES,
          }
        : undefined,
  };
}
