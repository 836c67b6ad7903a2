import { expect, type Page } from '@playwright/test';

/** Markup that stored text must never become. */
const LIVE_MARKUP = {
  'event-handler attributes': "xpath=//*[@*[starts-with(translate(name(), 'ON', 'on'), 'on')]]",
  'inline scripts': 'script:not([src])',
  'javascript: or data: addresses': [
    'href',
    'src',
    'action',
    'data',
    'formaction',
  ]
    .flatMap((attribute) => [`[${attribute}^="javascript:" i]`, `[${attribute}^="data:" i]`])
    .join(', '),
  'frames, plugins, base or foreign-content elements': 'iframe, object, embed, base, marquee, math, svg',
};

/**
 * Nothing stored by users turned into live markup on the page: no event-handler attribute, no
 * inline script, no `javascript:` address, no frame or plugin; and `window.__xss`, which the
 * payloads would set, stays undefined.
 */
export async function expectInert(page: Page): Promise<void> {
  for (const [what, selector] of Object.entries(LIVE_MARKUP)) {
    await expect(page.locator(selector), `no ${what}`).toHaveCount(0);
  }
  expect(await page.evaluate(() => (globalThis as { __xss?: unknown }).__xss), 'window.__xss').toBeUndefined();
}
