import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { useTestApp } from '../../../test/support/test-app.js';

const probeBody = z.strictObject({
  name: z.string().min(1),
  count: z.number().int(),
  tags: z.array(z.string()).optional(),
});

const probeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/test-probe', { schema: { body: probeBody } }, async (request) => ({ received: request.body }));
  app.get('/api/test-crash', async () => {
    throw new Error('secret internal detail');
  });
};

describe('HTTP plumbing', () => {
  const testApp = useTestApp({
    demoData: false,
    bodyLimitBytes: 2048,
    extend: (app) => void app.register(probeRoutes),
  });
  const inject = (options: InjectOptions) => testApp.current.app.inject(options);
  const postRaw = (contentType: string, payload: string) => inject({ method: 'POST', url: '/api/test-probe', headers: { 'content-type': contentType }, payload });

  it('accepts a valid JSON body', async () => {
    const response = await inject({ method: 'POST', url: '/api/test-probe', payload: { name: 'Grünau', count: 3 } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ received: { name: 'Grünau', count: 3 } });
  });

  it('answers malformed JSON with a 400 problem naming the body', async () => {
    const response = await postRaw('application/json', '{"name": "Grünau", "count": ');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json();
    expect(problem).toMatchObject({ status: 400, code: 'malformed_json', instance: '/api/test-probe' });
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'body' })]);
    expect(problem.requestId).toBe(response.headers['x-request-id']);
  });

  it('names every field with a wrong type', async () => {
    const response = await inject({ method: 'POST', url: '/api/test-probe', payload: { name: 42, count: 'three' } });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((issue: { field: string }) => issue.field).sort();
    expect(fields).toEqual(['body.count', 'body.name']);
  });

  it('names nested fields by their path', async () => {
    const response = await inject({ method: 'POST', url: '/api/test-probe', payload: { name: 'x', count: 1, tags: ['a', 7] } });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ field: 'body.tags.1' })]);
  });

  it('rejects unknown fields, naming each', async () => {
    const response = await inject({
      method: 'POST',
      url: '/api/test-probe',
      payload: { name: 'x', count: 1, colour: 'blue', size: 2 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      { field: 'body.colour', code: 'unknown_field', message: 'is not a known field' },
      { field: 'body.size', code: 'unknown_field', message: 'is not a known field' },
    ]);
  });

  it('answers an oversized body with 413', async () => {
    const response = await inject({ method: 'POST', url: '/api/test-probe', payload: { name: 'x'.repeat(5000), count: 1 } });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ code: 'payload_too_large', status: 413 });
  });

  it('answers an unsupported media type with 415', async () => {
    const response = await postRaw('application/xml', '<name>x</name>');
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('unsupported_media_type');
  });

  it('answers unknown API routes with a 404 problem', async () => {
    const response = await inject({ method: 'GET', url: '/api/no-such-thing' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('turns an unexpected error into a 500 problem without leaking its message', async () => {
    const response = await inject({ method: 'GET', url: '/api/test-crash' });
    expect(response.statusCode).toBe(500);
    expect(response.json().code).toBe('internal_error');
    expect(response.body).not.toContain('secret internal detail');
  });

  it('echoes a well-formed request id and generates one otherwise', async () => {
    const given = await inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'trace-123' } });
    expect(given.headers['x-request-id']).toBe('trace-123');
    const hostile = await inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': '<script>' } });
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sends security headers with a strict content security policy', async () => {
    const response = await inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('compresses large responses for clients that accept it', async () => {
    const response = await inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'gzip' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
  });
});

describe('web app serving', () => {
  const testApp = useTestApp({ demoData: false });

  it('caches hashed assets for a year', async () => {
    const response = await testApp.current.app.inject({ method: 'GET', url: '/assets/app-3f9a1c.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('serves index.html, revalidated, for client-side routes', async () => {
    for (const url of ['/', '/partnerships', '/partnerships/123?tab=timeline']) {
      const response = await testApp.current.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toContain('Stadtdialog test shell');
    }
  });

  it('answers a missing file with 404 rather than the page', async () => {
    const response = await testApp.current.app.inject({ method: 'GET', url: '/assets/missing-123.js' });
    expect(response.statusCode).toBe(404);
  });
});
