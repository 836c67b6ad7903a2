import { requireEdit } from '../../core/auth/policy.js';
import { csvIssue } from '../../core/csv/csv-issues.js';
import { CsvFormatError, parseCsvRows, unstorableCells } from '../../core/csv/csv-rows.js';
import { comparable, readColumnsAs } from '../../core/export/read-labels.js';
import type { ServiceContext } from '../../core/service-context.js';
import { placeRefsByIds } from '../places/places.service.js';
import { areaMatcher } from './area-matching.js';
import { addAreaRows, deleteValueRows, findAreaIds, findIndicatorRows, findMonitorRow, upsertValueRows } from './areas.repository.js';
import { PERIOD, type ValuesImportReport } from './areas.schemas.js';
import { areaMonitorAudit } from './areas.service.js';

/** Numbers as spreadsheets write them: 12.5, 12,5 (German) or 1 234,5. */
const NUMBER = /^-?\d{1,3}([ .\u00a0]?\d{3})*([.,]\d+)?$|^-?\d+([.,]\d+)?$/;

function parseNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0]/g, '');
  if (!NUMBER.test(text.trim()) && !NUMBER.test(compact)) return null;
  const normalised = compact.includes(',') ? compact.replace(/\./g, '').replace(',', '.') : compact;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

/** The key of the indicator a header names: by its key or its name in any language. */
function indicatorNamed(indicators: { key: string; name: Record<string, string> }[], header: string): string | undefined {
  const wanted = comparable(header);
  return indicators.find((indicator) => comparable(indicator.key) === wanted || Object.values(indicator.name).some((name) => comparable(name) === wanted))?.key;
}

/**
 * Imports indicator values from CSV: columns `area` (a place name in any spelling, or its id),
 * `period` (2016, 2016-Q4 or 2016-12) and one column per indicator (its key or its name in any
 * language; `area` and `period` may also be headed "Gebiet", "Zeitraum", "Територія", "Період"); an empty cell leaves the
 * value as it is, `-` removes it. Every bad row is reported with line and column; nothing is
 * written in a dry run, nor while any row is bad unless skipInvalid.
 */
export async function importIndicatorValues(ctx: ServiceContext, monitorId: string, options: { csv: string; dryRun: boolean; skipInvalid: boolean }): Promise<ValuesImportReport> {
  return ctx.transaction(async (tx, ctx) => {
    const monitor = requireEdit(ctx.viewer, await findMonitorRow(tx, monitorId), 'Area monitoring', monitorId);
    const indicators = await findIndicatorRows(tx, monitorId);
    const report: Omit<ValuesImportReport, 'areas'> & { areas: { line: number; name: string; area: string; added: boolean }[] } = { dryRun: options.dryRun, rows: 0, validRows: 0, invalidRows: 0, valuesWritten: 0, areasAdded: 0, areas: [], issues: [] };
    let parsed: ReturnType<typeof parseCsvRows>;
    try {
      parsed = readColumnsAs(parseCsvRows(options.csv), ['area', 'period'], (header) => indicatorNamed(indicators, header));
    } catch (error) {
      if (error instanceof CsvFormatError) return { ...report, areas: [], issues: [csvIssue(error.line, 'file', 'file_unreadable', error.message)] };
      throw error;
    }
    const byKey = new Map(indicators.map((indicator) => [indicator.key, indicator]));
    for (const column of parsed.columns) {
      if (column !== 'area' && column !== 'period' && !byKey.has(column)) {
        const known = ['area', 'period', ...byKey.keys()];
        report.issues.push(csvIssue(1, column, 'unknown_column', `is not a known column: area, period or an indicator key (${[...byKey.keys()].join(', ') || 'none defined yet'})`, { known }));
      }
    }
    for (const required of ['area', 'period']) if (!parsed.columns.includes(required)) report.issues.push(csvIssue(1, required, 'column_missing', 'is a required column'));
    if (report.issues.length > 0) return { ...report, areas: [] };

    const candidates = await findAreaIds(tx, monitorId);
    const matchArea = await areaMatcher(tx, ctx, monitor, candidates);
    const upserts: { monitorId: string; indicatorId: string; placeId: string; period: string; value: number }[] = [];
    const removals: { indicatorId: string; placeId: string; period: string }[] = [];
    const newAreas = new Set<string>();
    const seen = new Map<string, number>();
    for (const row of parsed.rows) {
      report.rows += 1;
      const badCells = unstorableCells(row);
      if (badCells.length > 0) {
        report.invalidRows += 1;
        report.issues.push(...badCells);
        continue;
      }
      const issues: ValuesImportReport['issues'] = [];
      const areaText = row.values.area?.trim() ?? '';
      const period = row.values.period?.trim() ?? '';
      let placeId: string | null = null;
      let added = false;
      if (!areaText) issues.push(csvIssue(row.line, 'area', 'required', 'is required'));
      else {
        const found = await matchArea(areaText);
        if ('code' in found) issues.push(csvIssue(row.line, 'area', found.code, found.message, found.params));
        else ({ placeId, added } = found);
      }
      if (!PERIOD.test(period)) issues.push(csvIssue(row.line, 'period', 'invalid_period', 'must be a year (2016), a quarter (2016-Q4) or a month (2016-12)'));
      if (placeId && PERIOD.test(period)) {
        const key = `${placeId}|${period}`;
        if (seen.has(key)) issues.push(csvIssue(row.line, 'area', 'duplicate_in_file', `has values for ${period} in line ${seen.get(key)} already`, { line: seen.get(key)! }));
        seen.set(key, row.line);
      }
      const rowUpserts: typeof upserts = [];
      const rowRemovals: typeof removals = [];
      for (const [key, indicator] of byKey) {
        const cell = row.values[key]?.trim() ?? '';
        if (cell === '') continue;
        if (cell === '-') {
          if (placeId) rowRemovals.push({ indicatorId: indicator.id, placeId, period });
          continue;
        }
        const value = parseNumber(cell);
        if (value === null) issues.push(csvIssue(row.line, key, 'invalid_number', `must be a number (or - to remove the value), not "${cell}"`));
        else if (placeId) rowUpserts.push({ monitorId, indicatorId: indicator.id, placeId, period, value });
      }
      if (issues.length > 0) {
        report.invalidRows += 1;
        report.issues.push(...issues);
        continue;
      }
      report.validRows += 1;
      if (placeId) {
        report.areas.push({ line: row.line, name: areaText, area: placeId, added });
        if (added) newAreas.add(placeId);
      }
      upserts.push(...rowUpserts);
      removals.push(...rowRemovals);
    }
    const refs = await placeRefsByIds(ctx, report.areas.map((entry) => entry.area));
    const shown = { ...report, areas: report.areas.flatMap((entry) => (refs.has(entry.area) ? [{ ...entry, area: refs.get(entry.area)! }] : [])), areasAdded: newAreas.size };
    if (options.dryRun || (report.invalidRows > 0 && !options.skipInvalid)) return shown;
    await addAreaRows(tx, monitorId, [...newAreas]);
    await upsertValueRows(tx, upserts);
    await deleteValueRows(tx, removals);
    shown.valuesWritten = upserts.length + removals.length;
    await areaMonitorAudit.updated(tx, ctx, monitor, null, { valuesImported: shown.valuesWritten, areasAdded: shown.areasAdded, periods: [...new Set(upserts.map((entry) => entry.period))].sort() });
    return shown;
  });
}
