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

describe('module boundaries', () => {
  it('refuses a core file that imports a module', async () => {
    const errors = await boundaryErrors('src/core/example.ts', "import { findPlacesByIds } from '../modules/places/places.service.js';\nexport const f = findPlacesByIds;\n");
    expect(errors).toHaveLength(1);
  });

  it("refuses a module that imports another module's repository or queries its tables", async () => {
    const errors = await boundaryErrors(
      'src/modules/themes/example.ts',
      "import { findPlacesByIds } from '../places/places.repository.js';\nimport { places } from '../places/places.tables.js';\nexport const f = [findPlacesByIds, places];\n",
    );
    expect(errors).toHaveLength(2);
  });

  it("refuses a knowledge part that imports another part's repository", async () => {
    const errors = await boundaryErrors('src/modules/knowledge/review/example.ts', "import { findDocumentRow } from '../documents/documents.repository.js';\nexport const f = findDocumentRow;\n");
    expect(errors).toHaveLength(1);
  });

  it("lets a module use another module's service, schemas and types, and its own files", async () => {
    const errors = await boundaryErrors(
      'src/modules/themes/example.ts',
      [
        "import { placeRefsByIds } from '../places/places.service.js';",
        "import { placeRefSchema } from '../places/places.schemas.js';",
        "import type { OrganizationKind } from '../actors/actors.types.js';",
        "import { themes } from './themes.tables.js';",
        "import { visibleTo } from '../../core/records/record-visibility.js';",
        'export type K = OrganizationKind;',
        'export const f = [placeRefsByIds, placeRefSchema, themes, visibleTo];',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });

  it("lets a table declaration name another module's table for a foreign key", async () => {
    const errors = await boundaryErrors('src/modules/themes/example.tables.ts', "import { places } from '../places/places.tables.js';\nexport const f = places;\n");
    expect(errors).toEqual([]);
  });

  it('is never switched off in the source', async () => {
    const files = (await readdir('src', { recursive: true })).filter((file) => /\.(ts|js)$/.test(file));
    const disabled: string[] = [];
    for (const file of files) if (/eslint-disable[^\n]*boundaries/.test(await readFile(path.join('src', file), 'utf8'))) disabled.push(file);
    expect(disabled).toEqual([]);
  });
});
