import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.js';

describe('API description', () => {
  const testApp = useTestApp({ demoData: false });

  it('publishes an OpenAPI 3.1 document covering the routes', async () => {
    const response = await testApp.current.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    expect(document.info.title).toBe('Stadtdialog API');
    for (const path of ['/api/health', '/api/partnerships', '/api/partnerships/{id}', '/api/exchanges', '/api/exchanges/{id}', '/api/networks']) {
      expect(Object.keys(document.paths), path).toContain(path);
    }
    const listParameters = document.paths['/api/partnerships'].get.parameters.map((parameter: { name: string }) => parameter.name);
    expect(listParameters).toEqual(expect.arrayContaining(['kind', 'status', 'limit', 'cursor']));
  });

  it('serves the interactive documentation page', async () => {
    const response = await testApp.current.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('swagger-ui');
  });
});
