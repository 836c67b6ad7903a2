import { stringify } from 'csv-stringify/sync';
import { eq } from 'drizzle-orm';
import { strToU8, zipSync } from 'fflate';
import type { Db } from '../../core/db/client.js';
import { systemViewer } from '../../core/auth/viewer.js';
import { insideTransaction, type ServiceContext } from '../../core/service-context.js';
import { readPackageResources, type PackageResource } from './open-data-package.resources.js';
import { openDataPackages } from './open-data.tables.js';

const CURRENT = 'current';
const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

export interface OpenDataPackage {
  builtAt: Date;
  archive: Uint8Array;
  rowCounts: Record<string, number>;
}

/** Links to records that are not in the package are left empty, so every foreign key holds. */
function withoutDanglingLinks(resources: PackageResource[]): PackageResource[] {
  const ids = new Map(resources.map((resource) => [resource.name, new Set(resource.rows.map((row) => String(row.id)))]));
  return resources.map((resource) => {
    const links = resource.fields.filter((field) => field.references);
    const rows = resource.rows.map((row) => {
      const kept = { ...row };
      for (const field of links) if (kept[field.name] !== null && !ids.get(field.references!)?.has(String(kept[field.name]))) kept[field.name] = null;
      return kept;
    });
    return { ...resource, rows };
  });
}

/** The links to other rows; a link within the same resource names no resource. The standard wants no empty list. */
function foreignKeysOf(resource: PackageResource) {
  const foreignKeys = resource.fields
    .filter((field) => field.references)
    .map((field) => ({ fields: [field.name], reference: field.references === resource.name ? { fields: ['id'] } : { resource: field.references, fields: ['id'] } }));
  return foreignKeys.length > 0 ? { foreignKeys } : {};
}

/** The Frictionless Data Package descriptor: every resource with its fields, types and keys. */
export function dataPackageDescriptor(resources: PackageResource[], builtAt: Date) {
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: 'stadtdialog-open-data',
    title: 'Stadtdialog: municipal partnerships and exchanges',
    description: 'The public records of this Stadtdialog installation: partnerships, exchanges, projects, funding, organisations and the people who agreed to be named.',
    created: builtAt.toISOString(),
    resources: resources.map((resource) => ({
      name: resource.name,
      type: 'table',
      path: `data/${resource.name}.csv`,
      title: resource.title,
      description: resource.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: resource.fields.map((field) => ({
          name: field.name,
          type: field.type,
          ...(field.format ? { format: field.format } : {}),
          description: field.description,
        })),
        primaryKey: resource.primaryKey,
        ...foreignKeysOf(resource),
        missingValues: [''],
      },
    })),
  };
}

const csvOf = (resource: PackageResource) =>
  stringify(
    resource.rows.map((row) => resource.fields.map((field) => row[field.name] ?? '')),
    { header: true, columns: resource.fields.map((field) => field.name), record_delimiter: 'windows' },
  );

/** Reads every public record and packs the CSV files and their descriptor into one zip archive. */
export async function buildOpenDataPackage(ctx: ServiceContext): Promise<OpenDataPackage> {
  const builtAt = new Date();
  const resources = withoutDanglingLinks(await readPackageResources(ctx));
  const files: Record<string, Uint8Array> = { 'datapackage.json': strToU8(JSON.stringify(dataPackageDescriptor(resources, builtAt), null, 2)) };
  for (const resource of resources) files[`data/${resource.name}.csv`] = strToU8(csvOf(resource));
  const archive = zipSync(files, { level: 6, mtime: builtAt });
  return { builtAt, archive, rowCounts: Object.fromEntries(resources.map((resource) => [resource.name, resource.rows.length])) };
}

/** Builds the package anew and keeps it for the next downloads; the nightly job. */
export async function refreshOpenDataPackage(db: Db): Promise<OpenDataPackage> {
  const built = await buildOpenDataPackage(insideTransaction({ viewer: systemViewer, requestId: null }, db));
  const row = { builtAt: built.builtAt, archive: Buffer.from(built.archive), bytes: built.archive.byteLength, rowCounts: built.rowCounts };
  await db
    .insert(openDataPackages)
    .values({ name: CURRENT, ...row })
    .onConflictDoUpdate({ target: openDataPackages.name, set: row });
  return built;
}

/**
 * The package as the nightly job last built it; before the first night, built now from what a
 * visitor may see (the same public records).
 */
export async function currentOpenDataPackage(ctx: ServiceContext): Promise<OpenDataPackage> {
  return ctx.transaction(async (tx, ctx) => {
    const [stored] = await tx.select().from(openDataPackages).where(eq(openDataPackages.name, CURRENT));
    if (stored) return { builtAt: stored.builtAt, archive: new Uint8Array(stored.archive), rowCounts: stored.rowCounts };
    return buildOpenDataPackage(ctx);
  });
}
