import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewOrganizationDialog } from './NewOrganizationDialog';
import type { OrganizationDetail } from './organizationApi';

/** A button that enters an organization in a dialog, without leaving the form at hand, and hands it back once saved. */
export function NewOrganizationButton({ workspaceId, onCreated }: { workspaceId?: string; onCreated: (organization: OrganizationDetail) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <p className="button-row">
        <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => setOpen(true)}>
          <span className="kern-label">{t('organizations.createInPlaceOpen')}</span>
        </button>
      </p>
      {open && (
        <NewOrganizationDialog
          workspaceId={workspaceId}
          onCreated={(organization) => {
            onCreated(organization);
            setOpen(false);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
