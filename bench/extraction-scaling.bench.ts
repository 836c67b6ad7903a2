/**
 * How report extraction scales with the length of the text: builds texts of 0.1, 1 and 2 MB,
 * one from the reports of bench/data/extraction-corpus laid end to end, one adversarial (thousands
 * of dates and years, lines of hundreds of kilobytes without a full stop, runs of capitalised
 * words, of town names, of digits, dots, dashes and blanks), extracts each a few times and prints
 * the median wall-clock and CPU time, the CPU time per MB and its ratio to the CPU time per MB at
 * 0.1 MB (near 1 = linear). CPU time is the steadier figure on a machine shared with other work.
 * The gazetteer is built and the code warmed up before timing.
 *
 *   npm run bench:extract-scaling      (ROUNDS=n sets the extractions per text, SIZES=0.1,1,2 the sizes in MB)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractReport, gazetteerIndex } from '../src/modules/knowledge/extraction/extraction.service.js';
import { median, round } from './support/percentiles.js';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const SIZES = (process.env.SIZES ?? '0.1,1,2').split(',').map(Number);
const MB = 1_000_000;

const corpusDir = path.join(import.meta.dirname, 'data', 'extraction-corpus');
const reports = readdirSync(corpusDir)
  .filter((file) => file.endsWith('.txt'))
  .sort()
  .map((file) => readFileSync(path.join(corpusDir, file), 'utf8'));

/** Pieces from `piece(i)` for i = 0, 1, … up to `length` characters. */
function repeat(length: number, piece: (i: number) => string): string {
  const parts: string[] = [];
  for (let i = 0, total = 0; total < length; i++) {
    const part = piece(i);
    parts.push(part);
    total += part.length;
  }
  return parts.join('').slice(0, length);
}

const pick = <T>(items: readonly T[], i: number): T => items[i % items.length]!;

const reportText = (length: number) => repeat(length, (i) => `${pick(reports, i)}\n\n`);

const CAPITALISED = ['Deutsche', 'Gesellschaft', 'für', 'Internationale', 'Zusammenarbeit', 'Stadtwerke', 'Leipzig', 'Amt', 'Bildung', 'Ministry', 'of', 'Regional', 'Development', 'Lviv', 'City', 'Council', 'Frankfurt', 'am', 'Main', 'GmbH', '(GIZ)', 'Programm', '„Soziale', 'Stadt“'];
const TOWNS = ['Leipzig', 'Kiew', 'Lviv', 'Charkiw', 'Freiburg', 'Dresden', 'Winnyzja', 'Sumy', 'Halle (Saale)'];

/** Five lines of a fifth of the length each, none with a full stop that ends a sentence. */
function adversarialText(length: number): string {
  const line = Math.floor(length / 5);
  const lines = [
    repeat(line, (i) => `am ${1 + (i % 28)}.${1 + (i % 12)}.${1990 + (i % 60)} vom ${1 + (i % 27)}. bis ${2 + (i % 27)}. Mai ${2000 + (i % 30)} ${1900 + (i % 200)} im März heute `),
    repeat(line, (i) => `${pick(CAPITALISED, i)} `),
    repeat(line, (i) => `Partnerschaft zwischen ${pick(TOWNS, i)} und ${pick(TOWNS, i + 3)}, ${pick(TOWNS, i + 5)} nicht `),
    repeat(line, (i) => pick(['1.2.3.4.5.6.7.8.9.', '-'.repeat(40), '0'.repeat(40), ' '.repeat(60), '.'.repeat(40), '12.12.12.', '…!?'], i)),
    repeat(line, (i) => `${pick(['місто', 'Київ', 'громада', 'über', 'Teilnehmende', 'zwölf', 'Delegation', 'workshop', 'Ортсбегехунг'], i)} ${i % 97} `),
  ];
  return lines.join('\n\n');
}

const TEXTS: { name: string; build: (length: number) => string }[] = [
  { name: 'reports', build: reportText },
  { name: 'adversarial', build: adversarialText },
];

gazetteerIndex();
for (const { build } of TEXTS) for (let round = 0; round < 3; round++) extractReport(build(100_000));

console.log(`Extraction scaling: median of ${ROUNDS} extractions per text, one process\n`);
console.log(`${'text'.padEnd(12)} ${'MB'.padStart(5)} ${'wall ms'.padStart(8)} ${'CPU ms'.padStart(8)} ${'CPU ms/MB'.padStart(10)} ${'vs 0.1 MB'.padStart(10)}`);
for (const { name, build } of TEXTS) {
  let baseline: number | undefined;
  for (const size of SIZES) {
    const text = build(Math.round(size * MB));
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      extractReport(text);
      const used = process.cpuUsage(cpuStarted);
      wall.push(performance.now() - started);
      cpu.push((used.user + used.system) / 1000);
    }
    const perMb = median(cpu) / (text.length / MB);
    baseline ??= perMb;
    const cells = [Math.round(median(wall)), Math.round(median(cpu)), Math.round(perMb)].map((value, index) => String(value).padStart(index === 2 ? 10 : 8));
    console.log(`${name.padEnd(12)} ${String(size).padStart(5)} ${cells.join(' ')} ${round(perMb / baseline).toFixed(2).padStart(10)}`);
  }
}
console.log('\n(vs 0.1 MB: CPU time per MB against that of the smallest text; near 1 = linear)');
