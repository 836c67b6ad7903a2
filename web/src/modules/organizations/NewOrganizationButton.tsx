import { useTranslation } from 'react-i18next';
import { NewRecordButton } from '../../shell/NewRecordButton';
import { NewOrganizationDialog } from './NewOrganizationDialog';
import type { OrganizationDetail } from './organizationApi';

/** A button (in a `button-row`) that enters an organization in a dialog, without leaving the form at hand, and hands it back once saved. */
export function NewOrganizationButton({ workspaceId, onCreated }: { workspaceId?: string; onCreated: (organization: OrganizationDetail) => void }) {
  const { t } = useTranslation();
  return <NewRecordButton label={t('organizations.createInPlaceOpen')} dialog={NewOrganizationDialog} workspaceId={workspaceId} onCreated={onCreated} />;
}
