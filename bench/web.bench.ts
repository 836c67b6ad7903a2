/**
 * What a person feels on the first load: builds the app, starts it on a throwaway embedded
 * database with the demo data, and runs Lighthouse 12 (desktop preset, Debian's Chromium at
 * CHROME_PATH, default /usr/bin/chromium) over the start page, two lists, a detail page and search.
 * Prints LCP, TBT, CLS, the bytes transferred per page and a size report per chunk of the first
 * load, against the aims of the speed work. Nothing is downloaded: the bench fails if a page
 * fetched anything outside loopback. Run with `npm run bench:web` (RUNS=<n> Lighthouse runs per
 * page, median reported; SKIP_BUILD=1 uses the existing build; PAGES=detail,search measures only the
 * pages whose name contains one of the words).
 */
import { execSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { bundleReport, type ChunkSize } from './support/bundle-report.js';
import { median, round } from './support/percentiles.js';
import { freePort, startDemoServer, stop, waitForOk } from './support/processes.js';

const repo = path.join(import.meta.dirname, '..');
const runs = Number(process.env.RUNS ?? 3);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const AIMS = { lcpMs: 1000, tbtMs: 100, cls: 0.05, firstLoadJsGzipKb: 200 };

const kb = (bytes: number) => round(bytes / 1024, 1);

if (process.env.SKIP_BUILD !== '1') execSync('npm run build', { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });

const report = bundleReport(path.join(repo, 'dist', 'web'));
const sum = (chunks: ChunkSize[], key: 'bytes' | 'gzipBytes') => chunks.reduce((total, chunk) => total + chunk[key], 0);
console.log('\nFirst load (shell + start page), per chunk:');
for (const chunk of [...report.firstLoadJs, ...report.firstLoadCss]) {
  console.log(`  ${chunk.file.padEnd(48)} ${kb(chunk.bytes).toString().padStart(8)} KB   gzip ${kb(chunk.gzipBytes).toString().padStart(7)} KB   ${chunk.source}`);
}
const jsGzip = kb(sum(report.firstLoadJs, 'gzipBytes'));
console.log(`  JavaScript ${kb(sum(report.firstLoadJs, 'bytes'))} KB (gzip ${jsGzip} KB, aim ≤ ${AIMS.firstLoadJsGzipKb} KB: ${jsGzip <= AIMS.firstLoadJsGzipKb ? 'met' : 'missed'})`);
console.log(`  CSS ${kb(sum(report.firstLoadCss, 'bytes'))} KB (gzip ${kb(sum(report.firstLoadCss, 'gzipBytes'))} KB)`);
console.log('\nLargest chunks loaded on demand:');
for (const chunk of report.others.slice(0, 12)) {
  console.log(`  ${chunk.file.padEnd(48)} ${kb(chunk.bytes).toString().padStart(8)} KB   gzip ${kb(chunk.gzipBytes).toString().padStart(7)} KB   ${chunk.source}`);
}
console.log(`  … ${report.others.length} on-demand chunks, ${kb(sum(report.others, 'gzipBytes'))} KB gzip in all`);

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'stadtdialog-bench-web-'));
chmodSync(dataDir, 0o755);
const port = Number(process.env.PORT ?? (await freePort()));
const origin = `http://127.0.0.1:${port}`;
const app = startDemoServer(port, dataDir, { DEMO_WORLD_GAZETTEER: 'false', LOG_LEVEL: 'warn' });
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
try {
  await waitForOk(`${origin}/api/health`, performance.now(), app);
  const list = (await (await fetch(`${origin}/api/partnerships?limit=1`)).json()) as { items: { id: string }[] };
  const allPages = [
    { name: 'start page', path: '/' },
    { name: 'partnership list', path: '/partnerships' },
    { name: 'exchange list', path: '/exchanges' },
    { name: 'partnership detail', path: `/partnerships/${list.items[0]!.id}` },
    { name: 'search "Kiew"', path: '/search?q=Kiew' },
  ];
  const only = process.env.PAGES?.split(',').filter(Boolean);
  const pages = only ? allPages.filter((page) => only.some((word) => page.name.includes(word))) : allPages;
  console.log(`\nLighthouse ${'12.2.3'} desktop preset, ${chromePath}, median of ${runs} runs per page, ${os.cpus().length} CPU cores (shared: figures are noisy)`);
  console.log(`  ${'page'.padEnd(20)} ${'score'.padStart(5)} ${'LCP ms'.padStart(8)} ${'TBT ms'.padStart(8)} ${'CLS'.padStart(7)} ${'transfer KB'.padStart(12)} ${'JS KB'.padStart(8)}   aims (LCP < ${AIMS.lcpMs}, TBT < ${AIMS.tbtMs}, CLS < ${AIMS.cls})`);
  for (const page of pages) {
    const samples: { score: number; lcp: number; tbt: number; cls: number; bytes: number; js: number }[] = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${origin}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] }, desktopConfig);
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const { audits, categories } = result.lhr;
      const requests = (audits['network-requests']?.details as { items?: { url: string; resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
      const outside = requests.filter((request) => !/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(request.url));
      if (outside.length > 0) throw new Error(`${page.path} fetched from outside loopback: ${outside.map((request) => request.url).join(', ')}`);
      samples.push({
        score: (categories.performance?.score ?? 0) * 100,
        lcp: audits['largest-contentful-paint']!.numericValue!,
        tbt: audits['total-blocking-time']!.numericValue!,
        cls: audits['cumulative-layout-shift']!.numericValue!,
        bytes: audits['total-byte-weight']!.numericValue!,
        js: requests.filter((request) => request.resourceType === 'Script').reduce((total, request) => total + (request.transferSize ?? 0), 0),
      });
    }
    const mid = (key: keyof (typeof samples)[number]) => median(samples.map((sample) => sample[key]));
    const met = mid('lcp') < AIMS.lcpMs && mid('tbt') < AIMS.tbtMs && mid('cls') < AIMS.cls;
    console.log(
      `  ${page.name.padEnd(20)} ${round(mid('score'), 0).toString().padStart(5)} ${round(mid('lcp'), 0).toString().padStart(8)} ${round(mid('tbt'), 0).toString().padStart(8)} ${round(mid('cls'), 3).toString().padStart(7)} ${kb(mid('bytes')).toString().padStart(12)} ${kb(mid('js')).toString().padStart(8)}   ${met ? 'all met' : 'missed'}`,
    );
  }
  console.log('  (every request stayed on loopback)');
} finally {
  chrome.kill();
  await stop(app);
  rmSync(dataDir, { recursive: true, force: true });
}
