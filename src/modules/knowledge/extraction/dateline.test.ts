import { describe, expect, it } from 'vitest';
import { findDateline } from './dateline.js';
import { extractReport } from './extraction.service.js';

const NEWS = 'Leipzig, 12. Mai 2025. Die Stadt Leipzig empfing eine Delegation aus dem Kiewer Bezirk Darnyzja. Drei Tage lang besichtigten die Gäste Grünau.';

describe('the dateline a news item opens with', () => {
  it('is found with its day in German, English and Ukrainian', () => {
    expect(findDateline(NEWS)).toMatchObject({ date: '2025-05-12', end: NEWS.indexOf('Die Stadt') });
    expect(findDateline('KYIV, 3 June 2024 – The city council met partners from Leipzig.')).toMatchObject({ date: '2024-06-03' });
    expect(findDateline('Вінниця, 5 червня 2024 р. Делегація з Глаухау відвідала громаду.')).toMatchObject({ date: '2024-06-05' });
    expect(findDateline('Leipzig (dpa), 12.05.2025: Die Stadt lädt ein.')).toMatchObject({ date: '2025-05-12' });
  });

  it('is not a sentence that merely starts with a place and a date', () => {
    expect(findDateline('Leipzig und Kiew pflegen seit 1961 eine Partnerschaft.')).toBeNull();
    expect(findDateline('Im Mai 2025 besuchte eine Delegation Leipzig.')).toBeNull();
    expect(findDateline('Grünau – Darnyzkyj: drei Besuche')).toBeNull();
  });

  it('is not the title: that comes from the news itself', () => {
    const extraction = extractReport(NEWS);
    expect(extraction.title?.title).toMatch(/^Die Stadt Leipzig empfing eine Delegation/);
    expect(extraction.title?.title).not.toContain('12. Mai');
  });
});
