import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/support/test-app.js';
import { demoId } from '../../demo/demo-id.js';

describe('countries by the names people type', () => {
  const testApp = useTestApp();
  const get = async (url: string) => (await testApp.current.app.inject({ method: 'GET', url })).json();

  const typed: [string, string][] = [
    ['USA', 'us'],
    ['Vereinigte Staaten', 'us'],
    ['США', 'us'],
    ['United States of America', 'us'],
    ['Kosova', 'xk'],
    ['Republik Kosovo', 'xk'],
    ['Республіка Косово', 'xk'],
    ['Україна', 'ua'],
    ['Ukrajina', 'ua'],
    ['Südafrika', 'za'],
    ['RSA', 'za'],
  ];

  it('finds the country first in the place picker, by short and long forms in German, English and Ukrainian', async () => {
    for (const [text, key] of typed) {
      const items = (await get(`/api/places/autocomplete?q=${encodeURIComponent(text)}`)).items as { id: string }[];
      expect(items[0]?.id, text).toBe(demoId(`place:${key}`));
    }
  });

  it('finds the country in search by its usual abbreviation', async () => {
    for (const [text, key] of [['USA', 'us'], ['США', 'us'], ['Kosova', 'xk']] as const) {
      const result = (await get(`/api/search?q=${encodeURIComponent(text)}&limit=50`)) as { items: { type: string; id: string }[]; places: { id: string }[] };
      const found = [...result.items.filter((item) => item.type === 'place').map((item) => item.id), ...result.places.map((place) => place.id)];
      expect(found, text).toContain(demoId(`place:${key}`));
    }
  });
});
