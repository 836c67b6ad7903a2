import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chooseEventDates } from './event-dates.js';
import { findDateMentions } from './dates.js';
import { splitSentences } from './sentences.js';
import { normalizeText } from './text.js';

const ranges = (text: string, published?: string) =>
  findDateMentions(normalizeText(text), { published }).map((mention) => [mention.startDate, mention.endDate, mention.precision]);

describe('date expressions', () => {
  it.each([
    ['fand vom 28. bis 29. November 2023 in München statt', ['2023-11-28', '2023-11-29']],
    ['zum Kongress vom 16.-18. 09.2015 in Leipzig', ['2015-09-16', '2015-09-18']],
    ['eine Reise (18.-21.09.2015)', ['2015-09-18', '2015-09-21']],
    ['vom 16.09. bis 21.09.2015', ['2015-09-16', '2015-09-21']],
    ['am 28.11.2023', ['2023-11-28', '2023-11-28']],
    ['28.12.2023–02.01.2024', ['2023-12-28', '2024-01-02']],
    ['30. November bis 2. Dezember 2023', ['2023-11-30', '2023-12-02']],
    ['am 28./29. November 2023', ['2023-11-28', '2023-11-29']],
    ['from 28 to 29 November 2023', ['2023-11-28', '2023-11-29']],
    ['November 28–29, 2023', ['2023-11-28', '2023-11-29']],
    ['November 30 – December 2, 2023', ['2023-11-30', '2023-12-02']],
    ['30 November – 2 December 2023', ['2023-11-30', '2023-12-02']],
    ['on the 28th of November 2023', ['2023-11-28', '2023-11-28']],
    ['between 16 and 21 September 2015', ['2015-09-16', '2015-09-21']],
    ['from Sept. 3 to Sept. 8, 2018', ['2018-09-03', '2018-09-08']],
    ['on 2023-11-28', ['2023-11-28', '2023-11-28']],
    ['28–29 листопада 2023 року', ['2023-11-28', '2023-11-29']],
  ])('%s', (text, [start, end]) => {
    expect(ranges(text)[0]).toEqual([start, end, 'day']);
  });

  it('reads dates without a year against the publication date', () => {
    expect(ranges('am 23. Oktober trafen sich', '2015-11-02')[0]).toEqual(['2015-10-23', '2015-10-23', 'day']);
    // Published in January: late November is the year before.
    expect(ranges('Am 28. November fand', '2024-01-18')[0]).toEqual(['2023-11-28', '2023-11-28', 'day']);
    expect(ranges('Ab heute (3. Dezember) besucht', '2018-12-03')).toEqual([
      ['2018-12-03', '2018-12-03', 'day'],
      ['2018-12-03', '2018-12-03', 'day'],
    ]);
    expect(ranges('im Mai dieses Jahres', '2018-12-03')[0]).toEqual(['2018-05-01', '2018-05-31', 'month']);
    expect(ranges('in May this year', '2021-10-01')[0]).toEqual(['2021-05-01', '2021-05-31', 'month']);
    expect(ranges('im September 2018')[0]).toEqual(['2018-09-01', '2018-09-30', 'month']);
  });

  it('without a publication date takes the year from the nearest date that has one', () => {
    expect(ranges('Am 3. Dezember kam die Delegation, nach dem Gegenbesuch im September 2018.')[0]).toEqual(['2018-12-03', '2018-12-03', 'day']);
    expect(ranges('Ab heute beginnt es')).toEqual([]);
  });

  it('leaves out impossible dates and things that only look like dates', () => {
    expect(ranges('am 31.02.2023')).toEqual([]);
    expect(ranges('Telefon: 0341 123-5454, Version 5.0 - 2013')).toEqual([]);
    expect(ranges('participants may join', '2023-01-01')).toEqual([]);
  });

  it('chooses the visit, stretched to its duration, over earlier visits mentioned in passing', () => {
    const text = normalizeText(
      'Ab heute (3. Dezember) ist eine Delegation aus Kiew in Leipzig. Der fünftägige Besuch schließt ein Programm ab. ' +
        'Beim ersten Besuch im Mai dieses Jahres und beim Gegenbesuch im September 2018 lernten sich die Teams kennen.',
    );
    const dates = chooseEventDates(text, findDateMentions(text, { published: '2018-12-03' }), splitSentences(text), '2018-12-03');
    expect([dates?.startDate, dates?.endDate, dates?.durationDays]).toEqual(['2018-12-03', '2018-12-07', 5]);
  });

  it('joins a congress and the study trip that follows it, not a conference a month before', () => {
    const text = normalizeText(
      'Die Gäste kamen zum Kongress vom 16.-18. 09.2015 in Leipzig und zur anschließenden Reise (18.-21.09.2015). ' +
        'Sie hatten schon an der Konferenz vom 10. bis 12. August 2015 teilgenommen.',
    );
    const dates = chooseEventDates(text, findDateMentions(text), splitSentences(text));
    expect([dates?.startDate, dates?.endDate]).toEqual(['2015-09-16', '2015-09-21']);
  });

  it('skips the date line of a web page and a dateline', () => {
    const text = normalizeText('18.01.2024\n\nDer Workshop fand vom 28. bis 29. November 2023 in München statt.');
    const dates = chooseEventDates(text, findDateMentions(text, { published: '2024-01-18' }), splitSentences(text), '2024-01-18');
    expect([dates?.startDate, dates?.endDate]).toEqual(['2023-11-28', '2023-11-29']);
  });
});

const GERMAN_MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (value: number) => String(value).padStart(2, '0');

/** A range inside one month, written in one of the forms reports use. */
const writtenRange = fc
  .record({
    year: fc.integer({ min: 1990, max: 2040 }),
    month: fc.integer({ min: 1, max: 12 }),
    first: fc.integer({ min: 1, max: 28 }),
    length: fc.integer({ min: 0, max: 6 }),
    form: fc.integer({ min: 0, max: 7 }),
  })
  .map(({ year, month, first, length, form }) => {
    const last = Math.min(first + length, 28);
    const m = month - 1;
    const written = [
      `${first}. bis ${last}. ${GERMAN_MONTHS[m]} ${year}`,
      `${first}.-${last}.${pad(month)}.${year}`,
      `${first}.-${last}. ${pad(month)}.${year}`,
      `${pad(first)}.${pad(month)}. bis ${pad(last)}.${pad(month)}.${year}`,
      `${first} to ${last} ${ENGLISH_MONTHS[m]} ${year}`,
      `${ENGLISH_MONTHS[m]} ${first}–${last}, ${year}`,
      `${first}–${last} ${ENGLISH_MONTHS[m]} ${year}`,
      `${year}-${pad(month)}-${pad(first)} bis ${year}-${pad(month)}-${pad(last)}`,
    ][form]!;
    return { written, start: `${year}-${pad(month)}-${pad(first)}`, end: `${year}-${pad(month)}-${pad(last)}` };
  });

describe('date expressions (properties)', () => {
  it('reads back every range written in any supported form, in any sentence around it', () => {
    fc.assert(
      fc.property(writtenRange, fc.constantFrom('Das Treffen fand vom ', 'The workshop ran from ', 'Termin: ', ''), ({ written, start, end }, before) => {
        const mentions = findDateMentions(normalizeText(`${before}${written} statt.`));
        const first = mentions[0];
        if (first?.startDate === first?.endDate && start !== end && written.includes(' bis ') && /^\d{4}-/.test(written)) {
          // ISO dates are read one by one; the event chooser joins them.
          expect(mentions.map((mention) => mention.startDate)).toEqual([start, end]);
          return;
        }
        expect([first?.startDate, first?.endDate]).toEqual([start, end]);
      }),
    );
  });

  it('puts a day without a year within a year of the publication date, and never far ahead of it', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1995-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (published, month, day) => {
          const iso = published.toISOString().slice(0, 10);
          const [mention] = findDateMentions(`am ${day}. ${GERMAN_MONTHS[month - 1]} trafen sich`, { published: iso });
          expect(mention).toBeDefined();
          const distance = (Date.parse(mention!.startDate) - Date.parse(iso)) / 86_400_000;
          expect(distance).toBeGreaterThan(-366);
          expect(distance).toBeLessThan(184);
          expect(mention!.startDate.slice(5)).toBe(`${pad(month)}-${pad(day)}`);
        },
      ),
    );
  });

  it('never reports an end before the start, and offsets that point at the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), writtenRange, fc.string({ maxLength: 40 }), (before, { written }, after) => {
        const text = `${before} ${written} ${after}`;
        for (const mention of findDateMentions(text, { published: '2020-06-15' })) {
          expect(mention.endDate >= mention.startDate).toBe(true);
          expect(text.slice(mention.start, mention.end)).toBe(mention.text);
          expect(mention.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
      }),
    );
  });
});
