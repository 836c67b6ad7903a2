import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/useLanguage';
import { changesOf } from './changesOf';
import type { AuditEvent } from './auditApi';
import { ChangedValue } from './ChangedValue';
import { fieldLabel } from './fieldLabel';

/** A text of a multilingual field is marked with its language; "(empty)" is in the UI language. */
const textLanguage = (value: unknown, language: string | undefined) => (typeof value === 'string' && value !== '' ? language : undefined);

/**
 * What an event changed, field by field: "Rolle: Mitglied → Koordination". The old value is
 * struck through, the new one marked; screen readers hear "before" and "after".
 */
export function ChangeList({ event, hidden }: { event: AuditEvent; hidden?: string[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const changes = changesOf(event).filter((change) => !hidden?.includes(change.field));
  if (changes.length === 0) return null;
  const merge = event.action === 'merge';
  const recordBefore = (merge ? event.before?.into : event.before) as Record<string, unknown> | null;
  const recordAfter = (merge ? event.after?.into : event.after) as Record<string, unknown> | null;
  return (
    <ul className="change-list">
      {changes.map((change) => {
        const hasBefore = 'before' in change;
        const hasAfter = 'after' in change;
        return (
          <li key={`${change.field}:${change.language ?? ''}`} className="change-list__item">
            <span className="change-list__field">{fieldLabel(change, t, language)}:</span>{' '}
            {hasBefore && (
              <del className="change-list__before" lang={textLanguage(change.before, change.language)}>
                <span className="kern-sr-only" lang={language}>
                  {t('audit.before')}{' '}
                </span>
                <ChangedValue field={change.field} value={change.before} event={event} record={recordBefore} precision={change.precision?.before} />
              </del>
            )}
            {hasBefore && hasAfter && <span aria-hidden="true"> → </span>}
            {hasAfter && (
              <ins className={hasBefore ? 'change-list__after change-list__after--changed' : 'change-list__after'} lang={textLanguage(change.after, change.language)}>
                <span className="kern-sr-only" lang={language}>
                  {hasBefore ? ` ${t('audit.after')} ` : ''}
                </span>
                <ChangedValue field={change.field} value={change.after} event={event} record={recordAfter} precision={change.precision?.after} />
              </ins>
            )}
          </li>
        );
      })}
    </ul>
  );
}
