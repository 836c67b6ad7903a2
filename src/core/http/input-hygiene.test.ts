import type { InjectOptions } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useTestApp } from '../../../test/support/test-app.js';

const probeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/api/test-probe/:key', { schema: { params: z.object({ key: z.string() }), querystring: z.object({ q: z.string().optional() }), body: z.unknown() } }, async (request) => ({
    received: request.body,
  }));
};

describe('Input PostgreSQL cannot store', () => {
  const testApp = useTestApp({ demoData: false, extend: (app) => void app.register(probeRoutes) });
  const inject = (options: InjectOptions) => testApp.current.app.inject(options);
  const post = (payload: unknown, url = '/api/test-probe/key') =>
    inject({ method: 'POST', url, headers: { 'content-type': 'application/json' }, payload: typeof payload === 'string' ? payload : JSON.stringify(payload) });

  it('refuses NUL at any depth with a 400 problem naming the field by its path', async () => {
    const response = await post({ name: { de: 'Grün\u0000au', en: 'Gruenau' }, links: [{ recordId: 'ok' }, { recordId: '\u0000' }] });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({
      status: 400,
      code: 'validation_error',
      errors: [
        { field: 'body.name.de', code: 'invalid_text', message: 'contains a NUL character (U+0000) at character 5, which cannot be stored; remove it' },
        { field: 'body.links.1.recordId', code: 'invalid_text', message: expect.stringContaining('NUL character (U+0000) at character 1') },
      ],
    });
  });

  it('refuses NUL in a field name, naming it with the character escaped', async () => {
    const response = await post({ 'na\u0000me': 'x' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'body.na\\u0000me', code: 'invalid_text', message: expect.stringMatching(/^is a field name that contains a NUL character/) }]);
  });

  it('refuses a lone surrogate, but takes characters outside the basic plane', async () => {
    const lone = await post('{"name": "Kyiv \\ud800", "tags": ["\\udc00x"]}');
    expect(lone.statusCode).toBe(400);
    expect(lone.json().errors).toEqual([
      { field: 'body.name', code: 'invalid_text', message: 'contains a lone surrogate (U+D800) at character 6, which is not a character; send well-formed UTF-8 text' },
      { field: 'body.tags.0', code: 'invalid_text', message: expect.stringContaining('lone surrogate (U+DC00) at character 1') },
    ]);
    const emoji = await post({ name: 'Kyiv 🏙️ Київ' });
    expect(emoji.statusCode).toBe(200);
    expect(emoji.json()).toEqual({ received: { name: 'Kyiv 🏙️ Київ' } });
  });

  it('answers a JSON body that is not UTF-8 with a 400 problem naming the body', async () => {
    const latin1 = Buffer.concat([Buffer.from('{"name": "Gr'), Buffer.from([0xfc]), Buffer.from('nau"}')]);
    const response = await inject({ method: 'POST', url: '/api/test-probe/key', headers: { 'content-type': 'application/json; charset=utf-8' }, payload: latin1 });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.json()).toMatchObject({ code: 'malformed_json', errors: [{ field: 'body', code: 'invalid_text', message: 'is not valid UTF-8 text' }] });
    const encodedSurrogate = Buffer.concat([Buffer.from('{"name": "'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]);
    expect((await inject({ method: 'POST', url: '/api/test-probe/key', headers: { 'content-type': 'application/json' }, payload: encodedSurrogate })).json().code).toBe('malformed_json');
  });

  it('still answers malformed JSON and prototype pollution as before', async () => {
    expect((await post('{"name": ')).json()).toMatchObject({ status: 400, code: 'malformed_json' });
    expect((await post('{"__proto__": {"admin": true}}')).statusCode).toBe(400);
  });

  it('refuses NUL in the query and in a path parameter', async () => {
    const query = await inject({ method: 'POST', url: '/api/test-probe/key?q=a%00b', payload: {} });
    expect(query.statusCode).toBe(400);
    expect(query.json().errors).toEqual([{ field: 'query.q', code: 'invalid_text', message: expect.stringContaining('NUL character (U+0000) at character 2') }]);
    const repeated = await inject({ method: 'POST', url: '/api/test-probe/key?q=a&q=%00', payload: {} });
    expect(repeated.json().errors).toEqual([{ field: 'query.q.1', code: 'invalid_text', message: expect.stringContaining('NUL') }]);
    const path = await inject({ method: 'POST', url: '/api/test-probe/k%00y', payload: {} });
    expect(path.statusCode).toBe(400);
    expect(path.json().errors).toEqual([{ field: 'path.key', code: 'invalid_text', message: expect.stringContaining('NUL character (U+0000) at character 2') }]);
  });

  it('answers percent-encoded bytes that are not UTF-8 in the path with 400, and reads them in the query as given', async () => {
    for (const url of ['/api/test-probe/%ED%A0%80', '/api/test-probe/%FF']) expect((await inject({ method: 'POST', url, payload: {} })).statusCode, url).toBe(400);
    for (const url of ['/api/test-probe/key?q=%ED%A0%80', '/api/test-probe/key?q=%FF']) expect((await inject({ method: 'POST', url, payload: {} })).statusCode, url).toBe(200);
  });

  it('copes with deeply nested bodies and caps the number of issues', async () => {
    const deep = `${'['.repeat(20_000)}"\\u0000"${']'.repeat(20_000)}`;
    const nested = await inject({ method: 'POST', url: '/api/test-probe/key', headers: { 'content-type': 'application/json' }, payload: deep });
    expect(nested.statusCode).toBe(400);
    expect(nested.json().errors[0].field).toBe(`body${'.0'.repeat(20_000)}`);
    const many = await post({ items: Array.from({ length: 500 }, () => '\u0000') });
    expect(many.json().errors).toHaveLength(20);
  });
});
