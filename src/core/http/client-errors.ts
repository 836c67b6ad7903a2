import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';
import { toAppError } from './error-handler.js';
import { PROBLEM_CONTENT_TYPE, problemFor, sendProblem } from './problem.js';

/** Longer request targets answer 414; Node refuses a request line and headers over 16 KiB together (431). */
export const MAX_URL_LENGTH = 8192;

const REQUEST_LINE = /^[A-Z]+ /;

export const uriTooLong = () => new AppError('uri_too_long', `The request target must be at most ${MAX_URL_LENGTH} characters`);

/** What Node's HTTP parser refused, before Fastify saw a request. */
function clientErrorOf(error: NodeJS.ErrnoException & { rawPacket?: Buffer }): AppError | null {
  switch (error.code) {
    case 'ECONNRESET':
      return null;
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new AppError('request_timeout', 'The request did not arrive in time');
    case 'HPE_HEADER_OVERFLOW': {
      // The parser counts the request line with the headers: when the packet it stopped in starts
      // with a request line that has not ended, the URI is what is too long.
      const packet = error.rawPacket?.toString('latin1', 0, MAX_URL_LENGTH + 64) ?? '';
      const lineEnd = packet.indexOf('\r\n');
      if (REQUEST_LINE.test(packet) && (lineEnd === -1 || lineEnd > MAX_URL_LENGTH)) return uriTooLong();
      return new AppError('headers_too_large', 'The request headers must be at most 16 KiB together');
    }
    default:
      return new AppError('malformed_request', 'The request could not be read as HTTP/1.1');
  }
}

/** Answers requests Node's HTTP parser refused with a problem document, as Fastify would answer the rest. */
export function clientErrorHandler(this: FastifyInstance, error: Error, socket: Socket): void {
  if (socket.destroyed) return;
  const appError = clientErrorOf(error);
  if (!appError) return;
  this.log.debug({ err: error }, 'client error');
  if (socket.writable) {
    const requestId = randomUUID();
    const problem = problemFor(appError, `urn:uuid:${requestId}`, requestId);
    const body = JSON.stringify(problem);
    socket.write(
      `HTTP/1.1 ${appError.status} ${STATUS_CODES[appError.status]}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}

/** Errors Fastify meets before routing (bad URL encoding, over-long path parameters). */
export function frameworkErrorHandler(error: Error, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const appError = toAppError(error);
  request.log.info({ code: appError.code, detail: appError.message }, 'request rejected');
  return sendProblem(reply.header('x-request-id', request.id), appError);
}
