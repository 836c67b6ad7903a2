import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const WEB = path.resolve(import.meta.dirname, '../web/src/i18n');
const EXPORT = path.resolve(import.meta.dirname, '../src/core/export/labels');

type Tree = { [key: string]: string | Tree };
const texts = (tree: Tree): string[] => Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : texts(value)));
const read = (dir: string, language: string) => texts(JSON.parse(readFileSync(path.join(dir, `${language}.json`), 'utf8')) as Tree);

/** Words that name the domain model's ActionPlan (DESIGN.md) other than the one the app uses. */
const OTHER_WORDS: Record<string, RegExp> = {
  de: /Handlungspl(an|än)/,
  en: /\b(plan of action|work plan|action programme)\b/i,
  uk: /план\p{L}* (заходів|роботи)/iu,
};

describe('one word for one thing in each language', () => {
  it('calls an action plan "Aktionsplan", "action plan" and "план дій", on every screen and in every export', () => {
    for (const [language, other] of Object.entries(OTHER_WORDS)) {
      const found = [...read(WEB, language), ...read(EXPORT, language)].filter((text) => other.test(text));
      expect(found, language).toEqual([]);
    }
  });
});
