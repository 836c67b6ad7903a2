import type { CsvIssue } from '../../lib/api/Problem';
import type { LocalizedText, PlaceRef, Visibility } from '../../lib/api/types';

export const DIRECTIONS = ['higher_is_worse', 'higher_is_better'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface AreaIndicator {
  id: string;
  key: string;
  name: LocalizedText;
  unit: string;
  direction: Direction;
  weight: number;
  source: string;
}

export interface MonitorSummary {
  id: string;
  title: LocalizedText;
  visibility: Visibility;
  city: PlaceRef | null;
  project: { id: string; title: LocalizedText } | null;
  areas: PlaceRef[];
}

export interface MonitorDetail extends MonitorSummary {
  workspaceId: string;
  canEdit: boolean;
  description: LocalizedText;
  indicators: AreaIndicator[];
  periods: string[];
  selections: {
    id: string;
    area: PlaceRef | null;
    period: string;
    rationale: LocalizedText;
    project: { id: string; title: LocalizedText } | null;
    selectedOn: string;
    needIndex: { score: number | null; rank: number | null; areas: number; weights: Record<string, number> };
  }[];
}

export interface NeedIndex {
  period: string;
  indicators: { id: string; key: string; name: LocalizedText; direction: Direction; weight: number; mean: number | null; standardDeviation: number | null }[];
  ranking: { area: PlaceRef; score: number | null; rank: number | null; components: { key: string; value: number; z: number; score: number }[]; missing: string[] }[];
}

export interface ImportReport {
  dryRun: boolean;
  rows: number;
  validRows: number;
  invalidRows: number;
  valuesWritten: number;
  areasAdded: number;
  /** Every valid row: the area its name was matched to, and whether the import adds it. */
  areas: { line: number; name: string; area: PlaceRef; added: boolean }[];
  issues: CsvIssue[];
}
