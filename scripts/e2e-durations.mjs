// Prints where the time of an end-to-end run went, from Playwright's JSON report: each spec
// file's total and the slowest tests. Usage: node scripts/e2e-durations.mjs <report.json> [count]
import { readFileSync } from 'node:fs';

const [file, countArgument = '15'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/e2e-durations.mjs <playwright-report.json> [how many tests to list]');
  process.exit(2);
}
const report = JSON.parse(readFileSync(file, 'utf8'));

/** Every test of a suite and its nested suites, with the spec file it belongs to. */
function* testsOf(suite, specFile) {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      if (test.results.length === 0) continue;
      const seconds = test.results.reduce((sum, result) => sum + result.duration, 0) / 1000;
      yield { file: specFile, title: spec.title, seconds, status: test.results.at(-1).status };
    }
  }
  for (const child of suite.suites ?? []) yield* testsOf(child, specFile);
}

const tests = report.suites.flatMap((suite) => [...testsOf(suite, suite.file)]);
const perFile = new Map();
for (const test of tests) {
  const entry = perFile.get(test.file) ?? { seconds: 0, tests: 0 };
  entry.seconds += test.seconds;
  entry.tests += 1;
  perFile.set(test.file, entry);
}

const format = (seconds) => `${seconds.toFixed(1).padStart(7)} s`;
console.log(`End-to-end run: ${format(report.stats.duration / 1000)} wall clock, ${tests.length} tests`);
console.log('Spec files, slowest first:');
for (const [specFile, entry] of [...perFile].sort((a, b) => b[1].seconds - a[1].seconds)) {
  console.log(`  ${format(entry.seconds)}  ${String(entry.tests).padStart(3)} tests  ${specFile}`);
}
console.log('Slowest tests:');
for (const test of [...tests].sort((a, b) => b.seconds - a.seconds).slice(0, Number(countArgument))) {
  console.log(`  ${format(test.seconds)}  ${test.file} › ${test.title}${test.status === 'passed' ? '' : ` (${test.status})`}`);
}
