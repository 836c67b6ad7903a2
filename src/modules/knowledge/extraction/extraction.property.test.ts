import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseIsoDate } from './dates.js';
import { evidencesOf, extractReport, gazetteerIndex, type Extraction } from './extraction.service.js';
import { REPORT_KINDS } from './extraction.types.js';
import { MAX_EVIDENCE_CONTEXT } from './text.js';

/** Pieces of reports and of what breaks naive matching, to be repeated and glued at random. */
const PIECES = [
  'am 12.03.2021', 'vom 3. bis 5. Mai 2020', '28.12. - 02.01.2024', '2019', '1999 2000 2001', 'im März', 'heute', 'May last year',
  '30 November – 2 December 2023', 'November 28–29, 2023', '28 листопада 2023 року', 'Leipzig', 'Kiew', 'Lviv', 'Halle (Saale)',
  'Frankfurt am Main', 'Sambir, Sumy und Melitopol', 'Partnerschaft zwischen Leipzig und Kiew', 'partnership with Kharkiv',
  'nicht', 'Amt für Jugend, Familie und Bildung', 'Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH', 'GIZ',
  'Lviv City Council', 'Stadtwerke Gersthofen', 'Büro Gauly & Volgmann GmbH', 'Programm „Soziale Stadt“', 'the URBACT programme',
  'über 35 Delegierte', 'zwölfköpfige Delegation', 'fand statt', 'took place in', 'z. B.', 'Nr. 5.', 'e. V.', '...', '!?', '1.2.3.4.5.',
  '-----', '0000000000', '„', '“', '(', ')', '&', 'Київ', 'громада', 'Ортсбегехунг', '\u0000', '\ud800', '\udc00', '𝐀𝐁', '\n', '\n\n', ' ', '     ',
];
const piece = fc.constantFrom(...PIECES);
const glue = fc.constantFrom(' ', ', ', '. ', '\n', '');
const reportLike = fc
  .array(fc.tuple(piece, glue), { maxLength: 300 })
  .map((parts) => parts.map(([text, separator]) => text + separator).join(''));
const anyUnicode = fc.string({ unit: 'binary', maxLength: 2000 });
const anyUtf16 = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 2000 });
const cyrillic = fc.string({ unit: fc.integer({ min: 0x400, max: 0x4ff }).map((code) => String.fromCharCode(code)), maxLength: 2000 });
/** One pattern repeated into a long line: thousands of dates or years, a run of capitalised words, of digits and dots. */
const longLine = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 4 }), glue, fc.integer({ min: 200, max: 2000 }))
  .map(([parts, separator, times]) => Array.from({ length: times }, (_, i) => parts[i % parts.length]! + separator.replace(/[.\n]/g, ' ')).join(''));

const isDate = (value: string) => parseIsoDate(value) !== null;

/** What every extraction must satisfy, whatever the text. */
function expectWellFormed(text: string, extraction: Extraction): void {
  expect(REPORT_KINDS).toContain(extraction.kind.kind);
  expect(['de', 'en', 'uk']).toContain(extraction.language.language);

  let reached = 0;
  for (const sentence of extraction.sentences) {
    expect(sentence.start).toBeGreaterThanOrEqual(reached);
    expect(sentence.end).toBeGreaterThan(sentence.start);
    expect(sentence.end).toBeLessThanOrEqual(text.length);
    expect(sentence.text).toBe(text.slice(sentence.start, sentence.end));
    reached = sentence.end;
  }

  reached = 0;
  for (const mention of extraction.dateMentions) {
    expect(mention.start).toBeGreaterThanOrEqual(reached);
    expect(mention.end).toBeLessThanOrEqual(text.length);
    expect(mention.text).toBe(text.slice(mention.start, mention.end));
    expect(isDate(mention.startDate) && isDate(mention.endDate)).toBe(true);
    expect(mention.startDate <= mention.endDate).toBe(true);
    reached = mention.end;
  }
  if (extraction.dates) {
    expect(isDate(extraction.dates.startDate) && isDate(extraction.dates.endDate)).toBe(true);
    expect(extraction.dates.startDate <= extraction.dates.endDate).toBe(true);
    for (const mention of extraction.dates.mentions) expect(extraction.dateMentions).toContain(mention);
  }

  for (const evidence of evidencesOf(extraction)) {
    expect(0 <= evidence.start && evidence.start <= evidence.end && evidence.end <= text.length).toBe(true);
    expect(0 <= evidence.sentenceStart && evidence.sentenceStart <= evidence.sentenceEnd && evidence.sentenceEnd <= text.length).toBe(true);
    expect(evidence.sentence).toBe(text.slice(evidence.sentenceStart, evidence.sentenceEnd));
    // However long the sentence, the evidence quotes only the proposal and a bounded context.
    expect(evidence.sentence.length).toBeLessThanOrEqual(evidence.end - evidence.start + 2 * MAX_EVIDENCE_CONTEXT);
  }
  for (const organization of extraction.organizations) expect(organization.name.length).toBeGreaterThan(0);
  if (extraction.participantCount) expect(extraction.participantCount.count).toBeGreaterThanOrEqual(2);
}

/** How much an extraction finds: what grows with the text. */
const found = (extraction: Extraction) =>
  extraction.dateMentions.length +
  extraction.municipalities.reduce((sum, municipality) => sum + municipality.mentions.length, 0) +
  extraction.organizations.reduce((sum, organization) => sum + organization.mentions.length, 0) +
  extraction.partnerships.length +
  extraction.fundingProgrammes.length;

describe('extractReport on any text', () => {
  beforeAll(() => {
    gazetteerIndex();
  });

  it('returns well-formed proposals for report-like texts, with and without a publication date', () => {
    fc.assert(
      fc.property(reportLike, fc.option(fc.constantFrom('2023-05-01', '2019-12-31')), (text, published) => {
        expectWellFormed(text, extractReport(text, published ? { published } : {}));
      }),
      { numRuns: 60 },
    );
  });

  it('never throws on arbitrary unicode, lone surrogates, NUL and Cyrillic', () => {
    fc.assert(
      fc.property(fc.oneof(anyUnicode, anyUtf16, cyrillic), (text) => {
        expectWellFormed(text, extractReport(text));
      }),
      { numRuns: 60 },
    );
  });

  it('handles long lines of one repeated pattern and keeps evidence short', () => {
    fc.assert(
      fc.property(longLine, (text) => {
        expectWellFormed(text, extractReport(text));
      }),
      { numRuns: 10 },
    );
  });

  it('finds at most about twice as much in a text written out twice', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.integer({ min: 20, max: 200 }), (parts, times) => {
        const unit = `${parts.join(' ')} `;
        const once = found(extractReport(unit.repeat(times)));
        const twice = found(extractReport(unit.repeat(2 * times)));
        expect(twice).toBeLessThanOrEqual(2 * once + found(extractReport(unit)) + 4);
      }),
      { numRuns: 15 },
    );
  });

  it('extracts a text of a thousand lines of dates and years, each date resolved', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => `Treffen am ${1 + (i % 28)}.${1 + (i % 12)}. und im Jahr ${1950 + (i % 100)} sowie am ${1 + (i % 27)}. März ${2000 + (i % 20)}.`);
    const text = lines.join('\n');
    const extraction = extractReport(text);
    expectWellFormed(text, extraction);
    expect(extraction.dateMentions.length).toBeGreaterThanOrEqual(2000);
  });
});
