import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The button to a record's form, saying "Edit". */
export function EditLink({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <Link className="kern-btn kern-btn--secondary" to={to}>
      <span className="kern-label">{t('forms.edit')}</span>
    </Link>
  );
}

/** A record page's edit button in a row of its own, shown only to those who may edit the record. */
export function EditRow({ to, canEdit }: { to: string; canEdit: boolean }) {
  if (!canEdit) return null;
  return (
    <p className="button-row">
      <EditLink to={to} />
    </p>
  );
}
