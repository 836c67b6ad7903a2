import { useTranslation } from 'react-i18next';
import { DialogButton } from '../../shell/DialogButton';
import { NewOrganizationDialog } from './NewOrganizationDialog';
import type { OrganizationDetail } from './organizationApi';

/** A button that enters an organization in a dialog, without leaving the form at hand, and hands it back once saved. */
export function NewOrganizationButton({ workspaceId, onCreated }: { workspaceId?: string; onCreated: (organization: OrganizationDetail) => void }) {
  const { t } = useTranslation();
  return (
    <DialogButton
      label={t('organizations.createInPlaceOpen')}
      dialog={(close) => (
        <NewOrganizationDialog
          workspaceId={workspaceId}
          onCreated={(organization) => {
            onCreated(organization);
            close();
          }}
          onClose={close}
        />
      )}
    />
  );
}
