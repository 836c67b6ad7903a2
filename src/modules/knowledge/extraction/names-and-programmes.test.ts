import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReport } from './extraction.service.js';

const organizationsOf = (text: string) => extractReport(text).organizations.map(({ name, kind }) => ({ name, kind }));
const programmesOf = (text: string) => extractReport(text).fundingProgrammes.map(({ name }) => name);

/** Topics a programme's name is made of: a noun, then maybe a preposition with an adjective and a noun. */
const TOPIC_NOUNS = ['Klimaanpassung', 'Stadtgrün', 'Zusammenhalt', 'Bürgerbeteiligung', 'Quartiersentwicklung', 'Wärmewende'];
const PHRASES = ['in sozialen Einrichtungen', 'für kleinere Gemeinden', 'mit der Ukraine', 'im ländlichen Raum', 'an den Klimawandel'];
const CUES = [
  { cue: 'Förderprogramm', article: 'das' },
  { cue: 'Bundesprogramm', article: 'das' },
  { cue: 'Programm', article: 'das' },
  { cue: 'Initiative', article: 'die' },
];
const OWNERS = ['des Bundesministeriums für Wohnen, Stadtentwicklung und Bauwesen', 'der Servicestelle Kommunen in der Einen Welt', 'des Freistaates Sachsen'];

describe('funding programmes', () => {
  it('takes the name after a programme word up to its owner, a comma or the end of the sentence', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CUES),
        fc.constantFrom(...TOPIC_NOUNS),
        fc.option(fc.constantFrom(...PHRASES), { nil: null }),
        fc.constantFrom(...OWNERS.map((owner) => ` ${owner}.`), ', das seit 2020 läuft.', '.'),
        ({ cue, article }, noun, phrase, ending) => {
          const name = phrase ? `${noun} ${phrase}` : noun;
          const text = `Werkstatt in Leipzig\n\nAm 4. Juni 2025 trafen sich 20 Fachleute. Gefördert wird das Vorhaben über ${article} ${cue} ${name}${ending} Die Ergebnisse folgen.`;
          expect(programmesOf(text)).toContain(name);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives known programmes in the nominative whatever case the sentence puts them in', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Nationale Klimaschutzinitiative', 'Nationale Stadtentwicklungspolitik', 'Kommunale Klimapartnerschaften'),
        fc.constantFrom('im Rahmen der {}', 'Teil der {}', 'gefördert durch die {}', 'mit Mitteln der {}'),
        (programme, frame) => {
          const inflected = programme.replace(/^(\p{Lu}\p{Ll}+)e /u, '$1en ');
          const written = frame.startsWith('gefördert durch die') && !programme.endsWith('en') ? programme : inflected;
          const text = `Das Projekt läuft in Jena, ${frame.replace('{}', written)}.`;
          expect(programmesOf(text)).toEqual([programme]);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('keeps an edition with its programme and names a Ukrainian programme in the nominative', () => {
    expect(programmesOf('The URBACT network met in Tartu. It is funded by URBACT IV, which also pays for the next meeting.')).toEqual(['URBACT IV']);
    expect(programmesOf('Проєкти фінансуються в межах «Програми з відновлення України».')).toEqual(['Програма з відновлення України']);
    expect(programmesOf('The visit was funded by the Citizens, Equality, Rights and Values programme of the European Union.')).toEqual(['Citizens, Equality, Rights and Values']);
  });

  it('does not read a programme into the schedule of a visit or into a network named after one', () => {
    expect(programmesOf('Auf dem Programm standen Termine beim Stadtplanungsamt.')).toEqual([]);
    expect(programmesOf('Zum Treffen des Netzwerks Soziale Stadt Sachsen kamen 30 Gäste nach Leipzig.')).toEqual([]);
  });
});

describe('organisation names', () => {
  it('keeps a second topic after "und" and a region at the end of a topic name', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Stiftung', 'Fachbereich'),
        fc.constantFrom('Kinder', 'Natur', 'Entwicklung', 'Jugend', 'Umwelt'),
        fc.constantFrom('Familie', 'Frieden', 'Bildung', 'Kultur'),
        fc.option(fc.constantFrom('Sachsen', 'Thüringen', 'Unterfranken'), { nil: null }),
        (head, first, second, region) => {
          const name = [head, first, 'und', second, region].filter(Boolean).join(' ');
          const text = `Am 3. März 2025 stellte die Organisation ${name} ihre Arbeit in Gera vor.`.replace('die Organisation ', head === 'Stiftung' ? 'die ' : 'der ');
          expect(organizationsOf(text).map((organization) => organization.name)).toContain(name);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('tells a network named by proper-name evidence from a description of one', () => {
    const names = organizationsOf('Das Netzwerk der Innenstädte wächst. Eingeladen hatte das Netzwerk Zukunft Innenstadt Westfalen.').map((organization) => organization.name);
    expect(names).toEqual(['Netzwerk Zukunft Innenstadt Westfalen']);
  });

  it('splits two English councils and a list of councils into one council each', () => {
    expect(organizationsOf('They were hosted by Cork City Council and Cork County Council.')).toEqual([
      { name: 'Cork City Council', kind: 'municipal_office' },
      { name: 'Cork County Council', kind: 'municipal_office' },
    ]);
    const names = organizationsOf('Planners from the city councils of Lutsk and Rivne spent three days in Cork.').map((organization) => organization.name);
    expect(names).toEqual(['Lutsk City Council', 'Rivne City Council']);
  });

  it('knows Ukrainian ministries by their abbreviations and gives known names in the nominative', () => {
    expect(organizationsOf('Його провели Мінцифри та КМДА разом з фахівцями Європейського інвестиційного банку.')).toEqual([
      { name: 'Мінцифри', kind: 'ministry' },
      { name: 'КМДА', kind: 'municipal_office' },
      { name: 'Європейський інвестиційний банк', kind: 'development_agency' },
    ]);
  });

  it('reads a brand from its apposition, but not a person described by a job', () => {
    expect(organizationsOf('Infoxvod, the water utility of Odesa, described its pumping stations.')).toEqual([{ name: 'Infoxvod', kind: 'utility' }]);
    expect(organizationsOf('Anna Berg, a network coordinator from Lviv, opened the meeting.')).toEqual([]);
  });

  it('finds offices by number and a town’s companies named after their service', () => {
    expect(organizationsOf('Die Magistratsabteilung 50 erklärte die Förderung, Wiener Wohnen zeigte zwei Höfe und Hamburg Wasser seine Pläne.')).toEqual([
      { name: 'Magistratsabteilung 50', kind: 'municipal_office' },
      { name: 'Wiener Wohnen', kind: 'municipal_enterprise' },
      { name: 'Hamburg Wasser', kind: 'utility' },
    ]);
  });

  it('gives town councils in English, transport companies and energy agencies their kind', () => {
    expect(organizationsOf('Galway City Council met the Freiburger Verkehrs AG and the North-West Croatia Regional Energy and Climate Agency.')).toEqual([
      { name: 'Galway City Council', kind: 'municipal_office' },
      { name: 'Freiburger Verkehrs AG', kind: 'municipal_enterprise' },
      { name: 'North-West Croatia Regional Energy and Climate Agency', kind: 'ngo' },
    ]);
  });
});
