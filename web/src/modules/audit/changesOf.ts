import { HIDDEN_AUDIT_FIELDS } from '../../lib/api/auditValueLists';
import type { AuditEvent } from './auditApi';
import { isLocalizedText } from './describeValue';
import type { FieldChange } from './FieldChange';

const HIDDEN = new Set(HIDDEN_AUDIT_FIELDS);
/** The order a reader expects, whatever order the stored values come in; other fields follow. */
const ORDER = [
  'name',
  'title',
  'displayName',
  'email',
  'description',
  'kind',
  'status',
  'role',
  'since',
  'endedOn',
  'language',
  'visibility',
  'parentId',
  'parties',
  'slug',
  'expiresAt',
];
const rank = (field: string) => (ORDER.includes(field) ? ORDER.indexOf(field) : ORDER.length);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || (isLocalizedText(value) && Object.values(value).every((text) => text === ''));

function localizedChanges(field: string, before: unknown, after: unknown, created: boolean, deleted: boolean): FieldChange[] {
  const oldTexts = (isLocalizedText(before) ? before : {}) as Record<string, string>;
  const newTexts = (isLocalizedText(after) ? after : {}) as Record<string, string>;
  const languages = [...new Set([...Object.keys(oldTexts), ...Object.keys(newTexts)])];
  return languages
    .filter((language) => !same(oldTexts[language], newTexts[language]))
    .map((language) => ({
      field,
      language,
      ...(created ? {} : { before: oldTexts[language] ?? null }),
      ...(deleted ? {} : { after: newTexts[language] ?? null }),
    }));
}

/**
 * The fields an event changed, in the order the record lists them: for an update each field
 * whose value differs (texts per language), for a creation the values set, for a deletion
 * the values the record had.
 */
export function changesOf(event: AuditEvent): FieldChange[] {
  // A merge: what the remaining record took over from the merged one. An undone merge says so in its heading.
  if (event.action === 'merge') return fieldChanges(asRecord(event.before?.into), asRecord(event.after?.into));
  if (event.action === 'restore') return [];
  return fieldChanges(event.before, event.after);
}

const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

function fieldChanges(recordedBefore: Record<string, unknown> | null, recordedAfter: Record<string, unknown> | null): FieldChange[] {
  const before = recordedBefore ?? {};
  const after = recordedAfter ?? {};
  const created = recordedBefore === null;
  const deleted = recordedAfter === null;
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !HIDDEN.has(field))
    .sort((a, b) => rank(a) - rank(b));
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const old = before[field];
    const now = after[field];
    const precisionChanged = field === 'since' && !same(before.sincePrecision, after.sincePrecision);
    if (!created && !deleted && same(old, now) && !precisionChanged) continue;
    if (created && isEmpty(now)) continue;
    if (deleted && isEmpty(old)) continue;
    if (isLocalizedText(old) || isLocalizedText(now)) {
      changes.push(...localizedChanges(field, old, now, created, deleted));
      continue;
    }
    changes.push({
      field,
      ...(created ? {} : { before: old ?? null }),
      ...(deleted ? {} : { after: now ?? null }),
      ...(field === 'since' ? { precision: { before: before.sincePrecision, after: after.sincePrecision } } : {}),
    });
  }
  return changes;
}
