import type { AuditEvent } from './auditTypes';
import type { FieldChange } from './FieldChange';

/**
 * Bookkeeping fields that say nothing a reader of the history needs (`sincePrecision` is shown
 * with `since`; `invitation` is the id of the invitation a membership came from).
 */
const HIDDEN = new Set(['id', 'createdAt', 'updatedAt', 'workspaceId', 'createdBy', 'sincePrecision', 'invitation']);
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
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

/** `{ de: "…", en: "…" }`: a text in several languages. */
function isLocalizedText(value: unknown): value is Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([key, text]) => LANGUAGE_TAG.test(key) && typeof text === 'string');
}

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
  const before = event.before ?? {};
  const after = event.after ?? {};
  const created = event.before === null;
  const deleted = event.after === null;
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
