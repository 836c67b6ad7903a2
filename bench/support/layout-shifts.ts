/**
 * Names what moves and what paints last on a page, for the speed work: opens each path in Debian's
 * Chromium (1350×940, like Lighthouse's desktop preset), and prints every layout shift with the
 * elements that moved (before → after rectangles), and the LCP element with its time
 * (WATERFALL=1 adds when each resource was fetched).
 * Usage: `tsx bench/support/layout-shifts.ts http://127.0.0.1:3580 / /partnerships …`
 */
import { chromium } from '@playwright/test';

const [origin, ...paths] = process.argv.slice(2);
if (!origin || paths.length === 0) throw new Error('usage: layout-shifts.ts <origin> <path>…');

// Plain JavaScript in a string: tsx would wrap functions in helpers the page does not have.
const OBSERVER = `
  const found = (window.__shifts = []);
  const describe = (node) => {
    if (!(node instanceof Element)) return String(node && node.nodeName);
    const classes = typeof node.className === 'string' && node.className.trim() ? '.' + node.className.trim().split(/\\s+/).join('.') : '';
    return node.tagName.toLowerCase() + classes + ' "' + (node.textContent || '').slice(0, 40) + '"';
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      found.push({
        at: Math.round(entry.startTime),
        value: Number(entry.value.toFixed(4)),
        sources: entry.sources.map((s) => describe(s.node) + ' y ' + Math.round(s.previousRect.y) + '→' + Math.round(s.currentRect.y) + ' h ' + Math.round(s.previousRect.height) + '→' + Math.round(s.currentRect.height)),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) found.push({ at: Math.round(entry.startTime), lcp: describe(entry.element), size: entry.size });
  }).observe({ type: 'largest-contentful-paint', buffered: true });
`;

const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium' });
try {
  for (const path of paths) {
    const page = await browser.newPage({ viewport: { width: 1350, height: 940 } });
    await page.addInitScript({ content: OBSERVER });
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(1500);
    console.log(`\n${path}`);
    for (const item of await page.evaluate(() => (window as unknown as { __shifts: unknown[] }).__shifts)) console.log(' ', JSON.stringify(item));
    if (process.env.WATERFALL === '1') {
      const timings = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((entry) => `${Math.round(entry.startTime)}–${Math.round((entry as PerformanceResourceTiming).responseEnd)} ${entry.name.replace(/^https?:\/\/[^/]+/, '')}`),
      );
      for (const timing of timings) console.log('   ', timing);
    }
    await page.close();
  }
} finally {
  await browser.close();
}
