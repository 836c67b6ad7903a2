import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { UiLanguage } from './chooseLanguage.js';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** WCAG 2.2 AA adds `target-size`: every pointer target at least 24 × 24 px or spaced apart. */
export const WCAG_22_AA = [...WCAG_21_AA, 'wcag22aa'];

/** Scans the page as it is now (in `language`, its loaders gone) against WCAG 2.1 A and AA (or the `tags` given). */
export async function expectNoAxeViolations(page: Page, label: string, language: UiLanguage, tags: string[] = WCAG_21_AA): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', language);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.kern-loader')).toHaveCount(0);

  // axe.run in the page itself: the default (runPartial, then finishRun in a blank tab opened and
  // loaded with axe for every scan) only adds cross-origin frames, which the app has none of, and
  // took twice as long (12 scans: 31 s against 16 s, the same results).
  const results = await new AxeBuilder({ page }).withTags(tags).setLegacyMode().analyze();
  expect(results.passes.length, 'axe checked the page').toBeGreaterThan(10);
  const summary = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/**
 * How long a test with `scans` full-page scans may take. A scan takes about two seconds on a free
 * two-core machine and several times that when two workers share the cores (or the machine is busy
 * otherwise); the sign-up and records a sweep creates first get a minute of their own.
 */
export function sweepTimeout(scans: number): number {
  return 60_000 + scans * 10_000;
}
