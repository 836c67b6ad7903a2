import { describe, expect, it } from 'vitest';
import { searcher, useSearchCorpus } from '../../../../test/support/search-fixtures.js';
import { useTestApp } from '../../../../test/support/test-app.js';

const DOCUMENTS = {
  twinning: { title: 'Städtepartnerschaft Leipzig – Kiew', text: 'Beide Städte feiern ihr Jubiläum mit einem Bürgerfest.' },
  district: { title: 'Stadtteilpartnerschaft Grünau', text: 'Ein Viertel in Leipzig knüpft Kontakte zu einem Viertel in Lwiw.' },
  literal: { title: 'Eine Partnerschaft auf Augenhöhe', text: 'Wie zwei Verwaltungen voneinander lernen.' },
  school: { title: 'Die neue Gemeinschaftsschule', text: 'Kinder aller Viertel lernen gemeinsam.' },
  renovation: { title: 'Bericht zum Bauprogramm', text: 'Die Schulsanierung beginnt im Sommer mit dem Dach der Turnhalle.' },
  water: { title: 'Leitungen im Untergrund', text: 'Die Trinkwasserversorgung der Dörfer wird erneuert, alte Rohre werden ersetzt.' },
  plainSchool: { title: 'Schule und Quartier', text: 'Eine Schule öffnet ihren Hof am Nachmittag.' },
  debt: { title: 'Haushalt', text: 'Die Schuldenbremse begrenzt neue Kredite.' },
};

describe('search finds the parts of German compounds', () => {
  const testApp = useTestApp({ demoData: false });
  const { reader, ids } = useSearchCorpus(testApp, 'Komposita', { kind: 'report', language: 'de' }, DOCUMENTS);

  const search = searcher(() => testApp.current.app);
  const found = async (q: string) => (await search({ q, limit: '50' }, reader)).items.map((item) => item.id);

  it('finds compounds by their head, below records with the word itself', async () => {
    const partnership = await found('Partnerschaft');
    expect(partnership).toEqual(expect.arrayContaining([ids.twinning, ids.district, ids.literal]));
    expect(partnership[0]).toBe(ids.literal);
  });

  it('finds compounds by a modifier, also in running text cut short by stemming', async () => {
    const school = await found('Schule');
    expect(school).toEqual(expect.arrayContaining([ids.school, ids.renovation, ids.plainSchool]));
    expect(school[0]).toBe(ids.plainSchool);
    expect(school).not.toContain(ids.debt);
    expect(await found('Wasser')).toContain(ids.water);
    expect(await found('Versorgung')).toContain(ids.water);
  });

  it('still finds a compound by itself and nothing for a word that is no part of it', async () => {
    expect(await found('Städtepartnerschaft')).toEqual([ids.twinning]);
    expect(await found('Wasser')).not.toContain(ids.school);
  });

  it('is not confused by phrases and exclusions', async () => {
    expect(await found('Partnerschaft -Leipzig')).not.toContain(ids.twinning);
    expect(await found('"Partnerschaft auf"')).toEqual([ids.literal]);
  });
});
