import { canEdit, canRead, requireCreateIn, requireEdit } from '../../core/auth/policy.js';
import type { DbExecutor } from '../../core/db/client.js';
import { invalidField, validationFailed, type FieldIssue } from '../../core/errors.js';
import type { ServiceContext } from '../../core/service-context.js';
import { deleteUnlessReferenced, mergeRecords, requireMergeTarget, undoMerge, type DeletableKind } from '../merging/merging.service.js';
import { isCountryCode } from '../../core/names/country-names.js';
import { plainKey } from '../../core/names/name-keys.js';
import { newRecordScope } from '../../core/records/record-visibility.js';
import { placeNameRows } from './names/place-name-rows.js';
import { replacePlaceNameRows } from './place-names.repository.js';
import { auditedPlace } from './places.presenter.js';
import { deletePlaceRow, findPlaceRow, insertPlaceRow, isSelfOrDescendant, updatePlaceRow, type PlaceInsert, type PlaceRow } from './places.repository.js';
import type { PlaceCreate, PlaceDetail, PlaceUpdate } from './places.schemas.js';
import type { PlaceKind } from './places.tables.js';
import { placeConflict } from './places.errors.js';
import { auditTrail } from '../audit/audit.service.js';
import { presentDetail } from './places.service.js';
import { pickGivenFields } from '../../core/records/pick-fields.js';

const placeAudit = auditTrail<PlaceRow>('place', (row) => row.name);

const mergeablePlaces: DeletableKind = {
  table: 'places',
  entityType: 'place',
  partTables: ['place_names'],
  derivedTables: ['place_names'],
  tree: { isSelfOrDescendant, refusal: 'cannot be the place itself or a place inside it' },
  stillReferenced: (references) => placeConflict('place_referenced', `The place is still referred to by ${references}; merge it into another place instead`),
};

/** Which kinds of place may lie directly below which. */
const ALLOWED_PARENTS: Record<PlaceKind, PlaceKind[]> = {
  country: [],
  state: ['country', 'state'],
  municipality: ['country', 'state'],
  district: ['municipality'],
  quarter: ['municipality', 'district'],
  area: ['municipality', 'district', 'quarter'],
};

interface PlaceShape {
  kind: PlaceKind;
  parentId: string | null;
  countryCode: string | null;
}

/** Checks the tree position of a place; returns the country it inherits from its parent. */
async function validateShape(tx: DbExecutor, ctx: ServiceContext, shape: PlaceShape, selfId: string | null): Promise<string | null> {
  const issues: FieldIssue[] = [];
  if (shape.kind === 'country') issues.push({ field: 'body.kind', code: 'parent_kind_not_allowed', message: 'countries come from the gazetteer; choose state, municipality, district, quarter or area' });
  if (shape.countryCode && !isCountryCode(shape.countryCode)) issues.push({ field: 'body.countryCode', code: 'invalid_country', message: 'is not an ISO 3166-1 country code' });
  let country = shape.countryCode;
  if (shape.parentId) {
    const parent = await findPlaceRow(tx, shape.parentId);
    if (!parent || !canRead(ctx.viewer, parent)) {
      issues.push({ field: 'body.parentId', code: 'unknown_reference', message: 'refers to no place you can see' });
    } else {
      if (!ALLOWED_PARENTS[shape.kind].includes(parent.kind)) {
        issues.push({ field: 'body.parentId', code: 'parent_kind_not_allowed', message: `a ${shape.kind} cannot lie in a ${parent.kind}; allowed: ${ALLOWED_PARENTS[shape.kind].join(', ') || 'none'}` });
      }
      if (selfId && (await isSelfOrDescendant(tx, selfId, parent.id))) issues.push({ field: 'body.parentId', code: 'merge_into_self', message: 'cannot be the place itself or a place inside it' });
      if (country && parent.countryCode && country !== parent.countryCode) issues.push({ field: 'body.countryCode', code: 'country_mismatch', message: `must be ${parent.countryCode}, the country of the parent` });
      country = country ?? parent.countryCode;
    }
  } else if (['district', 'quarter', 'area'].includes(shape.kind)) {
    issues.push({ field: 'body.parentId', code: 'required', message: `is required: a ${shape.kind} lies in a municipality` });
  }
  if (issues.length > 0) throw validationFailed(issues);
  return country ?? null;
}

const cleanAliases = (aliases: string[] | undefined) => (aliases ? [...new Set(aliases.map((alias) => alias.trim()).filter(Boolean))] : undefined);

async function writeNames(tx: DbExecutor, row: PlaceRow): Promise<void> {
  await replacePlaceNameRows(tx, [row.id], placeNameRows(row));
}

export async function createPlace(ctx: ServiceContext, input: PlaceCreate): Promise<PlaceDetail> {
  return ctx.transaction(async (tx, ctx) => {
    requireCreateIn(ctx.viewer, input.workspaceId);
    const countryCode = await validateShape(tx, ctx, { kind: input.kind, parentId: input.parentId ?? null, countryCode: input.countryCode ?? null }, null);
    const row = await insertPlaceRow(tx, {
      ...newRecordScope(ctx.viewer, input, 'workspace'),
      kind: input.kind,
      parentId: input.parentId ?? null,
      name: input.name,
      names: input.names ?? {},
      aliases: cleanAliases(input.aliases) ?? [],
      countryCode,
      isoCode: input.isoCode ?? null,
      ags: input.ags ?? null,
      katottg: input.katottg ?? null,
      population: input.population ?? null,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
    });
    await writeNames(tx, row);
    await placeAudit.created(tx, ctx, row, auditedPlace(row));
    return presentDetail(tx, ctx, row);
  });
}

export async function updatePlace(ctx: ServiceContext, id: string, input: PlaceUpdate): Promise<PlaceDetail> {
  return ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findPlaceRow(tx, id), 'Place', id);
    const kind = input.kind ?? before.kind;
    const parentId = input.parentId === undefined ? before.parentId : input.parentId;
    const shapeChanged = input.kind !== undefined || input.parentId !== undefined || input.countryCode !== undefined;
    const countryCode = shapeChanged
      ? await validateShape(tx, ctx, { kind, parentId, countryCode: input.countryCode === undefined ? before.countryCode : input.countryCode }, id)
      : before.countryCode;
    const changes: Partial<PlaceInsert> = { kind, parentId, countryCode, ...pickGivenFields(input, ['name', 'names', 'visibility', 'isoCode', 'ags', 'katottg', 'population', 'latitude', 'longitude'] as const) };
    if (input.aliases !== undefined) changes.aliases = cleanAliases(input.aliases);
    const row = await updatePlaceRow(tx, id, changes);
    await writeNames(tx, row);
    await placeAudit.updated(tx, ctx, row, auditedPlace(before), auditedPlace(row));
    return presentDetail(tx, ctx, row);
  });
}

export async function deletePlace(ctx: ServiceContext, id: string): Promise<void> {
  await ctx.transaction(async (tx, ctx) => {
    const before = requireEdit(ctx.viewer, await findPlaceRow(tx, id), 'Place', id);
    await deleteUnlessReferenced(tx, mergeablePlaces, id, () => deletePlaceRow(tx, id));
    await placeAudit.deleted(tx, ctx, before, auditedPlace(before));
  });
}

/** The codes and figures a remaining place takes over from a merged one where it lacks them, and gets back when the merge is undone. */
const TAKEN_OVER_FIELDS = ['geonamesId', 'ags', 'katottg', 'population', 'latitude', 'longitude'] as const;
type TakenOver = Pick<PlaceInsert, (typeof TAKEN_OVER_FIELDS)[number]>;
const takenOver = (valueOf: (field: keyof TakenOver) => unknown) => Object.fromEntries(TAKEN_OVER_FIELDS.map((field) => [field, valueOf(field)])) as TakenOver;

/** What the remaining place takes over from the merged one: its spellings, and codes it lacks. */
function absorb(into: PlaceRow, from: PlaceRow): Partial<PlaceInsert> {
  const known = new Set([into.name, ...Object.values(into.names), ...into.aliases].map(plainKey));
  const aliases = [...into.aliases];
  for (const spelling of [from.name, ...Object.values(from.names), ...from.aliases]) {
    const key = plainKey(spelling);
    if (key && !known.has(key)) {
      known.add(key);
      aliases.push(spelling);
    }
  }
  return { aliases, ...takenOver((field) => into[field] ?? from[field]) };
}

export async function mergePlace(ctx: ServiceContext, id: string, intoId: string) {
  return ctx.transaction(async (tx, ctx) => {
    const from = requireEdit(ctx.viewer, await findPlaceRow(tx, id), 'Place', id);
    const into = requireMergeTarget(ctx.viewer, await findPlaceRow(tx, intoId), 'place');
    if (into.kind !== from.kind) throw invalidField('body.into', 'merge_kind_mismatch', `must be a ${from.kind} like the place merged into it`);
    const takeOver = canEdit(ctx.viewer, into) ? absorb(into, from) : null;
    const answer = await mergeRecords(tx, ctx, mergeablePlaces, {
      from,
      intoId,
      label: into.name,
      mergedRecord: auditedPlace(from),
      into: takeOver ? { before: auditedPlace(into), after: { ...auditedPlace(into), ...takeOver } } : undefined,
    });
    const remaining = takeOver ? await updatePlaceRow(tx, intoId, takeOver) : into;
    await writeNames(tx, remaining);
    return answer;
  });
}

export async function undoPlaceMerge(ctx: ServiceContext, eventId: number) {
  return ctx.transaction(async (tx, ctx) => {
    const undone = await undoMerge(tx, ctx, eventId, 'place', async (intoId, intoBefore) => {
      if (!intoBefore) return;
      const into = await findPlaceRow(tx, intoId);
      if (!into || !canEdit(ctx.viewer, into)) return;
      const fields = intoBefore as Partial<PlaceRow>;
      await updatePlaceRow(tx, intoId, { aliases: fields.aliases, ...takenOver((field) => fields[field] ?? null) });
    });
    for (const placeId of [undone.restoredId, undone.into]) {
      const row = await findPlaceRow(tx, placeId);
      if (row) await writeNames(tx, row);
    }
    return undone;
  });
}
