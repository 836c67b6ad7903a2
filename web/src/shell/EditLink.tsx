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
