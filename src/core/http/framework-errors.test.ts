import net from 'node:net';
import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.js';

/** Sends raw bytes to the listening app, for what Node's HTTP parser sees before Fastify. */
function sendRaw(port: number, request: string): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('close', () => {
      const [head = '', body = ''] = received.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), headers: head.toLowerCase(), body });
    });
    socket.on('error', reject);
    socket.write(request);
  });
}

function expectProblem(body: string, status: number, code: string): void {
  expect(JSON.parse(body)).toMatchObject({ status, code, type: `/problems/${code.replaceAll('_', '-')}` });
}

describe('framework errors as problem documents', () => {
  const testApp = useTestApp({ demoData: false, bodyLimitBytes: 2048 });
  const inject = (options: InjectOptions) => testApp.current.app.inject(options);

  it('answers a known path asked with another method with 405 and Allow', async () => {
    const response = await inject({ method: 'DELETE', url: '/api/health' });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe('GET, HEAD');
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expectProblem(response.body, 405, 'method_not_allowed');

    const withParameter = await inject({ method: 'PUT', url: '/api/partnerships/00000000-0000-4000-8000-000000000000' });
    expect(withParameter.statusCode).toBe(405);
    expect(withParameter.headers.allow).toBe('DELETE, GET, HEAD, PATCH');
  });

  it('keeps 404 for paths the API does not have', async () => {
    const response = await inject({ method: 'DELETE', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.headers.allow).toBeUndefined();
    expectProblem(response.body, 404, 'not_found');
  });

  it('answers an over-long request target with 414', async () => {
    const response = await inject({ method: 'GET', url: `/api/partnerships?q=${'a'.repeat(9000)}` });
    expect(response.statusCode).toBe(414);
    expectProblem(response.body, 414, 'uri_too_long');
    expect(response.json().instance).toBe('/api/partnerships');
  });

  it('answers an over-long path segment with 414', async () => {
    const response = await inject({ method: 'GET', url: `/api/partnerships/${'a'.repeat(200)}` });
    expect(response.statusCode).toBe(414);
    expectProblem(response.body, 414, 'uri_too_long');
    expect(response.headers['x-request-id']).toBeDefined();
  });

  it('answers a URL with broken percent-encoding with 400', async () => {
    const response = await inject({ method: 'GET', url: '/api/%zz' });
    expect(response.statusCode).toBe(400);
    expectProblem(response.body, 400, 'malformed_request');
  });

  it('answers malformed JSON, an oversized body and an unknown media type with problems', async () => {
    const malformed = await inject({ method: 'POST', url: '/api/auth/sign-in', headers: { 'content-type': 'application/json' }, payload: '{"email":' });
    expectProblem(malformed.body, 400, 'malformed_json');
    const oversized = await inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'a'.repeat(5000) } });
    expectProblem(oversized.body, 413, 'payload_too_large');
    const xml = await inject({ method: 'POST', url: '/api/auth/sign-in', headers: { 'content-type': 'text/xml' }, payload: '<a/>' });
    expectProblem(xml.body, 415, 'unsupported_media_type');
  });

  describe('what Node refuses before Fastify', () => {
    const listening = async () => {
      const { app } = testApp.current;
      if (!app.server.listening) await app.listen({ port: 0, host: '127.0.0.1' });
      return (app.server.address() as net.AddressInfo).port;
    };

    it('answers a request target over 16 KiB with 414', async () => {
      const response = await sendRaw(await listening(), `GET /api/health?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
      expect(response.status).toBe(414);
      expect(response.headers).toContain('content-type: application/problem+json');
      expectProblem(response.body, 414, 'uri_too_long');
    });

    it('answers headers over 16 KiB with 431', async () => {
      const response = await sendRaw(await listening(), `GET /api/health HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(20_000)}\r\n\r\n`);
      expect(response.status).toBe(431);
      expectProblem(response.body, 431, 'headers_too_large');
    });

    it('answers a request that is not HTTP, or whose length is not a number, with 400', async () => {
      const garbage = await sendRaw(await listening(), 'HELLO\r\n\r\n');
      expect(garbage.status).toBe(400);
      expectProblem(garbage.body, 400, 'malformed_request');
      const badLength = await sendRaw(await listening(), 'POST /api/auth/sign-in HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}');
      expectProblem(badLength.body, 400, 'malformed_request');
    });
  });
});
