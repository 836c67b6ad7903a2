import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../core/errors.js';
import { storableFileText } from '../../../core/text/storable-text.js';

/** What may be attached, recognised by its first bytes as well as by the type the browser sent. */
interface FileType {
  contentType: string;
  extensions: string[];
  /** Whether the bytes are of this type. */
  matches: (data: Buffer) => boolean;
  text: 'pdf' | 'plain' | null;
}

const startsWith = (data: Buffer, bytes: number[]) => bytes.every((byte, index) => data[index] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** UTF-8 without NUL bytes: text a person wrote. */
function isText(data: Buffer): boolean {
  if (data.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(data);
    return true;
  } catch {
    return false;
  }
}

export const FILE_TYPES: FileType[] = [
  { contentType: 'application/pdf', extensions: ['pdf'], matches: (data) => startsWith(data, [0x25, 0x50, 0x44, 0x46, 0x2d]), text: 'pdf' },
  { contentType: 'text/plain', extensions: ['txt', 'text'], matches: isText, text: 'plain' },
  { contentType: 'text/markdown', extensions: ['md', 'markdown'], matches: isText, text: 'plain' },
  { contentType: 'image/png', extensions: ['png'], matches: (data) => startsWith(data, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), text: null },
  { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], matches: (data) => startsWith(data, [0xff, 0xd8, 0xff]), text: null },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    matches: (data) => startsWith(data, ZIP),
    text: null,
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    matches: (data) => startsWith(data, ZIP),
    text: null,
  },
  { contentType: 'application/vnd.oasis.opendocument.text', extensions: ['odt'], matches: (data) => startsWith(data, ZIP), text: null },
  { contentType: 'application/vnd.oasis.opendocument.presentation', extensions: ['odp'], matches: (data) => startsWith(data, ZIP), text: null },
];

/** File types a report's text is read from: PDF, plain text and Markdown. */
export const TEXT_FILE_TYPES = FILE_TYPES.filter((type) => type.text !== null);

const unsupported = (field: string, message: string) => new AppError('unsupported_media_type', `${field}: ${message}`, [{ field, code: 'file_unsupported', message }]);

/** A file name without folders, control characters or quotes, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/[\p{C}"<>|*?:]/gu, '').trim();
  return (cleaned || 'file').slice(-200);
}

/**
 * The type of an uploaded file, from its name and the type the browser declared, checked against
 * its first bytes: a file that claims to be a PDF must begin like one. Anything else is refused
 * with 415 naming the field.
 */
export function recogniseFile(fileName: string, declaredType: string, data: Buffer, field = 'file'): FileType {
  const extension = fileName.includes('.') ? fileName.split('.').pop()!.toLowerCase() : '';
  const declared = declaredType.split(';')[0]!.trim().toLowerCase();
  const byType = FILE_TYPES.find((type) => type.contentType === declared);
  const byExtension = FILE_TYPES.find((type) => type.extensions.includes(extension));
  const type = byType ?? (declared === '' || declared === 'application/octet-stream' ? byExtension : undefined);
  const accepted = 'PDF, text, Markdown, PNG, JPEG, Word, PowerPoint or OpenDocument';
  if (!type) throw unsupported(field, `must be a ${accepted} file, not ${declared || extension || 'a file of unknown type'}`);
  if (!type.matches(data)) throw unsupported(field, `is not a ${type.extensions[0]!.toUpperCase()} file: its content does not match its type`);
  return type;
}

export const sha256Of = (data: Buffer) => createHash('sha256').update(data).digest('hex');

export interface FileText {
  state: 'none' | 'extracted' | 'failed';
  text: string | null;
  pageCount: number | null;
  error: string | null;
}

/** Time and memory a PDF may take to read. */
const PDF_TIMEOUT_MS = 60_000;
const PDF_MEMORY_MB = 512;

const require = createRequire(import.meta.url);
const pdfjsUrl = () => pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;

/** Runs in a worker thread: reads the text of every page of the PDF in `workerData.data`. */
const PDF_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  let pdf;
  try {
    const pdfjs = await import(workerData.moduleUrl);
    pdf = await pdfjs.getDocument({ data: workerData.data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
    const pages = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (typeof item.str !== 'string') continue;
        text += item.str;
        if (item.hasEOL) text += '\\n';
        else if (item.str !== '' && !/\\s$/.test(item.str)) text += ' ';
      }
      pages.push(text.replace(/[ \\t]+\\n/g, '\\n').replace(/ {2,}/g, ' ').trim());
      page.cleanup();
    }
    parentPort.postMessage({ ok: true, text: pages.join('\\n\\n'), pageCount: pdf.numPages });
  } catch (error) {
    parentPort.postMessage({ ok: false, error: String((error && error.message) || error) });
  } finally {
    if (pdf) await pdf.destroy().catch(() => {});
  }
})();
`;

/**
 * The text of a PDF, read by pdf.js in a worker thread with bounded time and memory, so a large
 * or broken file cannot stall the server. Encrypted and scanned PDFs give no text.
 */
export function pdfText(data: Buffer): Promise<FileText> {
  return new Promise((resolve) => {
    const bytes = new Uint8Array(data.byteLength);
    bytes.set(data);
    const worker = new Worker(PDF_WORKER, {
      eval: true,
      workerData: { moduleUrl: pdfjsUrl(), data: bytes },
      transferList: [bytes.buffer],
      resourceLimits: { maxOldGenerationSizeMb: PDF_MEMORY_MB },
      stdout: true,
      stderr: true,
    });
    let settled = false;
    const finish = (result: FileText) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => finish({ state: 'failed', text: null, pageCount: null, error: 'reading the PDF took too long' }), PDF_TIMEOUT_MS);
    worker.on('message', (message: { ok: boolean; text?: string; pageCount?: number; error?: string }) => {
      if (!message.ok) return finish({ state: 'failed', text: null, pageCount: null, error: describePdfError(message.error ?? '') });
      const text = (message.text ?? '').trim();
      finish(
        text === ''
          ? { state: 'failed', text: null, pageCount: message.pageCount ?? null, error: 'the PDF holds no text (a scan?)' }
          : { state: 'extracted', text, pageCount: message.pageCount ?? null, error: null },
      );
    });
    worker.on('error', (error) => finish({ state: 'failed', text: null, pageCount: null, error: describePdfError(error.message) }));
    worker.on('exit', () => finish({ state: 'failed', text: null, pageCount: null, error: 'the PDF could not be read' }));
  });
}

function describePdfError(message: string): string {
  if (/password/i.test(message)) return 'the PDF is protected by a password';
  if (/invalid pdf|xref|startxref/i.test(message)) return 'the file is not a readable PDF';
  return `the PDF could not be read (${message.slice(0, 200)})`;
}

/**
 * The text of a file, when it has one: PDF pages, or the file itself for text and Markdown; without
 * control characters (PDFs often hold NUL), since a file's text is not what a person typed.
 */
export async function fileText(type: FileType, data: Buffer): Promise<FileText> {
  if (type.text === 'plain') {
    const text = storableFileText(data.toString('utf8').replace(/^\uFEFF/, '')).trim();
    return text === '' ? { state: 'failed', text: null, pageCount: null, error: 'the file is empty' } : { state: 'extracted', text, pageCount: null, error: null };
  }
  if (type.text === 'pdf') return withStorableText(await pdfText(data));
  return { state: 'none', text: null, pageCount: null, error: null };
}

function withStorableText(read: FileText): FileText {
  if (read.text === null) return read;
  const text = storableFileText(read.text).trim();
  return text === '' ? { ...read, state: 'failed', text: null, error: 'the file holds no text' } : { ...read, text };
}
