import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiSlug, contentDisposition, exportFileName } from './file-names.js';

describe('file names of exports', () => {
  it.each([
    ['Grünau', 'Gruenau'],
    ['Leipzig-Grünau ↔ Kyiv', 'Leipzig-Gruenau-Kyiv'],
    ['Straße der Einheit', 'Strasse-der-Einheit'],
    ['Öffentlichkeitsbeteiligung Übersicht', 'Oeffentlichkeitsbeteiligung-Uebersicht'],
    ['Київ-Дарницький', 'Kyiv-Darnytskyi'],
    ['Миколаїв', 'Mykolaiv'],
    ['Запоріжжя', 'Zaporizhzhia'],
    ['Їжакевич Євгенія Йосипівна', 'Yizhakevych-Yevheniia-Yosypivna'],
    ['Юрій Яготин', 'Yurii-Yahotyn'],
    ['Згурівка', 'Zghurivka'],
    ["Пам'ять і Знам’янка", 'Pamiat-i-Znamianka'],
    ['Проєктна майстерня', 'Proiektna-maisternia'],
    ['Workshop „Stadt“ – 2023', 'Workshop-Stadt-2023'],
  ])('%s → %s', (text, slug) => {
    expect(asciiSlug(text)).toBe(slug);
  });

  it('keeps the reader’s letters in the UTF-8 name and the transliteration in the ASCII one', () => {
    const file = exportFileName(['Teilnehmende', 'Projektplanungsworkshop München', '2023-11-28'], 'csv');
    expect(file).toEqual({ name: 'Teilnehmende-Projektplanungsworkshop-München-2023-11-28.csv', ascii: 'Teilnehmende-Projektplanungsworkshop-Muenchen-2023-11-28.csv' });
    expect(contentDisposition('attachment', file)).toBe(
      `attachment; filename="Teilnehmende-Projektplanungsworkshop-Muenchen-2023-11-28.csv"; filename*=UTF-8''Teilnehmende-Projektplanungsworkshop-M%C3%BCnchen-2023-11-28.csv`,
    );
  });

  it('falls back to a name when no part has a letter or digit', () => {
    expect(exportFileName(['', '→ –', null], 'ics', 'calendar')).toEqual({ name: 'calendar.ics', ascii: 'calendar.ics' });
  });

  it('makes a safe header from any text: ASCII fallback without quotes, no letter of a German or Ukrainian word lost', () => {
    const word = fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzäöüßАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯабвгґдеєжзиіїйклмнопрстуфхцчшщьюя'), { minLength: 1, maxLength: 12 }).map((letters) => letters.join(''));
    fc.assert(
      fc.property(fc.array(fc.oneof(word, fc.string()), { minLength: 1, maxLength: 6 }), (parts) => {
        const file = exportFileName(parts, 'csv');
        const header = contentDisposition('attachment', file);
        expect(header).toMatch(/^attachment; filename="[\x20-\x21\x23-\x5b\x5d-\x7e]+\.csv"; filename\*=UTF-8''[A-Za-z0-9%!._~-]+$/);
        expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe(file.name);
        expect(file.ascii).toMatch(/^[A-Za-z0-9-]+\.csv$/);
        // Every letter of a word survives: each one gives at least one ASCII letter.
        for (const part of parts.filter((part) => /^[\p{L}]+$/u.test(part))) {
          const ascii = asciiSlug(part);
          expect(ascii.length).toBeGreaterThanOrEqual([...part].filter((letter) => !/[ьЬ]/.test(letter)).length);
        }
      }),
    );
  });
});
