import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../lib/api/types';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import type { SnapshotChange } from './planApi';

const COLLECTIONS = new Set(['sides', 'priorities', 'measures']);
const LANGUAGE_TAG = /^[a-z]{2,3}$/;

/** A value of a plan version as text: texts in the UI language, items by their title or name. */
function describe(value: unknown, language: ReturnType<typeof useLanguage>): string {
  if (value === null || value === undefined || value === '') return '–';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map((item) => describe(item, language)).join(', ') || '–';
  const record = value as Record<string, unknown>;
  for (const key of ['title', 'label', 'names', 'name']) {
    const text = record[key];
    if (text && typeof text === 'object') return pickText(text as LocalizedText, language).text || describe(record.name, language);
    if (typeof text === 'string' && text) return text;
  }
  if (Object.keys(record).every((key) => LANGUAGE_TAG.test(key))) return pickText(record as LocalizedText, language).text;
  return JSON.stringify(value);
}

/** One field that differs between two versions: where, before and after. */
export function ChangeRow({ change }: { change: SnapshotChange }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [first, , ...rest] = change.path;
  const inItem = first && COLLECTIONS.has(first);
  const fields = (inItem ? rest : change.path).filter((segment) => !/^[0-9a-f-]{36}$/.test(segment));
  const field = fields.map((segment) => (LANGUAGE_TAG.test(segment) ? `(${segment})` : t(`plans.fields.${segment}`, { defaultValue: segment }))).join(' ');
  const where = [inItem ? `${t(`plans.fields.${first}`, { defaultValue: first })}${change.itemTitle ? ` „${pickText(change.itemTitle, language).text}“` : ''}` : '', field].filter(Boolean).join(' · ');
  return (
    <tr className={`kern-table__row change-row change-row--${change.kind}`}>
      <th scope="row" className="kern-table__header">
        {where || t('plans.fields.plan')}
        {change.kind !== 'changed' && ` (${t(`plans.changeKind.${change.kind}`)})`}
      </th>
      <td className="kern-table__cell">{change.kind === 'added' ? '–' : describe(change.before, language)}</td>
      <td className="kern-table__cell">{change.kind === 'removed' ? '–' : describe(change.after, language)}</td>
    </tr>
  );
}
