import { describe, expect, it } from 'vitest';
import { useTestApp, testConfig } from '../../../test/support/test-app.js';

describe('a configured tile server', () => {
  const testApp = useTestApp({ demoData: false, env: { MAP_TILE_URL: 'https://{s}.tiles.example.org/osm/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: '© OpenStreetMap contributors' } });

  it('is named to the web app and its host alone is allowed to serve images', async () => {
    const response = await testApp.current.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(response.json().mapTiles).toEqual({ url: 'https://{s}.tiles.example.org/osm/{z}/{x}/{y}.png', attribution: '© OpenStreetMap contributors' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("img-src 'self' data: https://*.tiles.example.org;");
    expect(csp).toContain("connect-src 'self';");
  });

  it('needs an https template with {z}, {x} and {y} and the provider’s attribution', () => {
    expect(() => testConfig({ MAP_TILE_URL: 'http://tiles.example.org/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: 'x' })).toThrow(/MAP_TILE_URL: must be an https:\/\/ tile URL template/);
    expect(() => testConfig({ MAP_TILE_URL: 'https://tiles.example.org/{z}/{x}/{y}.png' })).toThrow(/MAP_TILE_ATTRIBUTION: the tile provider's attribution is required/);
    expect(testConfig().mapTiles).toBeUndefined();
  });
});

describe('without a tile server', () => {
  const testApp = useTestApp({ demoData: false });

  it('tells the web app to draw offline maps and allows no outside images', async () => {
    const response = await testApp.current.app.inject({ method: 'GET', url: '/api/auth/session' });
    expect(response.json().mapTiles).toBeNull();
    expect(String(response.headers['content-security-policy'])).toContain("img-src 'self' data:;");
  });
});
