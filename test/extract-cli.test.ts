import { describe, expect, it } from 'vitest';
import { extractionContractSchema } from '../src/modules/knowledge/extraction/extraction.contract.js';
import { runTypeScript, CHILD_PROCESS_TEST_TIMEOUT_MS } from './support/child-process.js';

const REPORT = `Werkstatt in Winnyzja

Vom 9. bis 11. Oktober 2023 fand in Winnyzja, Ukraine, ein Workshop zur Wärmeversorgung statt. Über 30 Delegierte aus Lwiw, Sumy und Gllogoc berieten mit den Stadtwerken Halle über Energienetze. Gefördert wurde die Werkstatt aus dem Programm „Kommunale Klimapartnerschaften“.`;

// An address nothing listens on: the command must not need a database, nor try one.
const NO_DATABASE = { DATABASE_URL: 'postgresql://nobody:nothing@127.0.0.1:9/none', STADTDIALOG_DATA_DIR: '/nonexistent/stadtdialog' };
const extract = (args: string[], input?: string) => runTypeScript('src/cli.ts', ['extract', ...args], { LOG_LEVEL: 'warn', ...NO_DATABASE }, input);

describe('stadtdialog extract', { timeout: CHILD_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('prints the contract for a report on standard input, without a database', async () => {
    const result = await extract(['--published', '2023-10-12'], REPORT);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const contract = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(Object.keys(contract)).toEqual([
      'language', 'kind', 'title', 'startDate', 'endDate', 'venue', 'municipalities', 'organizations', 'themes', 'fundingProgrammes',
      'partnerships', 'participantCount', 'evidence',
    ]);
    expect(extractionContractSchema.parse(contract)).toMatchObject({
      language: 'de',
      kind: 'workshop',
      title: 'Werkstatt in Winnyzja',
      startDate: '2023-10-09',
      endDate: '2023-10-11',
      venue: { name: 'Winnyzja', country: 'UA' },
      participantCount: 30,
      fundingProgrammes: [{ name: 'Kommunale Klimapartnerschaften' }],
    });
    expect(contract.municipalities).toEqual([
      { name: 'Winnyzja', canonical: 'Vinnytsia', country: 'UA', role: 'venue' },
      { name: 'Lwiw', canonical: 'Lviv', country: 'UA', role: 'participant' },
      { name: 'Sumy', canonical: 'Sumy', country: 'UA', role: 'participant' },
      { name: 'Gllogoc', canonical: 'Drenas', country: 'XK', role: 'participant' },
      { name: 'Halle', canonical: 'Halle', country: 'DE', role: 'mentioned' },
    ]);
  });

  it('takes the language when told', async () => {
    const result = await extract(['--lang', 'en'], REPORT);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).language).toBe('en');
  });

  it('rejects bad arguments and empty input with one clear line and exit code 1', async () => {
    const badLanguage = await extract(['--lang', 'fr'], REPORT);
    expect(badLanguage.code).toBe(1);
    expect(badLanguage.stderr).toMatch(/--lang.*must be de, en or auto/s);

    const badDate = await extract(['--published', '2023-02-30'], REPORT);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toMatch(/--published.*must be a date as YYYY-MM-DD/s);

    const empty = await extract([], '  \n');
    expect(empty.code).toBe(1);
    expect(empty.stderr.trim()).toBe('stadtdialog: standard input is empty; pipe a report in: stadtdialog extract < report.txt');
    expect(empty.stdout).toBe('');

    const help = await runTypeScript('src/cli.ts', ['extract', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: stadtdialog extract');
  });
});
