// Cuts KERN's Fira Sans down to Latin (with the extended letters of European names) and Cyrillic
// (Ukrainian and Russian), for the weights the app's CSS uses. Each font drops from ~130 KB to
// ~25 KB, and the web app preloads the two that every page needs. Runs before "vite build";
// does nothing when the subsets are newer than this script.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const sourceDir = path.join(root, 'node_modules/@kern-ux/native/dist/fonts/fira-sans');
const targetDir = path.join(root, 'web/src/styles/fonts');

/** Font file name → the subset's name; the weights KERN's tokens and app.css name. */
const FACES = {
  'FiraSans-Regular': 'fira-sans-400',
  'FiraSans-Italic': 'fira-sans-400-italic',
  'FiraSans-Medium': 'fira-sans-500',
  'FiraSans-SemiBold': 'fira-sans-600',
  'FiraSans-Bold': 'fira-sans-700',
};

const RANGES = [
  [0x20, 0x7e], // Basic Latin
  [0xa0, 0x24f], // Latin-1 and Latin Extended-A/B: ä ß é ł ş ğ …
  [0x2bb, 0x2bc], // modifier apostrophes (Ukrainian transliteration)
  [0x2c6, 0x2dc], // spacing accents
  [0x400, 0x45f], // Cyrillic
  [0x490, 0x491], // Ґ ґ
  [0x1e9e, 0x1e9e], // ẞ
  [0x2000, 0x206f], // general punctuation: dashes, quotes, ellipsis
  [0x20ac, 0x20ac], // €
  [0x20b4, 0x20b4], // ₴
  [0x2116, 0x2116], // №
  [0x2122, 0x2122], // ™
  [0x2190, 0x2193], // arrows
  [0x2212, 0x2212], // minus
];

const text = RANGES.flatMap(([from, to]) =>
  Array.from({ length: to - from + 1 }, (_, index) => String.fromCodePoint(from + index)),
).join('');

const scriptTime = statSync(fileURLToPath(import.meta.url)).mtimeMs;
mkdirSync(targetDir, { recursive: true });
for (const [source, target] of Object.entries(FACES)) {
  const targetFile = path.join(targetDir, `${target}.woff2`);
  if (existsSync(targetFile) && statSync(targetFile).mtimeMs > scriptTime) continue;
  const font = readFileSync(path.join(sourceDir, `${source}.woff2`));
  // Hinting and the glyphs only reachable through stylistic alternates and ligatures are most of
  // each file; browsers render and kern the text the same without them.
  const subset = await subsetFont(font, text, { targetFormat: 'woff2', noHinting: true, noLayoutClosure: true });
  writeFileSync(targetFile, subset);
  console.log(`${target}.woff2: ${(font.length / 1024).toFixed(0)} KB → ${(subset.length / 1024).toFixed(0)} KB`);
}
