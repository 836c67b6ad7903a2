import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ORGANIZATION_COLUMNS } from '../../modules/imports/organization-import.js';
import { PEOPLE_COLUMNS } from '../../modules/imports/people-import.js';
import { packageRoot } from '../paths.js';
import { labelsOf } from './export-labels.js';
import { EXPORT_LANGUAGES } from './export-language.js';
import { codeOfLabel, columnOfHeader, countryCodeOf, languageCodeOf } from './read-labels.js';

const webTranslations = (language: string) => JSON.parse(readFileSync(path.join(packageRoot, 'web', 'src', 'i18n', `${language}.json`), 'utf8')) as Record<string, unknown>;
const at = (tree: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe('the words of exports', () => {
  it.each(EXPORT_LANGUAGES)('names codes and audit fields in %s as the web app does', (language) => {
    const labels = labelsOf(language);
    const web = webTranslations(language);
    for (const [list, names] of Object.entries(labels.values)) expect(names, list).toEqual(at(web, list));
    expect(labels.fields).toEqual(at(web, 'audit.fields'));
    expect(labels.entityTypes).toMatchObject(at(web, 'enums.auditEntityType') as object);
  });

  it.each([
    ['organization', ORGANIZATION_COLUMNS],
    ['people', PEOPLE_COLUMNS],
  ])('gives each %s import column a header of its own in every language, and reads each back', (_importer, columns) => {
    for (const language of EXPORT_LANGUAGES) {
      const headers = columns.map((column) => (labelsOf(language).columns as Record<string, string>)[column]);
      expect(headers.every(Boolean), language).toBe(true);
      expect(new Set(headers.map((header) => header!.toLowerCase())).size, language).toBe(columns.length);
      columns.forEach((column, index) => expect(columnOfHeader(headers[index]!, columns)).toBe(column));
    }
    expect(columnOfHeader('Erfundene Spalte', columns)).toBeUndefined();
  });

  it.each(EXPORT_LANGUAGES)('names the columns of the import page in %s by the headers the importers read, not by their codes', (language) => {
    for (const [kind, columns] of [
      ['organizations', ORGANIZATION_COLUMNS],
      ['people', PEOPLE_COLUMNS],
    ] as const) {
      const hint = at(webTranslations(language), `imports.columns.${kind}`) as string;
      const headers = hint.slice(hint.indexOf(': ') + 2).split(', ');
      expect(headers.map((header) => columnOfHeader(header, columns)), `${language} ${kind}`).toEqual([...columns]);
      expect(headers.filter((header) => (columns as readonly string[]).includes(header)), `${language} ${kind}`).toEqual([]);
    }
  });

  it('reads codes, labels of any language, countries and languages back', () => {
    expect(['ngo', 'Nichtregierungsorganisation', 'NGO', 'громадська організація'].map((cell) => codeOfLabel('enums.organizationKind', cell))).toEqual(['ngo', 'ngo', 'ngo', 'ngo']);
    expect(codeOfLabel('enums.visibility', 'Робочий простір')).toBe('workspace');
    expect(codeOfLabel('enums.visibility', 'irgendwie')).toBe('irgendwie');
    expect(['Deutschland', 'Germany', 'Німеччина', 'de', 'Україна', 'Kosovo', 'Vereinigtes Königreich'].map(countryCodeOf)).toEqual(['DE', 'DE', 'DE', 'de', 'UA', 'XK', 'GB']);
    expect(['Ukrainisch', 'німецька', 'English', 'PL'].map(languageCodeOf)).toEqual(['uk', 'de', 'en', 'pl']);
    expect(columnOfHeader("Ім'я", PEOPLE_COLUMNS)).toBe('given_name');
  });
});
