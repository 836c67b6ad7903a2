import { useTranslation } from 'react-i18next';
import { NewRecordButton } from '../../shell/NewRecordButton';
import { NewPersonDialog } from './NewPersonDialog';
import type { PersonDetail } from './personApi';

/** A button (in a `button-row`) that enters a person in a dialog, without leaving the form at hand, and hands them back once saved. */
export function NewPersonButton({ workspaceId, onCreated }: { workspaceId?: string; onCreated: (person: PersonDetail) => void }) {
  const { t } = useTranslation();
  return <NewRecordButton label={t('people.createInPlaceOpen')} dialog={NewPersonDialog} workspaceId={workspaceId} onCreated={onCreated} />;
}
