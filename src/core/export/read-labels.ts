import { EXPORT_LANGUAGES } from './export-language.js';
import { labelsOf, type ValueList } from './export-labels.js';

/**
 * Reading exported files back: a header or a cell may be written as the code ("kind", "ngo") or
 * by its name in any language of the app ("Art", "Вид"; "Nichtregierungsorganisation",
 * "Громадська організація"). Letters are compared without case and with apostrophes unified.
 */
export const comparable = (text: string) => text.normalize('NFC').trim().toLowerCase().replace(/['’ʼ]/g, 'ʼ').replace(/\s+/g, ' ');

/** The column a header names, among `known` column keys; undefined when it names none. */
export function columnOfHeader(header: string, known: readonly string[]): string | undefined {
  const wanted = comparable(header);
  const byKey = known.find((key) => comparable(key) === wanted);
  if (byKey) return byKey;
  return known.find((key) => EXPORT_LANGUAGES.some((language) => {
    const label = (labelsOf(language).columns as Record<string, string>)[key];
    return label !== undefined && comparable(label) === wanted;
  }));
}

/** The code a cell names in a list of codes: the code itself or its name in any language; else the cell unchanged. */
export function codeOfLabel(list: ValueList, cell: unknown): unknown {
  if (typeof cell !== 'string' || cell.trim() === '') return cell;
  const wanted = comparable(cell);
  for (const language of EXPORT_LANGUAGES) {
    const names = labelsOf(language).values[list] as Record<string, string>;
    const code = Object.keys(names).find((candidate) => comparable(candidate) === wanted || comparable(names[candidate]!) === wanted);
    if (code) return code;
  }
  return cell.trim();
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const pairs = () => [...LETTERS].flatMap((first) => [...LETTERS].map((second) => first + second));

function namesByCode(type: 'region' | 'language', locales: readonly string[], codeOf: (pair: string) => string): Map<string, string> {
  const byName = new Map<string, string>();
  for (const locale of locales) {
    const names = new Intl.DisplayNames([locale], { type, fallback: 'none' });
    for (const pair of pairs()) {
      const code = codeOf(pair);
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (name && comparable(name) !== comparable(code) && !byName.has(comparable(name))) byName.set(comparable(name), code);
    }
  }
  return byName;
}

const canonical = (tag: string) => {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
};

const EXPORT_LOCALES = ['de-DE', 'en-GB', 'uk-UA', 'en-US'];
let countries: Map<string, string> | undefined;
let languages: Map<string, string> | undefined;

/** A country code from a code ("UA") or a country's name in German, English or Ukrainian ("Україна"); else the cell unchanged. */
export function countryCodeOf(cell: unknown): unknown {
  if (typeof cell !== 'string' || cell.trim() === '' || /^[A-Za-z]{2}$/.test(cell.trim())) return cell;
  // Old codes name the country of today ("DD" is called Germany): each name gives the code in use.
  countries ??= new Map([...namesByCode('region', EXPORT_LOCALES, (pair) => canonical(`und-${pair}`).slice(4)), ['kosovo', 'XK'], ['косово', 'XK']]);
  return countries.get(comparable(cell)) ?? cell.trim();
}

/** A language code from a code ("uk") or a language's name in German, English or Ukrainian ("Ukrainisch"); else the cell unchanged. */
export function languageCodeOf(cell: string): string {
  if (/^[a-z]{2,3}$/i.test(cell.trim())) return cell.trim().toLowerCase();
  languages ??= namesByCode('language', EXPORT_LOCALES, (pair) => canonical(pair.toLowerCase()));
  return languages.get(comparable(cell)) ?? cell.trim();
}

/**
 * The rows of a file with each header read as the column it names (`known` keys, their names in
 * any language, or what `other` recognises); headers naming none stay as written, to be reported.
 */
export function readColumnsAs<Row extends { values: Record<string, string> }>(
  parsed: { columns: string[]; rows: Row[] },
  known: readonly string[],
  other: (header: string) => string | undefined = () => undefined,
): { columns: string[]; rows: Row[] } {
  const columns = parsed.columns.map((header) => columnOfHeader(header, known) ?? other(header) ?? header);
  const rows = parsed.rows.map((row) => ({
    ...row,
    values: Object.fromEntries(parsed.columns.map((header, index) => [columns[index]!, row.values[header] ?? ''])),
  }));
  return { columns, rows };
}
