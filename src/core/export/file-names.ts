import slugify from '@sindresorhus/slugify';

/**
 * Ukrainian letters by the official romanisation (Cabinet of Ministers resolution 55 of 2010):
 * Київ → Kyiv, Миколаїв → Mykolaiv, Запоріжжя → Zaporizhzhia. The slug library's own table
 * follows Russian (Kiyiv, Mikolayiv). Є, Ї, Й, Ю, Я at the start of a word are written with Y.
 */
const UKRAINIAN_WORD_START: Record<string, string> = { є: 'ye', ї: 'yi', й: 'y', ю: 'yu', я: 'ya' };
const UKRAINIAN: [string, string][] = [
  ['зг', 'zgh'],
  ['а', 'a'], ['б', 'b'], ['в', 'v'], ['г', 'h'], ['ґ', 'g'], ['д', 'd'], ['е', 'e'], ['є', 'ie'],
  ['ж', 'zh'], ['з', 'z'], ['и', 'y'], ['і', 'i'], ['ї', 'i'], ['й', 'i'], ['к', 'k'], ['л', 'l'],
  ['м', 'm'], ['н', 'n'], ['о', 'o'], ['п', 'p'], ['р', 'r'], ['с', 's'], ['т', 't'], ['у', 'u'],
  ['ф', 'f'], ['х', 'kh'], ['ц', 'ts'], ['ч', 'ch'], ['ш', 'sh'], ['щ', 'shch'], ['ь', ''], ['ю', 'iu'],
  ['я', 'ia'], ['ъ', ''], ['ы', 'y'], ['э', 'e'], ['ё', 'io'],
];
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const CUSTOM: [string, string][] = [
  ...UKRAINIAN,
  ...UKRAINIAN.map(([from, to]): [string, string] => [capitalised(from), capitalised(to)]),
  ['ʼ', ''],
  ['’', ''],
];
const WORD_START = new RegExp(`(^|[^\\p{L}'ʼ’])([${Object.keys(UKRAINIAN_WORD_START).join('')}])`, 'giu');

function romaniseUkrainianWordStarts(text: string): string {
  return text.replace(WORD_START, (_match, before: string, letter: string) => {
    const latin = UKRAINIAN_WORD_START[letter.toLowerCase()] ?? letter;
    return before + (letter === letter.toLowerCase() ? latin : capitalised(latin));
  });
}

/**
 * A part of a file name in plain ASCII letters, digits and dashes, case kept: "Grünau" →
 * "Gruenau", "Дарницький" → "Darnytskyi", "Straße" → "Strasse". Apostrophes vanish inside words
 * ("Пам'ять" → "Pamiat"), every other gap becomes one dash.
 */
export function asciiSlug(text: string): string {
  const withoutApostrophes = text.replace(/(\p{L})['ʼ’](\p{L})/gu, '$1$2');
  return slugify(romaniseUkrainianWordStarts(withoutApostrophes), { lowercase: false, decamelize: false, customReplacements: CUSTOM });
}

/** A part of a file name in its own letters: anything but letters and digits becomes a dash. */
export function unicodeSlug(text: string): string {
  return text.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

const MAX_NAME = 120;
const cut = (name: string) => (name.length <= MAX_NAME ? name : name.slice(0, MAX_NAME).replace(/-+[^-]*$/, '') || name.slice(0, MAX_NAME));

export interface ExportFileName {
  /** The name in the reader's letters ("Teilnehmende-Grünau-2023-11-28.csv"), sent as `filename*`. */
  name: string;
  /** The same name in ASCII ("Teilnehmende-Gruenau-2023-11-28.csv"), for programs that know no other. */
  ascii: string;
}

/**
 * The name of an exported file from its parts ("Teilnehmende", a title, a day): each part
 * slugged, empty parts left out, joined by dashes; `fallback` when no part has a letter or digit.
 */
export function exportFileName(parts: readonly (string | null | undefined)[], extension: string, fallback = 'export'): ExportFileName {
  const present = parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '');
  const name = cut(present.map(unicodeSlug).filter(Boolean).join('-')) || fallback;
  const ascii = cut(present.map(asciiSlug).filter(Boolean).join('-')) || asciiSlug(fallback) || 'export';
  return { name: `${name}.${extension}`, ascii: `${ascii}.${extension}` };
}

/** RFC 6266 `Content-Disposition`: the ASCII name for every program, the UTF-8 name for those that read it. */
export function contentDisposition(disposition: 'attachment' | 'inline', file: ExportFileName): string {
  const ascii = file.ascii.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
