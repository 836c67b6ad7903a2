import type { LocalizedText } from '../../lib/api/types';

export const INVOLVEMENT_KINDS = ['partnership', 'network', 'exchange', 'project', 'plan', 'measure', 'grant', 'document'] as const;
export type InvolvementKind = (typeof INVOLVEMENT_KINDS)[number];
export type ActorCollection = 'organizations' | 'people' | 'places';

export interface InvolvementEntry {
  kind: InvolvementKind;
  id: string;
  date: string;
  endDate: string | null;
  title: LocalizedText;
  subkind: string | null;
  roles: string[];
  path: string;
}

export interface InvolvementPage {
  counts: { kind: InvolvementKind; count: number }[];
  items: InvolvementEntry[];
  nextCursor: string | null;
}
