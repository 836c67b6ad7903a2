import { InvalidArgumentError } from 'commander';

export const EXTRACT_LANGUAGES = ['de', 'en', 'auto'] as const;
export type ExtractLanguageOption = (typeof EXTRACT_LANGUAGES)[number];

export function parseExtractLanguage(value: string): ExtractLanguageOption {
  if (!(EXTRACT_LANGUAGES as readonly string[]).includes(value)) throw new InvalidArgumentError('must be de, en or auto.');
  return value as ExtractLanguageOption;
}

export function parsePublishedDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== value) throw new InvalidArgumentError('must be a date as YYYY-MM-DD, e.g. 2023-12-05.');
  return value;
}

export class ExtractInputError extends Error {}

async function readStandardInput(): Promise<string> {
  if (process.stdin.isTTY) throw new ExtractInputError('no report on standard input; pipe one in: stadtdialog extract < report.txt');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ExtractInputError('standard input is empty; pipe a report in: stadtdialog extract < report.txt');
  return text;
}

/**
 * Reads a report from standard input and returns the extraction contract as JSON. Touches no
 * database: the gazetteer is built in memory from the bundled town list.
 */
export async function extractCommand(options: { lang: ExtractLanguageOption; published?: string }): Promise<string> {
  const text = await readStandardInput();
  const { extractReport, toContract } = await import('../modules/knowledge/extraction/extraction.service.js');
  const extraction = extractReport(text, { language: options.lang, published: options.published });
  return JSON.stringify(toContract(extraction), null, 2);
}
