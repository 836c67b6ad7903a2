import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import PDFDocument from 'pdfkit';

/** A PDF of the given pages of text, made as a word processor would (standard fonts, real text). */
export function pdfOf(pages: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const pdf = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Bericht' } });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
    pages.forEach((text, index) => {
      if (index > 0) pdf.addPage();
      pdf.font('Helvetica').fontSize(11).text(text);
    });
    pdf.end();
  });
}

/** The text of a PDF, page by page, one line a page. */
export async function pdfTextOf(data: Buffer): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(data) }).promise;
  const texts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return texts.join('\n');
}
