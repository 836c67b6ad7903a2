import { useTranslation } from 'react-i18next';

interface Props {
  htmlFor: string;
  label: string;
  optional?: boolean;
}

/** A field label; optional fields say so, so required ones need no asterisk. */
export function FieldLabel({ htmlFor, label, optional }: Props) {
  const { t } = useTranslation();
  return (
    <label className="kern-label" htmlFor={htmlFor}>
      {label}
      {optional && <span className="kern-label__optional"> ({t('forms.optional')})</span>}
    </label>
  );
}
