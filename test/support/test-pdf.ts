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
