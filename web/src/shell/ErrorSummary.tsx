import { useEffect, useId, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../lib/forms/FormErrors';

interface Props<F extends string> {
  errors: FormErrors<F>;
  /** The form's fields in the order they appear, with the id of each input. */
  fields: Record<F, { id: string; label: string }>;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: 'center' });
}

/**
 * The errors of a form above it, each linked to its field. It takes the focus whenever a
 * submission fails, so keyboard and screen-reader users learn at once what to correct.
 */
export function ErrorSummary<F extends string>({ errors, fields }: Props<F>) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const items = (Object.keys(fields) as F[]).flatMap((name) => {
    const message = errors.fields[name];
    return message ? [{ ...fields[name], message }] : [];
  });
  const shown = errors.general !== null || items.length > 0;

  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [errors, shown]);

  if (!shown) return null;
  return (
    <div ref={ref} tabIndex={-1} className="kern-alert kern-alert--danger error-summary" aria-labelledby={titleId}>
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 id={titleId} className="kern-title">
          {items.length > 0 ? t('forms.errorSummaryTitle') : t('forms.failedTitle')}
        </h2>
      </div>
      <div className="kern-alert__body">
        {errors.general && <p className="kern-body">{errors.general}</p>}
        {items.length > 0 && (
          <ul className="kern-list">
            {items.map((item) => (
              <li key={item.id}>
                <a className="kern-link" href={`#${item.id}`} onClick={(event) => focusField(event, item.id)}>
                  {item.label}: {item.message}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
