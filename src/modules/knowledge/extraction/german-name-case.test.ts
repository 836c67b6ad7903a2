import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReport } from './extraction.service.js';
import { nominativeOfName } from './german-name-case.js';

type Gender = 'masculine' | 'neuter' | 'feminine' | 'plural';
type Case = 'nominative' | 'genitive' | 'dative';

/** Head nouns of names with their gender and their genitive and dative singular (or plural) forms, as a grammar lists them. */
const NOUNS: { nominative: string; gender: Gender; genitive: string; dative: string }[] = [
  { nominative: 'Landkreistag', gender: 'masculine', genitive: 'Landkreistages', dative: 'Landkreistag' },
  { nominative: 'Städtetag', gender: 'masculine', genitive: 'Städtetages', dative: 'Städtetag' },
  { nominative: 'Verband', gender: 'masculine', genitive: 'Verbandes', dative: 'Verband' },
  { nominative: 'Gemeindebund', gender: 'masculine', genitive: 'Gemeindebundes', dative: 'Gemeindebund' },
  { nominative: 'Verein', gender: 'masculine', genitive: 'Vereins', dative: 'Verein' },
  { nominative: 'Institut', gender: 'neuter', genitive: 'Instituts', dative: 'Institut' },
  { nominative: 'Netzwerk', gender: 'neuter', genitive: 'Netzwerks', dative: 'Netzwerk' },
  { nominative: 'Bundesministerium', gender: 'neuter', genitive: 'Bundesministeriums', dative: 'Bundesministerium' },
  { nominative: 'Umweltamt', gender: 'neuter', genitive: 'Umweltamts', dative: 'Umweltamt' },
  { nominative: 'Referat', gender: 'neuter', genitive: 'Referats', dative: 'Referat' },
  { nominative: 'Gesellschaft', gender: 'feminine', genitive: 'Gesellschaft', dative: 'Gesellschaft' },
  { nominative: 'Energieagentur', gender: 'feminine', genitive: 'Energieagentur', dative: 'Energieagentur' },
  { nominative: 'Stiftung', gender: 'feminine', genitive: 'Stiftung', dative: 'Stiftung' },
  { nominative: 'Servicestelle', gender: 'feminine', genitive: 'Servicestelle', dative: 'Servicestelle' },
  { nominative: 'Stadtwerke', gender: 'plural', genitive: 'Stadtwerke', dative: 'Stadtwerken' },
  { nominative: 'Verkehrsbetriebe', gender: 'plural', genitive: 'Verkehrsbetriebe', dative: 'Verkehrsbetrieben' },
];
const ADJECTIVE_STEMS = ['Deutsch', 'Sächsisch', 'Europäisch', 'Kommunal', 'Ukrainisch', 'Regional', 'Evangelisch', 'International'];
/** The definite article of each case and gender. */
const ARTICLES: Record<Case, Record<Gender, string>> = {
  nominative: { masculine: 'der', neuter: 'das', feminine: 'die', plural: 'die' },
  genitive: { masculine: 'des', neuter: 'des', feminine: 'der', plural: 'der' },
  dative: { masculine: 'dem', neuter: 'dem', feminine: 'der', plural: 'den' },
};
/** Adjectives after a definite article: weak endings. */
const WEAK: Record<Case, Record<Gender, string>> = {
  nominative: { masculine: 'e', neuter: 'e', feminine: 'e', plural: 'en' },
  genitive: { masculine: 'en', neuter: 'en', feminine: 'en', plural: 'en' },
  dative: { masculine: 'en', neuter: 'en', feminine: 'en', plural: 'en' },
};
/** The name as a directory lists it, without an article: strong endings. */
const STRONG: Record<Gender, string> = { masculine: 'er', neuter: 'es', feminine: 'e', plural: 'e' };
const TAILS = ['', ' für Urbanistik', ' Leipzig', ' für Wohnen, Stadtentwicklung und Bauwesen', ' der Städte der Ukraine'];

const declinedName = fc.record({
  noun: fc.constantFrom(...NOUNS),
  adjectives: fc.array(fc.constantFrom(...ADJECTIVE_STEMS), { maxLength: 2 }),
  tail: fc.constantFrom(...TAILS),
  grammaticalCase: fc.constantFrom<Case>('nominative', 'genitive', 'dative'),
});

describe('German names brought to the nominative', () => {
  it('gives the directory form for every article + adjective + noun form of a name', () => {
    fc.assert(
      fc.property(declinedName, ({ noun, adjectives, tail, grammaticalCase }) => {
        const nounForm = grammaticalCase === 'nominative' ? noun.nominative : noun[grammaticalCase];
        const written = [...adjectives.map((stem) => stem + WEAK[grammaticalCase][noun.gender]), nounForm].join(' ') + tail;
        const expected = [...adjectives.map((stem) => stem + STRONG[noun.gender]), noun.nominative].join(' ') + tail;
        const article = ARTICLES[grammaticalCase][noun.gender];
        expect(nominativeOfName(written, article)).toBe(expected);
        // The nominative is a fixed point.
        expect(nominativeOfName(expected, null)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a head noun shared by two compounds ("Städte- und Gemeindebundes")', () => {
    fc.assert(
      fc.property(fc.constantFrom<Case>('nominative', 'genitive', 'dative'), fc.constantFrom('Städte-', 'Wohnungs-', 'Bau-, Verkehrs-'), (grammaticalCase, parts) => {
        const noun = { nominative: 'Gemeindebund', gender: 'masculine' as const, genitive: 'Gemeindebundes', dative: 'Gemeindebund' };
        const nounForm = grammaticalCase === 'nominative' ? noun.nominative : noun[grammaticalCase];
        const written = `Deutsch${WEAK[grammaticalCase].masculine} ${parts} und ${nounForm}`;
        expect(nominativeOfName(written, ARTICLES[grammaticalCase].masculine)).toBe(`Deutscher ${parts} und Gemeindebund`);
      }),
    );
  });

  it('keeps the adjective a town gives a name ("der Leipziger Wohnungsgesellschaft")', () => {
    expect(nominativeOfName('Leipziger Wohnungsgesellschaft', 'der')).toBe('Leipziger Wohnungsgesellschaft');
    expect(nominativeOfName('Dresdner Verkehrsbetrieben', 'den')).toBe('Dresdner Verkehrsbetriebe');
  });

  it('finds names in the case the sentence uses, with their head noun and acronym', () => {
    const { organizations } = extractReport(
      'Vertreter des Deutschen Städte- und Gemeindebundes, des Kommunalen Klimaschutznetzwerks Sachsen und des Rates der Gemeinden und Regionen Europas (RGRE) trafen sich beim Deutschen Mieterbund. Der RGRE lud ein.',
    );
    const names = organizations.map((organization) => organization.name);
    expect(names).toEqual(expect.arrayContaining(['Deutscher Städte- und Gemeindebund', 'Kommunales Klimaschutznetzwerk Sachsen', 'Deutscher Mieterbund']));
    expect(organizations.find((organization) => organization.shortName === 'RGRE')?.name).toBe('Rat der Gemeinden und Regionen Europas');
    expect(names).not.toContain('RGRE');
  });

  it('leaves names it cannot read as written', () => {
    for (const name of ['badenova AG', 'GIZ', 'Emschergenossenschaft', 'Kyivteploenergo', 'Wohnservice Wien']) expect(nominativeOfName(name, 'der')).toBe(name);
  });

  it('proposes organisations of a German report in the nominative', () => {
    const extraction = extractReport(
      'Fachtag in Dresden\n\nAm 23. Mai 2024 trafen sich in Dresden Fachleute des Deutschen Instituts für Urbanistik und des Amts für Stadtplanung und Mobilität. Vertreterinnen des Bundesministeriums für Wohnen, Stadtentwicklung und Bauwesen sprachen mit den Stadtwerken Leipzig über Wärmenetze.',
    );
    const names = extraction.organizations.map((organization) => organization.name);
    expect(names).toEqual(expect.arrayContaining(['Deutsches Institut für Urbanistik', 'Amt für Stadtplanung und Mobilität', 'Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen', 'Stadtwerke Leipzig']));
  });
});
