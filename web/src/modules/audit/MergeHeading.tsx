import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import type { AuditEvent } from './auditApi';
import { pickTitle } from '../../lib/pickTitle';
import { isLocalizedText } from './describeValue';

/** The name the merged record had: its name, title or display name as recorded. */
function mergedName(event: AuditEvent, language: ReturnType<typeof useLanguage>): string {
  const merged = event.before?.merged;
  if (!merged || typeof merged !== 'object') return '';
  const record = merged as Record<string, unknown>;
  for (const field of ['names', 'name', 'title', 'displayName']) {
    const value = record[field];
    if (typeof value === 'string' && value.trim()) return value;
    if (isLocalizedText(value)) {
      const text = pickText(value, language).text;
      if (text) return text;
    }
  }
  return '';
}

/** "„Kiew (Dublette)“ zusammengeführt in Kyjiw": which record was merged into which, linked by its current name. */
export function MergeHeading({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (event.action !== 'merge') return null;
  const merged = mergedName(event, language);
  const intoId = typeof event.after?.mergedInto === 'string' ? event.after.mergedInto.toLowerCase() : event.entityId;
  const into = event.references.find((reference) => reference.id.toLowerCase() === intoId);
  const intoName = into ? pickTitle(into.title, language).text : event.label;
  return (
    <p className="kern-body">
      {merged ? t('audit.merged', { merged }) : t('audit.mergedUnnamed')}{' '}
      {into ? (
        <Link className="kern-link" to={into.path}>
          {intoName}
        </Link>
      ) : (
        intoName
      )}
    </p>
  );
}
