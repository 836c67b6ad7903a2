import pino, { type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/**
 * Errors as pino writes them, without the database client that node-postgres attaches to an idle
 * connection's error (its whole state, type tables included, would fill the log line).
 */
function serializeError(error: Error) {
  const { client: _client, ...serialized } = pino.stdSerializers.err(error) as ReturnType<typeof pino.stdSerializers.err> & { client?: unknown };
  return serialized;
}

export function loggerOptions(level: string): LoggerOptions {
  const options: LoggerOptions = {
    level,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password'], censor: '[redacted]' },
    serializers: { err: serializeError },
  };
  if (process.stdout.isTTY && process.env.NODE_ENV !== 'production') {
    options.transport = { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } };
  }
  return options;
}

export function createLogger(level: string): Logger {
  return pino(loggerOptions(level));
}
