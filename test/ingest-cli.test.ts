import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/demo-seed.js';
import { ENGLISH_REPORT, GERMAN_REPORT } from './fixtures/reports/report-texts.js';
import { runTypeScript, CHILD_PROCESS_TEST_TIMEOUT_MS } from './support/child-process.js';
import { useTestDatabase } from './support/test-database.js';
import { pdfOf } from './support/test-pdf.js';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'stadtdialog-ingest-'));
chmodSync(scratch, 0o755);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const UKRAINIAN_NOTE = `Новини громади\n\nУ березні 2024 року делегація з Луцька відвідала Лейпциг і ознайомилася з роботою кварталів Грюнау.`;

describe('stadtdialog ingest', { timeout: CHILD_PROCESS_TEST_TIMEOUT_MS }, () => {
  const database = useTestDatabase();
  const ingest = (args: string[]) => runTypeScript('src/cli.ts', ['ingest', ...args], { LOG_LEVEL: 'warn', DATABASE_URL: database.current.url });
  const count = async (where = 'true') => Number((await database.current.pool.query(`SELECT count(*)::int AS n FROM documents WHERE ${where}`)).rows[0].n);
  const folder = path.join(scratch, 'berichte');

  beforeAll(async () => {
    await seedDemo(database.current.db, { gazetteer: false });
    mkdirSync(path.join(folder, '2018'), { recursive: true });
    writeFileSync(path.join(folder, '2023-11-30-werkstatt-muenchen.txt'), GERMAN_REPORT);
    writeFileSync(path.join(folder, '2018', 'twinning.md'), `# ${ENGLISH_REPORT}`);
    writeFileSync(path.join(folder, '2018', 'luzk.txt'), UKRAINIAN_NOTE);
    writeFileSync(path.join(folder, 'kaputt.pdf'), Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('nichts Lesbares '.repeat(40))]));
    writeFileSync(path.join(folder, 'notizen.docx'), 'not a report');
    writeFileSync(
      path.join(folder, 'projektgruppe.pdf'),
      await pdfOf(['Projektgruppe Wohnen tagt in Leipzig\n\nAm 14. Juni 2024 trafen sich die Mitglieder der Projektgruppe Wohnen aus Leipzig und Kiew im Stadthaus.']),
    );
  });

  it('adds one document per report with its file, skips what it added before, and reports a broken file without stopping', async () => {
    const first = await ingest([folder, '--workspace', 'demo', '--published-from-name']);
    expect(first.code, first.stderr).toBe(1);
    expect(first.stdout).toContain('Ingested 5 files into "Stadtdialog Demo": 4 created, 0 skipped as already ingested, 1 failed.');
    expect(first.stdout).toMatch(/kaputt\.pdf: the file is not a readable PDF|kaputt\.pdf: the PDF could not be read/);
    expect(first.stdout).toContain('2018/twinning.md');
    expect(first.stdout).not.toContain('notizen.docx');
    expect(first.stderr).toContain('Ingesting');

    expect(await count(`origin = 'ingest'`)).toBe(4);
    const rows = (await database.current.pool.query(`SELECT d.title, d.language, d.kind, d.visibility, d.published_on::text AS published, (SELECT count(*)::int FROM document_files f WHERE f.document_id = d.id) AS files,
      (SELECT count(*)::int FROM document_proposals p WHERE p.document_id = d.id) AS proposals FROM documents d WHERE origin = 'ingest' ORDER BY d.title`)).rows;
    expect(rows.every((row) => row.files === 1 && row.kind === 'report' && row.visibility === 'workspace')).toBe(true);
    expect(rows.map((row) => row.language).sort()).toEqual(['de', 'de', 'en', 'uk']);
    const munich = rows.find((row) => row.title.startsWith('Werkstatt in München'))!;
    expect(munich.published).toBe('2023-11-30');
    expect(munich.proposals).toBeGreaterThan(3);
    expect(rows.find((row) => row.title.startsWith('Projektgruppe Wohnen'))).toBeDefined();

    const again = await ingest([folder]);
    expect(again.stdout).toContain('Ingested 5 files into "Stadtdialog Demo": 0 created, 4 skipped as already ingested, 1 failed.');
    expect(await count(`origin = 'ingest'`)).toBe(4);
  });

  it('takes options for the kind, the visibility and whether to extract', async () => {
    const other = path.join(scratch, 'einzeln');
    mkdirSync(other);
    writeFileSync(path.join(other, 'protokoll.txt'), 'Protokoll der Lenkungsgruppe\n\nDie Lenkungsgruppe der Partnerschaft Leipzig–Kiew beriet am 2. Mai 2024 über den Arbeitsplan.');
    const result = await ingest([other, '--kind', 'minutes', '--visibility', 'public', '--no-extract']);
    expect(result.code, result.stderr + result.stdout).toBe(0);
    expect(result.stdout).toContain('1 created');
    const [row] = (await database.current.pool.query(`SELECT kind, visibility, (SELECT count(*)::int FROM document_proposals p WHERE p.document_id = d.id) AS proposals FROM documents d WHERE title = 'Protokoll der Lenkungsgruppe'`)).rows;
    expect(row).toEqual({ kind: 'minutes', visibility: 'public', proposals: 0 });
  });

  it('refuses bad arguments with a clear message and a non-zero exit', async () => {
    const missing = await ingest([path.join(scratch, 'gibt-es-nicht')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('does not exist');
    const file = path.join(folder, '2023-11-30-werkstatt-muenchen.txt');
    const notFolder = await ingest([file]);
    expect(notFolder.code).toBe(1);
    expect(notFolder.stderr).toContain('is not a folder');
    const unknown = await ingest([folder, '--workspace', 'nirgendwo']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('--workspace: no workspace has the slug "nirgendwo"');
    const badKind = await ingest([folder, '--kind', 'leaflet']);
    expect(badKind.code).not.toBe(0);
    expect(badKind.stderr).toMatch(/--kind.*must be one of news, report/s);
    const noFolder = await runTypeScript('src/cli.ts', ['ingest'], { LOG_LEVEL: 'warn' });
    expect(noFolder.code).not.toBe(0);
    expect(noFolder.stderr).toContain("missing required argument 'folder'");
  });
});
