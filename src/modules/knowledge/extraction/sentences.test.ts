import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('sentence splitting', () => {
  it('does not end a sentence at ordinals, dates and abbreviations', () => {
    expect(texts('Am 3. Dezember kam die Delegation zum 9. Bundeskongress. Danach ging es weiter.')).toEqual([
      'Am 3. Dezember kam die Delegation zum 9. Bundeskongress.',
      'Danach ging es weiter.',
    ]);
    expect(texts('Der Kongress vom 16.-18. 09.2015 war gut besucht. Die Reise folgte.')).toHaveLength(2);
    expect(texts('Die Mitglieder der LAG Sachsen e. V. (LAG) trafen sich u.a. mit der Stadt, z. B. im Rathaus. Dann sprach Dr. Weber.')).toEqual([
      'Die Mitglieder der LAG Sachsen e. V. (LAG) trafen sich u.a. mit der Stadt, z. B. im Rathaus.',
      'Dann sprach Dr. Weber.',
    ]);
    expect(texts('The group met Mr. Smith, i.e. the mayor. It was 2019. Then it rained!')).toEqual([
      'The group met Mr. Smith, i.e. the mayor.',
      'It was 2019.',
      'Then it rained!',
    ]);
  });

  it('ends headlines, list items and address lines at the line break, but not text wrapped by hand', () => {
    expect(texts('Glauchau lud ein\n\nDie Quartiersmanager trafen sich.\n  1. Regionale Wirtschaft\n  2. Energie\nStadt Leipzig\nAmt für Stadterneuerung')).toEqual([
      'Glauchau lud ein',
      'Die Quartiersmanager trafen sich.',
      '1. Regionale Wirtschaft',
      '2. Energie',
      'Stadt Leipzig',
      'Amt für Stadterneuerung',
    ]);
    expect(texts('Die Delegation besuchte die Stadt\nund sprach mit dem Amt.')).toEqual(['Die Delegation besuchte die Stadt\nund sprach mit dem Amt.']);
  });
});

const word = fc.constantFrom('Stadt', 'Delegation', 'besuchte', 'die', 'Leipzig', 'workshop', 'the', 'mayor', 'am', '3.', 'z. B.', 'Nr. 5', 'u.a.', '16.-18. 09.2015', 'Kyiv', 'Amt');
/** Sentences that do not end in a bare number ("… Nr. 5. Kiew …" is ambiguous in German, where "5." is also an ordinal). */
const sentence = fc
  .tuple(
    fc.constantFrom('Die', 'The', 'Am', 'Kiew', 'Eine'),
    fc.array(word, { minLength: 0, maxLength: 12 }),
    fc.constantFrom('Stadt', 'Leipzig', 'visit', 'statt'),
    fc.constantFrom('.', '!', '?'),
  )
  .map(([first, words, last, end]) => [first, ...words, last].join(' ') + end);

describe('sentence splitting (properties)', () => {
  it('finds exactly the sentences a text was made of, whatever abbreviations, ordinals and dates they hold', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', '  ', '\n', '\n\n'), (sentences, glue) => {
        expect(texts(sentences.join(glue))).toEqual(sentences);
      }),
    );
  });

  it('returns trimmed, ordered, non-overlapping sentences whose offsets point at the text and cover every word', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.array(sentence, { maxLength: 4 }), (noise, sentences) => {
        const text = `${noise} ${sentences.join(' ')}`;
        const found = splitSentences(text);
        let previousEnd = 0;
        let covered = '';
        for (const item of found) {
          expect(item.start).toBeGreaterThanOrEqual(previousEnd);
          expect(item.end).toBeGreaterThan(item.start);
          expect(text.slice(item.start, item.end)).toBe(item.text);
          expect(item.text).toBe(item.text.trim());
          previousEnd = item.end;
          covered += item.text;
        }
        expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});
