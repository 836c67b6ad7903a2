import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from './extraction.service.js';
import { GazetteerIndex, gazetteerIndex } from './gazetteer-index.js';

const corpusDir = path.join(import.meta.dirname, '..', '..', '..', '..', 'bench', 'data', 'extraction-corpus');

describe('the gazetteer snapshot written at build time', () => {
  it('extracts every report of the corpus exactly as the index built from the town list', () => {
    const built = gazetteerIndex();
    const restored = GazetteerIndex.fromSnapshot(JSON.parse(JSON.stringify(built.toSnapshot())));
    expect(restored.stats.towns).toBe(built.stats.towns);
    expect(restored.stats.names).toBe(built.stats.names);
    const reports = readdirSync(corpusDir).filter((file) => file.endsWith('.txt'));
    expect(reports.length).toBeGreaterThan(20);
    for (const file of reports) {
      const text = readFileSync(path.join(corpusDir, file), 'utf8');
      expect({ file, extraction: extractReport(text, { gazetteer: restored }) }).toEqual({ file, extraction: extractReport(text, { gazetteer: built }) });
    }
    for (const name of ['Kiew', 'Vinnytsia', 'Вінниця', 'Frankfurt am Main', 'Prishtinë']) {
      expect(restored.exact(name)).toEqual(built.exact(name));
      expect(restored.similar(name)).toEqual(built.similar(name));
    }
  }, 120_000);
});
