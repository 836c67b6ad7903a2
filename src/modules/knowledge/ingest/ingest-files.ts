import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** The files a folder of reports may hold: text, Markdown and PDF. */
export const INGESTED_EXTENSIONS = ['.txt', '.md', '.markdown', '.pdf'];

const CONTENT_TYPES: Record<string, string> = {
  '.txt': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.pdf': 'application/pdf',
};

export const contentTypeOf = (file: string) => CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/** The reports in a folder and its subfolders, in a stable order; hidden files and folders are left out. */
export async function reportFilesIn(folder: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (directory: string) => {
    const entries = await readdir(directory, { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && INGESTED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) found.push(full);
    }
  };
  await walk(folder);
  return found;
}

/** A date the file name starts with or holds (2023-11-29-werkstatt.pdf), when it is a real date. */
export function dateFromFileName(file: string): string | null {
  const match = /(\d{4})-(\d{2})-(\d{2})/.exec(path.basename(file));
  if (!match) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}
