import { labelsOf, countryName, entityTypeLabel, languageName, valueLabel } from '../../core/export/export-labels.js';
import { localDate, localDateTime, LOCALES, type ExportLanguage } from '../../core/export/export-language.js';
import { localNumber } from '../../core/export/export-numbers.js';
import { nameInLanguage } from '../../core/text/name-in-language.js';
import type { AuditEventView } from './audit.schemas.js';
import { HIDDEN_AUDIT_FIELDS, RECORD_TYPE_FIELDS, valueListsOf } from './audit-value-lists.js';

const HIDDEN = new Set(HIDDEN_AUDIT_FIELDS);
const ORDER = ['name', 'title', 'displayName', 'email', 'description', 'kind', 'status', 'role', 'since', 'endedOn', 'language', 'visibility', 'parentId', 'parties', 'slug', 'expiresAt'];
const rank = (field: string) => (ORDER.includes(field) ? ORDER.indexOf(field) : ORDER.length);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
const MONEY_FIELDS = new Set(['budget', 'amount']);

type Values = Record<string, unknown>;
const isLocalizedText = (value: unknown): value is Record<string, string> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && Object.entries(value).every(([key, text]) => LANGUAGE_TAG.test(key) && typeof text === 'string');
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || (isLocalizedText(value) && Object.values(value).every((text) => text === ''));
const asRecord = (value: unknown): Values => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Values) : {});

interface Described {
  entityType: string;
  field: string;
  language: ExportLanguage;
  record: Values;
  nameOf: (id: string) => string | undefined;
}

/**
 * One event of the audit log as a reader of the CSV file reads it: each changed field by its name,
 * the values before and after by their names (linked records by their current names, codes by
 * their labels, dates in the local format), never ids, codes or JSON.
 */
export class AuditEventText {
  private readonly labels;

  constructor(private readonly language: ExportLanguage) {
    this.labels = labelsOf(language);
  }

  moment(event: AuditEventView): string {
    return localDateTime(event.occurredAt, this.language);
  }

  actor(event: AuditEventView): string {
    const { words } = this.labels;
    if (!event.actor) return event.actorKind === 'system' ? words.system : words.unknownActor;
    return event.actorKind === 'token' ? `${event.actor.displayName} (${words.viaToken})` : event.actor.displayName;
  }

  action(event: AuditEventView): string {
    return valueLabel('enums.auditAction', event.action, this.language);
  }

  entityType(event: AuditEventView): string {
    return entityTypeLabel(event.entityType, this.language);
  }

  /** "Name: Alt → Neu", one changed field a line. */
  changes(event: AuditEventView): string {
    if (event.action === 'restore') return this.labels.words.restored;
    const [before, after] = event.action === 'merge' ? [asRecord(event.before?.into), asRecord(event.after?.into)] : [event.before, event.after];
    const references = new Map(event.references.map((reference) => [reference.id.toLowerCase(), nameInLanguage(reference.title, null, this.language)]));
    const nameOf = (id: string) => references.get(id.toLowerCase()) || undefined;
    return this.fieldChanges(event.entityType, before, after, nameOf).join('\n');
  }

  private fieldChanges(entityType: string, recordedBefore: Values | null, recordedAfter: Values | null, nameOf: Described['nameOf']): string[] {
    const before = recordedBefore ?? {};
    const after = recordedAfter ?? {};
    const created = recordedBefore === null;
    const deleted = recordedAfter === null;
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((field) => !HIDDEN.has(field)).sort((a, b) => rank(a) - rank(b));
    const lines: string[] = [];
    for (const field of fields) {
      const old = before[field];
      const now = after[field];
      const precisionChanged = field === 'since' && !same(before.sincePrecision, after.sincePrecision);
      if (!created && !deleted && same(old, now) && !precisionChanged) continue;
      if ((created && isEmpty(now)) || (deleted && isEmpty(old))) continue;
      const describe = (value: unknown, record: Values) => this.describe(value, { entityType, field, language: this.language, record, nameOf });
      const line = (label: string, oldText: string, newText: string) => `${label}: ${created ? newText : deleted ? oldText : `${oldText} → ${newText}`}`;
      if (isLocalizedText(old) || isLocalizedText(now)) {
        const oldTexts = isLocalizedText(old) ? old : {};
        const newTexts = isLocalizedText(now) ? now : {};
        for (const language of new Set([...Object.keys(oldTexts), ...Object.keys(newTexts)])) {
          if (same(oldTexts[language], newTexts[language])) continue;
          lines.push(line(`${this.fieldLabel(field)} (${languageName(language, this.language)})`, describe(oldTexts[language], before), describe(newTexts[language], after)));
        }
        continue;
      }
      lines.push(line(this.fieldLabel(field), describe(old, before), describe(now, after)));
    }
    return lines;
  }

  private fieldLabel(field: string): string {
    const fields = this.labels.fields as Record<string, string>;
    return fields[field] ?? fields.other!;
  }

  private describe(value: unknown, context: Described): string {
    const { words } = this.labels;
    const { field, language } = context;
    if (value === null || value === undefined || value === '') return words.emptyValue;
    if (typeof value === 'boolean') return value ? words.yes : words.no;
    if (typeof value === 'number') return MONEY_FIELDS.has(field) ? this.money(value, context) : localNumber(value, language);
    if (Array.isArray(value)) {
      if (value.length === 0) return words.emptyValue;
      if (value.every((item) => typeof item === 'string' || typeof item === 'number')) return value.map((item) => this.describe(item, context)).join(', ');
      if (value.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) {
        const entries = value.map((item) => this.describeEntry(item as Values, context)).filter(Boolean);
        if (entries.length === value.length && entries.join('; ').length <= 400) return entries.join('; ');
      }
      return this.entries(value.length);
    }
    if (isLocalizedText(value)) return nameInLanguage(value, null, language) || words.emptyValue;
    if (typeof value === 'object') return this.describeEntry(value as Values, context) || words.changed;
    const text = String(value);
    if (UUID.test(text)) return context.nameOf(text) ?? words.hiddenRecord;
    if (field === 'password') return words.passwordSet;
    if ((field === 'language' || field === 'languages') && LANGUAGE_TAG.test(text)) return languageName(text, language);
    if (RECORD_TYPE_FIELDS.includes(field)) return entityTypeLabel(text, language);
    if (field === 'countryCode' && /^[A-Za-z]{2}$/.test(text)) return countryName(text, language);
    for (const list of valueListsOf(context.entityType, field)) {
      const named = (this.labels.values[list] as Record<string, string>)[text];
      if (named) return named;
    }
    if (DAY.test(text)) return this.day(text, field === 'since' ? context.record.sincePrecision : 'day');
    if (MOMENT.test(text) && !Number.isNaN(Date.parse(text))) return localDateTime(text, language);
    if (MONEY_FIELDS.has(field) && /^-?\d+(\.\d+)?$/.test(text)) return this.money(Number(text), context);
    return text;
  }

  /** One entry of a list of linked things ("Stadt Leipzig, Gastgeber"). */
  private describeEntry(entry: Values, context: Described): string {
    const typeField = RECORD_TYPE_FIELDS.find((field) => typeof entry[field] === 'string');
    const linkedId = entry.recordId ?? entry.entityId;
    if (typeField && typeof linkedId === 'string' && UUID.test(linkedId)) {
      return `${context.nameOf(linkedId) ?? this.labels.words.hiddenRecord} (${entityTypeLabel(String(entry[typeField]), this.language)})`;
    }
    return Object.entries(entry)
      .filter(([field, value]) => !HIDDEN.has(field) && !isEmpty(value))
      .map(([field, value]) => this.describe(value, { ...context, field, record: entry }))
      .filter((text) => text !== '')
      .join(', ');
  }

  private day(day: string, precision: unknown): string {
    const date = new Date(`${day}T12:00:00Z`);
    if (precision === 'year') return day.slice(0, 4);
    if (precision === 'month') return new Intl.DateTimeFormat(LOCALES[this.language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
    return localDate(day, this.language);
  }

  private money(value: number, context: Described): string {
    const currency = typeof context.record.currency === 'string' ? context.record.currency : 'EUR';
    try {
      return new Intl.NumberFormat(LOCALES[this.language], { style: 'currency', currency }).format(value);
    } catch {
      return localNumber(value, this.language);
    }
  }

  private entries(count: number): string {
    const words = this.labels.words as Record<string, string>;
    const form = new Intl.PluralRules(LOCALES[this.language]).select(count);
    const template = words[`entries_${form}`] ?? words.entries_other!;
    return template.replace('{{count, number}}', localNumber(count, this.language, 0));
  }
}
