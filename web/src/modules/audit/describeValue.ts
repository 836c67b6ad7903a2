import type { TFunction } from 'i18next';
import type { Language } from '../../i18n/languages';
import { localeOf } from '../../i18n/localeOf';
import { countryName } from '../../lib/countryName';
import { formatDateTime } from '../../lib/formatDateTime';
import { formatNumber } from '../../lib/formatNumber';
import { formatPartialDate, type DatePrecision } from '../../lib/formatPartialDate';
import { HIDDEN_AUDIT_FIELDS, RECORD_TYPE_FIELDS } from '../../lib/api/auditValueLists';
import { languageName } from '../../lib/languageName';
import { pickText } from '../../lib/pickText';
import { timeZoneLabel } from '../../lib/timeZoneName';
import { entityTypeName } from './entityTypeName';
import { enumPrefixes } from './valueEnums';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
const MONEY_FIELDS = new Set(['budget', 'amount']);

export const isRecordId = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);

/** `{ de: "…", en: "…" }` (also `{}`): a text in several languages. */
export function isLocalizedText(value: unknown): value is Record<string, string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return Object.entries(value).every(([key, text]) => LANGUAGE_TAG.test(key) && typeof text === 'string');
}

export interface ValueContext {
  field: string;
  entityType: string;
  t: TFunction;
  language: Language;
  /** The other values recorded with this one (a budget's currency). */
  record?: Record<string, unknown> | null;
  precision?: unknown;
  /** The current name of a record by its id, or undefined when the viewer may not see it. */
  nameOf: (id: string) => string | undefined;
}

/** A recorded code by its name in the UI language, if the app names it. */
function enumName(text: string, context: ValueContext): string | undefined {
  const translate = context.t as unknown as (key: string, options: { defaultValue: string }) => string;
  for (const prefix of enumPrefixes(context.entityType, context.field)) {
    const name = translate(`${prefix}.${text}`, { defaultValue: '' });
    if (name) return name;
  }
  return undefined;
}

function money(value: number, context: ValueContext): string {
  const currency = typeof context.record?.currency === 'string' ? context.record.currency : 'EUR';
  try {
    return new Intl.NumberFormat(localeOf(context.language), { style: 'currency', currency }).format(value);
  } catch {
    return formatNumber(value, context.language);
  }
}

/** Nothing to name: no value, an empty list, or a text left empty in every language. */
const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || (isLocalizedText(value) && Object.values(value).every((text) => text.trim() === ''));

/**
 * One entry of a list of linked things ("Stadt Leipzig, Gastgeber"): names, codes by name, dates;
 * nested lists by their length; a link to a record by the record's name and kind ("Kiew (Ort)").
 */
function describeEntry(entry: Record<string, unknown>, context: ValueContext): string {
  const typeField = RECORD_TYPE_FIELDS.find((field) => typeof entry[field] === 'string');
  if (typeField && isRecordId(entry.recordId ?? entry.entityId)) {
    const id = String(entry.recordId ?? entry.entityId).toLowerCase();
    return `${context.nameOf(id) ?? context.t('audit.hiddenRecord')} (${entityTypeName(String(entry[typeField]), context.t)})`;
  }
  return Object.entries(entry)
    .filter(([field, value]) => !HIDDEN_AUDIT_FIELDS.includes(field) && !isEmpty(value))
    .map(([field, value]) => describeValue(value, { ...context, field, record: entry }))
    .filter((text) => text !== '')
    .join(', ');
}

/**
 * A recorded value as a reader expects it: linked records by their current names, codes by
 * their names in the UI language, dates, numbers and money in the local format, texts in several
 * languages in the reader's language; never an id, a code or JSON.
 */
export function describeValue(value: unknown, context: ValueContext): string {
  const { t, language, field } = context;
  if (value === null || value === undefined || value === '') return t('audit.emptyValue');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') {
    if (MONEY_FIELDS.has(field)) return money(value, context);
    // Positions are counted from 0; a reader counts from 1, as the numbered priorities of a plan do.
    return formatNumber(field === 'position' ? value + 1 : value, language);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return t('audit.emptyValue');
    if (value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.map((item) => describeValue(item, context)).join(', ');
    if (value.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) {
      const entries = value.map((item) => describeEntry(item as Record<string, unknown>, context)).filter(Boolean);
      if (entries.length === value.length && entries.join('; ').length <= 400) return entries.join('; ');
    }
    return t('audit.entries', { count: value.length });
  }
  if (isLocalizedText(value)) return pickText(value, language, t('audit.emptyValue')).text;
  if (typeof value === 'object') return describeEntry(value as Record<string, unknown>, context) || t('audit.changed');
  const text = String(value);
  if (isRecordId(text)) return context.nameOf(text.toLowerCase()) ?? t('audit.hiddenRecord');
  if (field === 'password') return t('audit.passwordSet');
  if ((field === 'language' || field === 'languages') && LANGUAGE_TAG.test(text)) return languageName(text, language);
  if (RECORD_TYPE_FIELDS.includes(field)) return entityTypeName(text, t);
  if (field === 'countryCode' && /^[A-Za-z]{2}$/.test(text)) return countryName(text, language);
  if (field === 'timeZone') return timeZoneLabel(text, new Date().toISOString().slice(0, 10), language);
  const named = enumName(text, context);
  if (named) return named;
  if (DAY.test(text)) return formatPartialDate(text, PRECISIONS.find((candidate) => candidate === context.precision) ?? 'day', language);
  if (MOMENT.test(text) && !Number.isNaN(Date.parse(text))) return formatDateTime(text, language);
  if (MONEY_FIELDS.has(field) && /^-?\d+(\.\d+)?$/.test(text)) return money(Number(text), context);
  return text;
}
