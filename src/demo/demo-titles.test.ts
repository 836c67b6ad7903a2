import { describe, expect, it } from 'vitest';
import { demoExchanges } from './demo-exchanges.js';
import { demoPlaces } from './demo-places.js';

describe('the demo exchanges’ Ukrainian titles', () => {
  it('never put a town’s undeclined name after a preposition that needs another case ("в Лейпциг")', () => {
    const towns = demoPlaces.flatMap((place) => (place.names as Record<string, string | undefined>).uk ?? []).filter((name) => name.length > 2);
    const undeclined = new RegExp(`(?:^|\\s)(?:в|у|до|з|із)\\s+(?:${towns.join('|')})(?![\\p{L}])`, 'u');
    const wrong = demoExchanges.map((exchange) => (exchange.title as Record<string, string | undefined>).uk ?? '').filter((title) => undeclined.test(title));
    expect(wrong).toEqual([]);
  });
});
