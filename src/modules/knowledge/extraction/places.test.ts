import { beforeAll, describe, expect, it } from 'vitest';
import { gazetteerIndex, type GazetteerIndex } from './gazetteer-index.js';
import { findPlaces } from './places.js';
import { normalizeText, tokenize } from './text.js';

let index: GazetteerIndex;
beforeAll(() => {
  index = gazetteerIndex();
});

function towns(text: string, language: 'de' | 'en' = 'de') {
  const normalized = normalizeText(text);
  return findPlaces(normalized, tokenize(normalized), index, language).towns.map((mention) => ({
    name: mention.name,
    canonical: mention.town.canonical,
    country: mention.town.country,
    id: mention.town.geonamesId,
    written: normalized.slice(mention.start, mention.end),
  }));
}

describe('the in-memory gazetteer', () => {
  it('finds one town under its exonyms, transliterations and Cyrillic spelling', () => {
    for (const spelling of ['Winnyzja', 'Vinnytsia', 'Vinnitsa', 'Вінниця', 'Винница', 'Vinnytsya']) {
      expect([...index.exact(spelling), ...index.similar(spelling)][0]?.geonamesId, spelling).toBe(689558);
    }
    for (const spelling of ['Gllogoc', 'Glogovac', 'Drenas', 'Глоговац']) expect(index.exact(spelling)[0]?.geonamesId, spelling).toBe(790701);
    expect(index.exact('Kiew')[0]?.canonical).toBe('Kyiv');
    expect(index.exact('München')[0]?.canonical).toBe('Munich');
  });

  it('matches German transliterations of towns the exonym list does not hold, and soft signs', () => {
    expect(index.similar('Bereschany')[0]?.canonical).toBe('Berezhany');
    expect(index.similar('Trostyanez')[0]?.canonical).toBe('Trostianets');
    expect(index.exact('Luts’k')[0]?.canonical).toBe('Lutsk');
    expect(index.exact("Novovolyns'k")[0]?.canonical).toBe('Novovolynsk');
  });

  it('ranks a large town before a small namesake', () => {
    const [first, second] = index.exact('Mykolaiv');
    expect(first?.population).toBeGreaterThan(second?.population ?? 0);
    expect(first?.geonamesId).toBe(700569);
  });

  it('knows countries in German, English and Ukrainian, short forms only in capitals', () => {
    expect(index.country('Deutschland')?.code).toBe('DE');
    expect(index.country('Україна')?.code).toBe('UA');
    expect(index.country('Kosovo')?.code).toBe('XK');
    expect(index.country('USA')?.code).toBe('US');
    expect(index.country('us')).toBeUndefined();
  });
});

describe('towns in a text', () => {
  it('finds towns in lists, in Cyrillic and in every transliteration, each with its country', () => {
    const found = towns('Vertreter aus Sambir, Browary, Bereschany, Sbarasch und Nowowolynsk sowie aus Pristina und Gllogoc (Drenas) kamen nach Вінниця.');
    expect(found.map((town) => `${town.canonical}/${town.country}`)).toEqual([
      'Sambir/UA', 'Brovary/UA', 'Berezhany/UA', 'Zbarazh/UA', 'Novovolynsk/UA', 'Pristina/XK', 'Drenas/XK', 'Drenas/XK', 'Vinnytsia/UA',
    ]);
    expect(found.map((town) => town.written)).toContain('Gllogoc');
  });

  it('takes the town of a district and of an adjective, and keeps the name as written', () => {
    const found = towns('Die Kiewer Fachleute besuchten Leipzig-Grünau; der Gegenbesuch führte nach Kiew-Darnitskij.');
    expect(found.map((town) => [town.name, town.canonical])).toEqual([
      ['Kiew', 'Kyiv'],
      ['Leipzig', 'Leipzig'],
      ['Kiew', 'Kyiv'],
    ]);
    expect(towns('Ein Rundgang durch die Glauchauer Innenstadt').map((town) => town.canonical)).toEqual(['Glauchau']);
    expect(towns("Kyiv's mayor met Munich's delegation", 'en').map((town) => town.canonical)).toEqual(['Kyiv', 'Munich']);
  });

  it('does not take common words, people, streets or page furniture for towns', () => {
    expect(towns('Nach dem Essen ging es in die Halle. Die Peer-Learning-Reise war gut.')).toEqual([]);
    expect(towns('Charlotte Powell and Sofia Berger met Roman Klitschuk.', 'en')).toEqual([]);
    expect(towns('Oberbürgermeister Martin Horn sprach.')).toEqual([]);
    expect(towns('Adresse: Prager Straße 26, Georg-Schumann-Straße 130')).toEqual([]);
    expect(towns('Speichere in deinen Favoriten diesen Link.')).toEqual([]);
    expect(towns('Mission and Progress were the themes of the day.', 'en')).toEqual([]);
  });

  it('takes a town that is also a common word when a place cue says so', () => {
    expect(towns('Das Treffen fand in Halle (Saale) statt, danach ging es nach Essen.').map((town) => town.canonical)).toEqual(['Halle', 'Essen']);
  });
});
