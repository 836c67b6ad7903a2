import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The lint rule of docs/architecture.md ("What may import what"), tried on files as a developer
// would write them; `npm run lint` runs the same rule over the whole source.
const eslint = new ESLint();

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((message) => message.ruleId === 'boundaries/dependencies').map((message) => message.message);
}

/** A file as a developer would write it, and how many of its imports the rule refuses. */
const CASES: { name: string; file: string; lines: string[]; refused: number }[] = [
  {
    name: 'refuses a core file that imports a module',
    file: 'src/core/example.ts',
    lines: ["import { findPlacesByIds } from '../modules/places/places.service.js';", 'export const f = findPlacesByIds;'],
    refused: 1,
  },
  {
    name: "refuses a module that imports another module's repository or queries its tables",
    file: 'src/modules/themes/example.ts',
    lines: [
      "import { findPlacesByIds } from '../places/places.repository.js';",
      "import { places } from '../places/places.tables.js';",
      'export const f = [findPlacesByIds, places];',
    ],
    refused: 2,
  },
  {
    name: "refuses a knowledge part that imports another part's repository",
    file: 'src/modules/knowledge/review/example.ts',
    lines: ["import { findDocumentRow } from '../documents/documents.repository.js';", 'export const f = findDocumentRow;'],
    refused: 1,
  },
  {
    name: "lets a module use another module's service, schemas and types, and its own files",
    file: 'src/modules/themes/example.ts',
    lines: [
      "import { placeRefsByIds } from '../places/places.service.js';",
      "import { placeRefSchema } from '../places/places.schemas.js';",
      "import type { OrganizationKind } from '../actors/actors.types.js';",
      "import { themes } from './themes.tables.js';",
      "import { visibleTo } from '../../core/records/record-visibility.js';",
      'export type K = OrganizationKind;',
      'export const f = [placeRefsByIds, placeRefSchema, themes, visibleTo];',
    ],
    refused: 0,
  },
  {
    name: "lets a table declaration name another module's table for a foreign key",
    file: 'src/modules/themes/example.tables.ts',
    lines: ["import { places } from '../places/places.tables.js';", 'export const f = places;'],
    refused: 0,
  },
];

describe('module boundaries', () => {
  for (const { name, file, lines, refused } of CASES) {
    it(name, async () => {
      expect(await boundaryErrors(file, `${lines.join('\n')}\n`)).toHaveLength(refused);
    });
  }

  it('is never switched off in the source', async () => {
    const files = (await readdir('src', { recursive: true })).filter((file) => /\.(ts|js)$/.test(file));
    const disabled: string[] = [];
    for (const file of files) if (/eslint-disable[^\n]*boundaries/.test(await readFile(path.join('src', file), 'utf8'))) disabled.push(file);
    expect(disabled).toEqual([]);
  });
});
