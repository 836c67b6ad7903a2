import { useTranslation } from 'react-i18next';
import { Section } from '../../shell/Section';
import { useSession } from '../accounts/useSession';
import { RecordHistory } from './RecordHistory';

interface Props {
  /** The record's history endpoint, e.g. `/places/<id>/history`. */
  path: string;
  /** The record's workspace: its members see the whole history, others only what their workspaces recorded. */
  workspaceId: string;
  /** Where merges of this kind of record are undone, e.g. `/places`. */
  undoCollection?: string;
  /** The record's kind, when the history also shows changes of its parts (an exchange's delegations). */
  recordType?: string;
  /** The field by which those parts name the record, e.g. `exchangeId`. */
  partField?: string;
  /** Shown to members of the record's workspace only (records whose changes others have no part in). */
  membersOnly?: boolean;
}

/** The change history of a record, for signed-in users. */
export function RecordHistorySection({ path, workspaceId, undoCollection, recordType, partField, membersOnly = false }: Props) {
  const { t } = useTranslation();
  const { user, workspaces } = useSession();
  const member = workspaces.some((workspace) => workspace.id === workspaceId);
  if (!user || (membersOnly && !member)) return null;
  return (
    <Section title={t('history.title')}>
      <RecordHistory path={path} undoCollection={undoCollection} memberOfWorkspace={member} recordType={recordType} partField={partField} />
    </Section>
  );
}
