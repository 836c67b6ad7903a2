import { describe, expect, it } from 'vitest';
import { extractReport } from './extraction.service.js';

/** Each town's role, by its English name. */
function roles(text: string, published?: string) {
  const extraction = extractReport(text, published ? { published } : {});
  return {
    venue: extraction.venue?.canonical ?? null,
    kind: extraction.kind.kind,
    dates: extraction.dates ? `${extraction.dates.startDate}..${extraction.dates.endDate}` : null,
    roles: Object.fromEntries(extraction.municipalities.map((municipality) => [municipality.canonical, municipality.role])),
  };
}

describe('roles of towns', () => {
  it('reads a Ukrainian visit abroad: the town the delegation went to is the venue, the dateline town sent it', () => {
    const result = roles(
      `Делегація Житомира вивчала досвід Кракова

Житомир, 21 листопада 2024 року. З 18 по 20 листопада делегація Житомирської міської ради перебувала у Кракові та Гдині. Фахівці ознайомилися з роботою підприємства водопостачання.`,
    );
    expect(result.venue).toBe('Kraków');
    expect(result.roles).toMatchObject({ Zhytomyr: 'participant', Kraków: 'venue', Gdynia: 'host' });
  });

  it('finds Ukrainian plurals, hyphenated and adjective-shaped town names in their cases', () => {
    const result = roles(
      `У Чернівцях відбувся семінар

З 3 по 5 червня 2025 року в Чернівцях пройшов семінар. До навчання долучилися архітектори з Сум, Хмельницького та Кам'янця-Подільського.`,
    );
    expect(result.venue).toBe('Chernivtsi');
    expect(result.roles).toMatchObject({ Sumy: 'participant', Khmelnytskyi: 'participant', 'Kamianets-Podilskyi': 'participant' });
  });

  it('tells the people who came from the towns named as examples, and the next meeting from this one', () => {
    const result = roles(
      `Network on circular construction meets in Tampere

The third meeting of the network took place in Tampere on 2 and 3 October 2024. Partners from Cluj-Napoca, Porto and Leipzig compared how they reuse materials. Speakers pointed to examples from Leeuwarden. The next meeting will be held in Lyon in spring.`,
    );
    expect(result.venue).toBe('Tampere');
    expect(result.kind).toBe('network_meeting');
    expect(result.roles).toMatchObject({ 'Cluj-Napoca': 'participant', Porto: 'participant', Leipzig: 'participant', Leeuwarden: 'mentioned' });
    expect(result.roles['Lyon']).not.toBe('participant');
  });

  it('reads a local paper on a group back from a trip: the trip went to the town they came back from', () => {
    const result = roles(
      `Zurück aus Lwiw: Freiburger Verwaltung zieht Bilanz

Freiburg. Nach vier Tagen in Lwiw ist eine Gruppe aus dem Freiburger Rathaus am Sonntag zurückgekehrt. Die Teilnehmenden hatten sich vom 5. bis 8. Juni 2025 über Straßenbahnen informiert.`,
    );
    expect(result.venue).toBe('Lviv');
    expect(result.kind).toBe('delegation_visit');
    expect(result.roles).toMatchObject({ Freiburg: 'participant', Lviv: 'venue' });
  });

  it('joins a range written with weekdays and keeps a detour on the way home a mere mention', () => {
    const result = roles(
      `Delegation aus Tschernihiw in Memmingen

Fünf Vertreter der Stadt Tschernihiw sind von Montag, 12. Mai, bis Freitag, 16. Mai 2025, in Memmingen zu Gast. Auf dem Heimweg machte die Gruppe einen Abstecher nach Ulm.`,
    );
    expect(result.dates).toBe('2025-05-12..2025-05-16');
    expect(result.venue).toBe('Memmingen');
    expect(result.roles).toMatchObject({ Chernihiv: 'participant', Ulm: 'mentioned' });
  });

  it('makes the towns of a project profile its partners, not delegations', () => {
    const result = roles(
      `Project profile: GreenSpaces4All

The project brings together partners from six countries. The lead partner is the Municipality of Szeged; other partners include the City of Graz and the NGO Zavod Bob from Ljubljana. The project runs until March 2026.`,
    );
    expect(result.kind).toBe('project');
    expect(Object.values(result.roles)).not.toContain('participant');
  });
});
