import type { LocalizedText } from '../../lib/api/types';

export const EXCHANGE_LINK_KINDS = ['project', 'accompanies', 'follow_up_of', 'side_event_of'] as const;
export type LinkKind = (typeof EXCHANGE_LINK_KINDS)[number];
export type LinkedRecordType = 'exchange' | 'project' | 'action_plan';

export interface RecordLink {
  id: string;
  kind: LinkKind;
  direction: 'outgoing' | 'incoming';
  owner: { recordType: 'exchange' | 'action_plan'; id: string };
  record: { id: string; recordType: LinkedRecordType; title: LocalizedText; path: string };
  outcome: { id: string; text: LocalizedText } | null;
  canRemove: boolean;
}
