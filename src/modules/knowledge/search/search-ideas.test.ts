import { describe, expect, it } from 'vitest';
import { searcher, useSearchCorpus } from '../../../../test/support/search-fixtures.js';
import { useTestApp } from '../../../../test/support/test-app.js';

const DOCUMENTS = {
  parkingSpace: { language: 'de', title: 'Mehr Parkraum in der Altstadt', text: 'Die Stadt ordnet das Abstellen von Autos neu.' },
  townPark: { language: 'de', title: 'Der Stadtpark wird erneuert', text: 'Neue Bäume und Bänke für die Grünanlage.' },
  square: { language: 'de', title: 'Ein neuer Platz am Rathaus', text: 'Der Markt zieht im Sommer dorthin.' },
  waterworks: { language: 'de', title: 'Das Wasserwerk erneuert seine Pumpen', text: 'Der Betrieb läuft während der Arbeiten weiter.' },
  drinkingWater: { language: 'de', title: 'Trinkwasser für die Dörfer', text: 'Neue Leitungen bis zum Jahresende.' },
};

describe('search by the ideas of the thesaurus', () => {
  const testApp = useTestApp({ demoData: false });
  const { reader, ids } = useSearchCorpus(testApp, 'Ideen', { kind: 'report' }, DOCUMENTS);

  const searchAs = searcher(() => testApp.current.app);
  const search = (q: string) => searchAs({ q, type: 'document', limit: '50' }, reader);
  const found = async (q: string) => (await search(q)).items.map((item) => item.id);

  it('takes a term as written for its own idea, not for another idea whose term only stems like it', async () => {
    // "parking" is stemmed to "park" in English, as the term "park" of the idea of urban parks is.
    const parking = await search('parking');
    expect(parking.alsoSearched).toEqual(expect.arrayContaining(['Parkraum']));
    expect(parking.alsoSearched).not.toContain('Stadtpark');
    expect(parking.items.map((item) => item.id)).toEqual([ids.parkingSpace]);
    expect(await found('park')).toContain(ids.townPark);
    // "Wasserversorger" (the utility) and "Wasserversorgung" (the supply) share their German stem.
    const utility = await search('Wasserversorger');
    expect(utility.items[0]!.id).toBe(ids.waterworks);
    expect(utility.alsoSearched).toContain('Wasserwerk');
    expect(utility.alsoSearched).not.toContain('Trinkwasser');
    const supply = await search('Wasserversorgung');
    expect(supply.items[0]!.id).toBe(ids.drinkingWater);
    expect(supply.alsoSearched).not.toContain('Wasserwerk');
  });

  it('still searches a compound no text has by its parts when the idea it names fills less than a page, below the idea', async () => {
    const result = await search('Parkplatz');
    expect(result.items[0]!.id).toBe(ids.parkingSpace);
    expect(result.items.map((item) => item.id)).toContain(ids.square);
    expect(result.alsoSearched).toEqual(expect.arrayContaining(['Parkraum', 'Park Platz']));
    // A compound that a text has is searched as it is.
    expect((await search('Stadtpark')).alsoSearched).not.toContain('Stadt Park');
  });
});
