import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestEntry {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}

export interface ChunkSize {
  file: string;
  source: string;
  bytes: number;
  gzipBytes: number;
}

/** Sizes of the built web app's chunks, read from Vite's manifest, and which of them the first load fetches. */
export function bundleReport(webDir: string) {
  const manifest = JSON.parse(readFileSync(path.join(webDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestEntry>;
  const sizeOf = (file: string, source: string): ChunkSize => {
    const content = readFileSync(path.join(webDir, file));
    return { file, source, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  };
  /** A chunk with every chunk it imports statically: what the browser fetches before running it. */
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
    return seen;
  };
  const entryKey = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
  const shellKeys = closure(entryKey);
  const startKey = Object.keys(manifest).find((key) => key.endsWith('modules/start/StartPage.tsx'));
  const startKeys = startKey ? closure(startKey, new Set(shellKeys)) : new Set(shellKeys);
  // The German texts (the default language) load with every first visit.
  for (const key of Object.keys(manifest).filter((candidate) => /(i18n|error-texts)\/de\.json$/.test(candidate))) closure(key, startKeys);
  const firstLoadJs = [...startKeys].map((key) => sizeOf(manifest[key]!.file, key));
  const firstLoadCss = [...new Set([...startKeys].flatMap((key) => manifest[key]!.css ?? []))].map((file) => sizeOf(file, 'CSS'));
  const others = Object.keys(manifest)
    .filter((key) => !startKeys.has(key) && manifest[key]!.file.endsWith('.js'))
    .map((key) => sizeOf(manifest[key]!.file, key))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  return { firstLoadJs, firstLoadCss, others };
}
