import { containsCyrillic, transliterateUkrainian } from './ukrainian-transliteration.js';

/** Letters the Unicode decomposition does not reduce to a base letter. */
const SPECIAL_LETTERS: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd' };
const APOSTROPHES = /['’ʼ`´ʹʻ"″]/g;

/**
 * A name in lower case without accents, apostrophes or punctuation; Cyrillic in the national
 * Latin form: "Novovolyns’k" → "novovolynsk", "Київ" → "kyiv", "Frankfurt (Oder)" → "frankfurt oder".
 */
export function plainKey(name: string): string {
  const latin = containsCyrillic(name) ? transliterateUkrainian(name, 'national') : name;
  return latin
    .toLowerCase()
    .replace(/[ßøæœđłıþð]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(APOSTROPHES, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Rewrites applied in order to a plain key, so that the ways German, English, Polish, Serbian
 * and Russian-based spellings write the same sound end in the same letters: sch, sh, zh → sh;
 * ch, kh, h, g → h; ts, tz, z, c, s → s; w → v; j, y → i.
 */
const FOLDS: [RegExp, string][] = [
  [/schtsch/g, 'shch'],
  [/tsch/g, 'ch'],
  [/sch/g, 'sh'],
  [/zh/g, 'sh'],
  [/kh/g, 'h'],
  [/ch/g, 'h'],
  [/ck/g, 'k'],
  [/ph/g, 'f'],
  [/ts|tz/g, 's'],
  [/[zcß]/g, 's'],
  [/w/g, 'v'],
  [/[jy]/g, 'i'],
  [/g/g, 'h'],
  [/q/g, 'k'],
  [/x/g, 'ks'],
  [/ae/g, 'a'],
  [/oe/g, 'o'],
  [/ue/g, 'u'],
  [/(sh)+/g, 'sh'],
  [/(\p{L})\1+/gu, '$1'],
];

/**
 * The key spelling variants of one name share, for search: Winnyzja, Vinnytsia, Vinnytsya and
 * Вінниця all give "vinisia"; Mykolajiw and Mykolayiv give "mikolaiv". Deliberately lossy: it
 * finds candidates, and ranking (trigram similarity, population) orders them.
 */
export function searchKey(name: string): string {
  let key = plainKey(name);
  for (const [pattern, replacement] of FOLDS) key = key.replace(pattern, replacement);
  return key;
}
