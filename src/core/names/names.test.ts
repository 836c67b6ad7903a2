import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainKey, searchKey } from './name-keys.js';
import { containsCyrillic, transliterateUkrainian } from './ukrainian-transliteration.js';

const UKRAINIAN_LETTERS = [...'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'];
const CONSONANTS = [...'бвгґджзклмнпрстфхцчшщ'];
const VOWELS = [...'аеєиіїоуюя'];
const ukrainianText = fc.array(fc.constantFrom(...UKRAINIAN_LETTERS, ...UKRAINIAN_LETTERS.map((letter) => letter.toUpperCase()), ' ', '-', '’'), {
  maxLength: 40,
}).map((chars) => chars.join(''));
/** Words of consonant–vowel syllables: the two systems then differ only letter by letter. */
const syllableWord = fc
  .array(fc.tuple(fc.constantFrom(...CONSONANTS), fc.constantFrom(...VOWELS)), { minLength: 1, maxLength: 5 })
  .map((syllables) => syllables.map(([consonant, vowel]) => consonant + vowel).join(''));

describe('Ukrainian transliteration', () => {
  it.each([
    ['Київ', 'Kyiv', 'Kyjiw'],
    ['Вінниця', 'Vinnytsia', 'Winnyzja'],
    ['Запоріжжя', 'Zaporizhzhia', 'Saporischschja'],
    ['Миколаїв', 'Mykolaiv', 'Mykolajiw'],
    ['Харків', 'Kharkiv', 'Charkiw'],
    ['Одеса', 'Odesa', 'Odessa'],
    ['Чернігів', 'Chernihiv', 'Tschernihiw'],
    ['Щастя', 'Shchastia', 'Schtschastja'],
    ['Згурівка', 'Zghurivka', 'Shuriwka'],
    ['Єнакієве', 'Yenakiieve', 'Jenakijewe'],
    ['Їжакевич', 'Yizhakevych', 'Jischakewytsch'],
    ['Йосипівка', 'Yosypivka', 'Jossypiwka'],
    ['Кам’янець-Подільський', 'Kamianets-Podilskyi', 'Kamjanez-Podilskyj'],
    ['Дарницький район', 'Darnytskyi raion', 'Darnyzkyj rajon'],
  ])('%s → %s (national), %s (Duden)', (cyrillic, national, duden) => {
    expect(transliterateUkrainian(cyrillic, 'national')).toBe(national);
    expect(transliterateUkrainian(cyrillic, 'duden')).toBe(duden);
  });

  it('keeps words in capitals in capitals', () => {
    expect(transliterateUkrainian('ЩАСТЯ', 'national')).toBe('SHCHASTIA');
    expect(transliterateUkrainian('КИЇВ', 'duden')).toBe('KYJIW');
  });

  it('leaves no Cyrillic behind and writes only ASCII in the national system', () => {
    fc.assert(
      fc.property(ukrainianText, (text) => {
        const national = transliterateUkrainian(text, 'national');
        expect(containsCyrillic(national)).toBe(false);
        expect(containsCyrillic(transliterateUkrainian(text, 'duden'))).toBe(false);
        // An apostrophe inside a word is dropped; one standing alone is punctuation and stays.
        expect(national.replaceAll('’', '')).toMatch(/^[\x20-\x7e]*$/);
      }),
    );
  });

  it('passes text without Cyrillic through unchanged', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }).filter((text) => !containsCyrillic(text)), (text) => {
        expect(transliterateUkrainian(text, 'national')).toBe(text);
        expect(transliterateUkrainian(text, 'duden')).toBe(text);
      }),
    );
  });

  it('gives the German and the English form of a name the same search key', () => {
    fc.assert(
      fc.property(syllableWord, (word) => {
        expect(searchKey(transliterateUkrainian(word, 'duden'))).toBe(searchKey(transliterateUkrainian(word, 'national')));
        expect(searchKey(word)).toBe(searchKey(transliterateUkrainian(word, 'national')));
      }),
    );
  });
});

describe('name keys', () => {
  it.each([
    [['Winnyzja', 'Vinnytsia', 'Вінниця', 'Vinnytsya', 'WINNYZJA']],
    [['Mykolajiw', 'Mykolaiv', 'Mykolayiv', 'Миколаїв']],
    [['Nowowolynsk', 'Novovolynsk', 'Novovolyns’k', "Novovolyns'k", 'Нововолинськ']],
    [['Darnyzkyj', 'Darnytskyi', 'Darnitskij', 'Дарницький']],
    [['Saporischschja', 'Zaporizhzhia', 'Zaporizhia']],
    [['München', 'Muenchen', 'Munchen']],
    [['Grünau', 'Gruenau']],
  ])('spellings of one name share a search key: %j', (spellings) => {
    expect(new Set(spellings.map(searchKey)).size).toBe(1);
  });

  it('drops case, accents, apostrophes and punctuation in the plain key', () => {
    expect(plainKey('Novovolyns’k')).toBe('novovolynsk');
    expect(plainKey('Frankfurt (Oder)')).toBe('frankfurt oder');
    expect(plainKey('Fushë Kosovë')).toBe('fushe kosove');
    expect(plainKey('Großenhain')).toBe('grossenhain');
    expect(plainKey('Київ')).toBe('kyiv');
  });

  it('keys hold only lower-case letters, digits and single spaces; the plain key is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const plain = plainKey(text);
        expect(plainKey(plain)).toBe(plain);
        for (const key of [plain, searchKey(text)]) {
          expect(key).not.toMatch(/[\p{Lu}\p{P}\p{M}]|\s\s|^\s|\s$/u);
        }
      }),
    );
  });
});
