import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { CsvColumn } from '../../core/csv/csv-export.js';
import { localDate } from '../../core/export/export-language.js';
import { localNumber } from '../../core/export/export-numbers.js';
import { pickLocalized } from './plan-text.js';
import { EXPORT_LABELS, type ExportLanguage } from './plan-export-labels.js';
import type { MeasureView, PlanDetail } from './plans.schemas.js';
import { woffToSfnt } from './woff-to-sfnt.js';

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;
/** Noto Sans (shipped with KERN-UX) covers German and Ukrainian (not arrows); unpacked once. */
export function pdfFonts() {
  fonts ??= {
    regular: woffToSfnt(readFileSync(require.resolve('@kern-ux/native/dist/fonts/noto-sans/NotoSans-Regular.woff'))),
    bold: woffToSfnt(readFileSync(require.resolve('@kern-ux/native/dist/fonts/noto-sans/NotoSans-Bold.woff'))),
  };
  return fonts;
}

const orgName = (organization: { name: string; names: Record<string, string> } | null, language: string) =>
  organization ? organization.names[language] || organization.name : '';

const money = (amount: number | null, currency: string, language: string) =>
  amount === null ? '' : new Intl.NumberFormat(language === 'uk' ? 'uk-UA' : language === 'en' ? 'en-GB' : 'de-DE', { style: 'currency', currency }).format(amount);

const indicatorText = (measure: MeasureView, language: string, labels: Record<string, string>) =>
  measure.indicators
    .map((indicator) => {
      const reached = measure.latestProgress?.indicatorValues[indicator.id];
      const parts = [
        indicator.baseline !== null ? `${labels.baseline} ${indicator.baseline}` : null,
        reached !== undefined ? `${labels.reached} ${reached}` : null,
        `${labels.target} ${indicator.target}`,
      ].filter(Boolean);
      return `${pickLocalized(indicator.name, language)}${indicator.unit ? ` (${indicator.unit})` : ''}: ${parts.join(', ')}`;
    })
    .join('; ');

const sideName = (side: PlanDetail['sides'][number], language: string) =>
  pickLocalized(side.label, language) || (side.place ? side.place.names[language] || side.place.name : '') || orgName(side.organization, language) || side.workspace.name;

/** The plan as a PDF document: scope, period, sides and who agreed, then each priority with its measures. */
export function planPdf(plan: PlanDetail, language: ExportLanguage): NodeJS.ReadableStream {
  const labels = EXPORT_LABELS[language];
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: pickLocalized(plan.title, language), Creator: 'Stadtdialog' }, lang: language } as PDFKit.PDFDocumentOptions);
  doc.registerFont('regular', pdfFonts().regular);
  doc.registerFont('bold', pdfFonts().bold);
  const text = (value: string, options: { font?: 'regular' | 'bold'; size?: number; gap?: number; color?: string } = {}) => {
    if (!value) return;
    doc.font(options.font ?? 'regular').fontSize(options.size ?? 10).fillColor(options.color ?? '#1a1a1a').text(value);
    if (options.gap) doc.moveDown(options.gap);
  };
  const fact = (label: string, value: string) => {
    if (!value) return;
    doc.font('bold').fontSize(10).fillColor('#1a1a1a').text(`${label}: `, { continued: true }).font('regular').text(value);
  };

  text(labels.plan!, { size: 10, color: '#555555' });
  text(pickLocalized(plan.title, language), { font: 'bold', size: 20, gap: 0.5 });
  text(pickLocalized(plan.summary, language), { gap: 0.5 });
  if (plan.partnership) fact(labels.partnership!, pickLocalized(plan.partnership.title, language));
  if (plan.area) fact(labels.area!, plan.area.names[language] || plan.area.name);
  fact(labels.period!, `${localDate(plan.periodStart, language)} – ${localDate(plan.periodEnd, language)}`);
  fact(labels.status!, `${labels[plan.status]}${plan.currentVersion ? ` · ${labels.version} ${plan.currentVersion}` : ''}`);
  fact(labels.printedOn!, localDate(new Date().toISOString().slice(0, 10), language));
  doc.moveDown();

  text(labels.sides!, { font: 'bold', size: 13, gap: 0.3 });
  for (const side of plan.sides) {
    const agreement = side.agreement ? `${labels.agreedBy} ${side.agreement.userName}, ${localDate(side.agreement.agreedAt, language)}` : labels.notAgreed!;
    text(`• ${sideName(side, language)} (${side.workspace.name}): ${agreement}`);
  }
  doc.moveDown();

  plan.priorities.forEach((priority, index) => {
    text(`${labels.priority} ${index + 1}: ${pickLocalized(priority.title, language)}`, { font: 'bold', size: 14, gap: 0.2 });
    text(pickLocalized(priority.description, language), { gap: 0.4 });
    const measures = plan.measures.filter((measure) => measure.priorityId === priority.id);
    if (measures.length === 0) text(labels.noMeasures!, { color: '#555555', gap: 0.5 });
    measures.forEach((measure, measureIndex) => {
      text(`${index + 1}.${measureIndex + 1} ${pickLocalized(measure.title, language)}${measure.overdue ? ` (${labels.overdue})` : ''}`, { font: 'bold', size: 11 });
      text(pickLocalized(measure.description, language));
      fact(labels.dates!, [measure.startDate, measure.endDate].filter(Boolean).map((day) => localDate(day, language)).join(' – '));
      fact(labels.responsible!, orgName(measure.responsible, language));
      fact(labels.partners!, measure.partners.map((partner) => orgName(partner, language)).join(', '));
      fact(labels.budget!, money(measure.budget, measure.currency, language));
      fact(labels.funding!, pickLocalized(measure.funding, language));
      fact(labels.indicators!, indicatorText(measure, language, labels));
      fact(labels.project!, measure.project ? pickLocalized(measure.project.title, language) : '');
      const latest = measure.latestProgress;
      fact(labels.progress!, latest ? `${labels[latest.status]} (${labels.reportedOn} ${localDate(latest.reportedOn, language)})${latest.note ? ` – ${latest.note}` : ''}` : labels.not_reported!);
      doc.moveDown(0.6);
    });
    doc.moveDown(0.5);
  });
  doc.end();
  return doc;
}

/** The columns of the measures CSV: headers, days and amounts as the reader writes them, no record ids. */
export function measureCsvColumns(plan: PlanDetail, language: ExportLanguage): CsvColumn<MeasureView>[] {
  const labels = EXPORT_LABELS[language];
  const priorities = new Map(plan.priorities.map((priority, index) => [priority.id, `${index + 1}. ${pickLocalized(priority.title, language)}`]));
  return [
    { header: labels.priority!, value: (measure) => priorities.get(measure.priorityId) },
    { header: labels.measure!, value: (measure) => pickLocalized(measure.title, language) },
    { header: labels.description!, value: (measure) => pickLocalized(measure.description, language) },
    { header: labels.responsible!, value: (measure) => orgName(measure.responsible, language) },
    { header: labels.partners!, value: (measure) => measure.partners.map((partner) => orgName(partner, language)).join('; ') },
    { header: labels.start!, value: (measure) => localDate(measure.startDate, language) },
    { header: labels.end!, value: (measure) => localDate(measure.endDate, language) },
    { header: labels.budget!, value: (measure) => localNumber(measure.budget, language, 2) },
    { header: labels.currency!, value: (measure) => measure.currency },
    { header: labels.funding!, value: (measure) => pickLocalized(measure.funding, language) },
    { header: labels.indicators!, value: (measure) => indicatorText(measure, language, labels) },
    { header: labels.project!, value: (measure) => (measure.project ? pickLocalized(measure.project.title, language) : '') },
    { header: labels.progress!, value: (measure) => labels[measure.latestProgress?.status ?? 'not_reported'] },
    { header: labels.reportedOnColumn!, value: (measure) => localDate(measure.latestProgress?.reportedOn, language) },
    { header: labels.overdueColumn!, value: (measure) => (measure.overdue ? labels.yes : labels.no) },
    { header: labels.source!, value: (measure) => (measure.source ? pickLocalized(measure.source.title, language) : '') },
  ];
}

/** The measures in chunks, so the CSV is streamed as it is written. */
export function* measureChunks(plan: PlanDetail, size = 100): Generator<MeasureView[]> {
  const order = new Map(plan.priorities.map((priority, index) => [priority.id, index]));
  const sorted = [...plan.measures].sort((a, b) => (order.get(a.priorityId) ?? 0) - (order.get(b.priorityId) ?? 0) || a.position - b.position);
  for (let start = 0; start < sorted.length; start += size) yield sorted.slice(start, start + size);
}
