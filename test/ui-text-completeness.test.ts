import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_TEXTS } from '../src/core/i18n/error-messages.js';
import { FIELD_CODES } from '../src/core/field-codes.js';
import { PROBLEM_CODES } from '../src/problem-codes.js';

const LANGUAGES = ['de', 'en', 'uk'] as const;
const WEB = path.resolve(import.meta.dirname, '../web/src');
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(name, value);
    else for (const [inner, text] of flatten(value, name)) flat.set(inner, text);
  }
  return flat;
}

const uiTexts = Object.fromEntries(
  LANGUAGES.map((language) => {
    const tree = JSON.parse(readFileSync(path.join(WEB, 'i18n', `${language}.json`), 'utf8')) as Tree;
    return [language, flatten({ ...tree, errorCodes: ERROR_TEXTS[language] as unknown as Tree })];
  }),
) as Record<(typeof LANGUAGES)[number], Map<string, string>>;

/** Keys without their plural suffix, each with the plural forms it has. */
function pluralForms(texts: Map<string, string>): Map<string, Set<string>> {
  const forms = new Map<string, Set<string>>();
  for (const key of texts.keys()) {
    // The API's codes (`too_many`, `email_used_by_other`) end like plural forms but are none.
    const match = key.startsWith('errorCodes.') ? null : PLURAL_SUFFIX.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const set = forms.get(base) ?? new Set<string>();
    if (match) set.add(match[1]!);
    forms.set(base, set);
  }
  return forms;
}

const variablesOf = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((match) => match[1]).sort();

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry) ? [full] : [];
  });
}

describe('the text of the user interface', () => {
  const forms = Object.fromEntries(LANGUAGES.map((language) => [language, pluralForms(uiTexts[language])])) as Record<string, Map<string, Set<string>>>;

  it('has every key in German, English and Ukrainian', () => {
    const all = new Set(LANGUAGES.flatMap((language) => [...forms[language]!.keys()]));
    for (const language of LANGUAGES) {
      const missing = [...all].filter((key) => !forms[language]!.has(key));
      expect(missing, `keys missing in ${language}`).toEqual([]);
    }
  });

  it('has every plural form each language needs (Ukrainian: one, few, many, other)', () => {
    const pluralKeys = new Set(LANGUAGES.flatMap((language) => [...forms[language]!].filter(([, set]) => set.size > 0).map(([key]) => key)));
    expect(new Intl.PluralRules('uk').resolvedOptions().pluralCategories).toEqual(expect.arrayContaining(['one', 'few', 'many', 'other']));
    const missing: string[] = [];
    for (const language of LANGUAGES) {
      const needed = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const lacking = [...pluralKeys].flatMap((key) => needed.filter((form) => !forms[language]!.get(key)?.has(form)).map((form) => `${key}_${form}`));
      missing.push(...lacking.map((key) => `${language}: ${key}`));
    }
    expect(missing).toEqual([]);
  });

  it('uses the same placeholders in every language', () => {
    const differing = [...uiTexts.de].flatMap(([key, text]) =>
      LANGUAGES.filter((language) => {
        const other = uiTexts[language].get(key);
        return other !== undefined && variablesOf(other).join() !== variablesOf(text).join();
      }).map((language) => `${key} (${language})`),
    );
    expect(differing).toEqual([]);
  });

  it('has a text for every key the web app names literally', () => {
    const bases = forms.de!;
    const missing = sourceFiles(WEB).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)].map((match) => match[1]!).filter((key) => !bases.has(key) && !uiTexts.de.has(key)).map((key) => `${path.relative(WEB, file)}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('has a text for every field code and problem code the API sends', () => {
    for (const language of LANGUAGES) {
      expect(FIELD_CODES.filter((code) => !uiTexts[language].has(`errorCodes.field.${code}`)), language).toEqual([]);
      expect(PROBLEM_CODES.filter((code) => !uiTexts[language].has(`errorCodes.problem.${code}`)), language).toEqual([]);
    }
  });
});
