// The changes to people: entering, editing, deleting, erasing and merging them (the reads are in people.service.ts).
import { requireCreateIn, requireEdit } from '../../core/auth/policy.js';
import { userIdOf } from '../../core/auth/viewer.js';
import { invalidField, validationFailed } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { newRecordScope } from '../../core/records/record-visibility.js';
import { auditTrail, recordAuditEvent } from '../audit/audit.service.js';
import { mergeRecords, requireMergeTarget, undoMergeOf, type MergeableKind } from '../merging/merging.service.js';
import { requireVisibleThemes } from '../themes/themes.service.js';
import { actorConflict } from './actors.errors.js';
import { ANONYMISED, auditedPerson } from './actors.presenter.js';
import { organizationRefsByIds } from './organizations.service.js';
import {
  deletePersonRow,
  findAffiliationRows,
  findPersonRow,
  findPersonThemeIds,
  insertPersonRow,
  redactPersonHistory,
  replaceAffiliations,
  replacePersonThemeIds,
  updatePersonRow,
  type PersonInsert,
  type PersonRow,
} from './people.repository.js';
import type { PersonCreate, PersonDetail, PersonUpdate } from './people.schemas.js';
import { presentPersonView } from './people.service.js';
import { pickGivenFields } from '../../core/records/pick-fields.js';

const personAudit = auditTrail<PersonRow>('person', (row) => `${row.givenName} ${row.familyName}`);
const mergeablePeople: MergeableKind = { table: 'people', entityType: 'person' };

async function validateLinks(ctx: ServiceContext, input: { affiliations?: { organizationId: string }[]; themeIds?: string[] }): Promise<void> {
  if (input.affiliations) {
    const organizations = await organizationRefsByIds(ctx, input.affiliations.map((affiliation) => affiliation.organizationId));
    const issues = input.affiliations.flatMap((affiliation, index) =>
      organizations.has(affiliation.organizationId) ? [] : [{ field: `body.affiliations.${index}.organizationId`, code: 'unknown_reference' as const, message: 'refers to no organization you can see' }],
    );
    if (issues.length > 0) throw validationFailed(issues);
  }
  if (input.themeIds) await requireVisibleThemes(ctx, input.themeIds, 'body.themeIds');
}

const affiliationRows = (input: NonNullable<PersonCreate['affiliations']>) =>
  input.map((affiliation) => ({
    organizationId: affiliation.organizationId,
    role: affiliation.role ?? null,
    fromDate: affiliation.from ?? null,
    toDate: affiliation.to ?? null,
  }));

/**
 * Enters a person. Someone entering another person records the lawful basis for holding their
 * data (consent, contract, legitimate interest, public task); who recorded it and when is kept.
 */
export async function createPerson(ctx: ServiceContext, input: PersonCreate): Promise<PersonDetail> {
  return ctx.transaction(async (tx, ctx) => {
    requireCreateIn(ctx.viewer, input.workspaceId);
    const actor = userIdOf(ctx.viewer);
    if (!input.self && !input.consent) {
      throw invalidField('body.consent', 'consent_required', 'is required when you enter someone else: record the lawful basis for holding their data');
    }
    await validateLinks(ctx, input);
    const row = await insertPersonRow(tx, {
      ...newRecordScope(ctx.viewer, input, 'workspace'),
      givenName: input.givenName,
      familyName: input.familyName,
      honorific: input.honorific ?? null,
      email: input.email ?? null,
      phone: input.phone ?? null,
      languages: input.languages ?? [],
      notes: input.notes ?? null,
      userId: input.self ? actor : null,
      ...(input.consent
        ? {
            consentBasis: input.consent.basis,
            consentObtainedOn: input.consent.obtainedOn ?? null,
            consentNote: input.consent.note ?? null,
            consentRecordedBy: actor,
            consentRecordedAt: new Date(),
          }
        : {}),
    });
    await replaceAffiliations(tx, row.id, affiliationRows(input.affiliations ?? []));
    await replacePersonThemeIds(tx, row.id, input.themeIds ?? []);
    await personAudit.created(tx, ctx, row, auditedPerson(row, { themeIds: input.themeIds ?? [], affiliations: await findAffiliationRows(tx, [row.id]) }));
    return presentPersonView(tx, ctx, row);
  });
}

export async function updatePerson(ctx: ServiceContext, id: string, input: PersonUpdate): Promise<PersonDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findPersonRow(tx, id), 'Person', id);
    if (before.erasedAt) throw actorConflict('person_erased', 'This person has been erased; their record holds no personal data any more');
    await validateLinks(ctx, input);
    const affiliationsBefore = await findAffiliationRows(tx, [id]);
    const themesBefore = (await findPersonThemeIds(tx, [id])).get(id) ?? [];
    const changes: Partial<PersonInsert> = pickGivenFields(input, ['givenName', 'familyName', 'honorific', 'email', 'phone', 'languages', 'notes', 'visibility'] as const);
    if (input.consent) {
      Object.assign(changes, {
        consentBasis: input.consent.basis,
        consentObtainedOn: input.consent.obtainedOn ?? null,
        consentNote: input.consent.note ?? null,
        consentRecordedBy: userIdOf(ctx.viewer),
        consentRecordedAt: new Date(),
      });
    }
    const row = await updatePersonRow(tx, id, changes);
    if (input.affiliations) await replaceAffiliations(tx, id, affiliationRows(input.affiliations));
    if (input.themeIds) await replacePersonThemeIds(tx, id, input.themeIds);
    await personAudit.updated(tx, ctx, row, auditedPerson(before, { themeIds: themesBefore, affiliations: affiliationsBefore }), auditedPerson(row, { themeIds: input.themeIds ?? themesBefore, affiliations: await findAffiliationRows(tx, [id]) }));
    return presentPersonView(tx, ctx, row);
  });
}

export async function deletePerson(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findPersonRow(tx, id), 'Person', id);
    await redactPersonHistory(tx, id);
    await deletePersonRow(tx, id);
    await recordAuditEvent(tx, ctx, { workspaceId: before.workspaceId, action: 'delete', entityType: 'person', entityId: id, label: null, before: null });
  });
}

/**
 * Erases a person (GDPR Art. 17): names, contacts, notes, languages and themes go, and so do the
 * values in the record's history; the record stays as an anonymous placeholder, so organizations
 * keep the count and roles of their affiliations.
 */
export async function erasePerson(ctx: ServiceContext, id: string): Promise<PersonDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findPersonRow(tx, id), 'Person', id);
    if (before.erasedAt) throw actorConflict('person_erased', 'This person has been erased already');
    const row = await updatePersonRow(tx, id, {
      givenName: ANONYMISED,
      familyName: '',
      honorific: null,
      email: null,
      phone: null,
      languages: [],
      notes: null,
      userId: null,
      consentBasis: null,
      consentObtainedOn: null,
      consentNote: null,
      consentRecordedBy: null,
      consentRecordedAt: null,
      erasedAt: new Date(),
    });
    await replacePersonThemeIds(tx, id, []);
    await redactPersonHistory(tx, id);
    await recordAuditEvent(tx, ctx, {
      workspaceId: row.workspaceId,
      action: 'update',
      entityType: 'person',
      entityId: id,
      label: ANONYMISED,
      before: { erased: false },
      after: { erased: true, erasedAt: row.erasedAt },
    });
    return presentPersonView(tx, ctx, row);
  });
}

export async function mergePerson(ctx: ServiceContext, id: string, intoId: string) {
  return ctx.transaction(async (tx, ctx) => {
    const from = requireEdit(ctx.viewer, await findPersonRow(tx, id), 'Person', id);
    const into = requireMergeTarget(ctx.viewer, await findPersonRow(tx, intoId), 'person', 'edit');
    return mergeRecords(tx, ctx, mergeablePeople, { from, intoId, label: `${into.givenName} ${into.familyName}`, mergedRecord: auditedPerson(from) });
  });
}

export const undoPersonMerge = undoMergeOf('person');
