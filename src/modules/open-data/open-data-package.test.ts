import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { requester, workspaceWithRoles } from '../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { eq } from 'drizzle-orm';
import { startJobRunner } from '../../core/jobs/job-runner.js';
import { QUEUES } from '../../core/jobs/queues.js';
import { createLogger } from '../../core/logger.js';
import { backgroundWork } from '../../jobs.js';
import { testConfig } from '../../../test/support/test-app.js';
import { refreshOpenDataPackage } from './open-data-package.service.js';
import { openDataPackages } from './open-data.tables.js';
import { organizations } from '../actors/organizations.tables.js';
import { projects } from '../projects/projects.tables.js';

const PROFILE = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../test/fixtures/datapackage-schema/datapackage.json'), 'utf8')) as object;
const validateDescriptor = new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(PROFILE);

interface Descriptor {
  resources: { name: string; path: string; schema: { fields: { name: string }[]; foreignKeys?: { fields: string[]; reference: { resource?: string; fields: string[] } }[] } }[];
}

function unpack(body: Buffer) {
  const files = unzipSync(new Uint8Array(body));
  const descriptor = JSON.parse(strFromU8(files['datapackage.json']!)) as Descriptor;
  const tables = new Map(
    descriptor.resources.map((resource) => [resource.name, parse(strFromU8(files[resource.path]!), { columns: true, bom: true }) as Record<string, string>[]]),
  );
  return { files, descriptor, tables };
}

describe('open-data package', () => {
  const testApp = useTestApp();
  const send = requester(() => testApp.current.app);
  const download = async () => {
    const response = await testApp.current.app.inject({ method: 'GET', url: '/api/open-data.zip' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    return { ...unpack(response.rawPayload), lastModified: response.headers['last-modified'] };
  };

  it('packs the public records as CSV files with a descriptor valid against the Data Package schema, every link resolving', async () => {
    const { descriptor, files, tables } = await download();
    expect(validateDescriptor(descriptor), JSON.stringify(validateDescriptor.errors)).toBe(true);
    expect(validateDescriptor({ resources: [{ name: 'no path or data' }] })).toBe(false);
    expect(Object.keys(files).sort()).toEqual(['datapackage.json', ...descriptor.resources.map((resource) => resource.path)].sort());
    for (const resource of descriptor.resources) {
      const header = strFromU8(files[resource.path]!).split('\r\n')[0]!.split(',');
      expect(header, resource.name).toEqual(resource.schema.fields.map((field) => field.name));
      for (const key of resource.schema.foreignKeys ?? []) {
        const target = new Set(tables.get(key.reference.resource ?? resource.name)!.map((row) => row.id));
        for (const row of tables.get(resource.name)!) {
          const value = row[key.fields[0]!];
          if (value) expect(target.has(value), `${resource.name}.${key.fields[0]} → ${value}`).toBe(true);
        }
      }
    }
    for (const name of ['organizations', 'partnerships', 'exchanges', 'projects', 'places', 'themes']) expect(tables.get(name)!.length, name).toBeGreaterThan(0);
  });

  it('stays valid with a thousand generated projects and their carriers', async () => {
    const { db } = testApp.current.database;
    const { workspace } = await workspaceWithRoles(db, 'Programmbüro Offene Daten');
    const carriers = await db
      .insert(organizations)
      .values(Array.from({ length: 100 }, (_, index) => ({ workspaceId: workspace.id, visibility: index % 10 === 0 ? ('workspace' as const) : ('public' as const), kind: 'municipal_office' as const, name: `Amt ${index}; „Quartier“, Nord` })))
      .returning({ id: organizations.id });
    await db.insert(projects).values(
      Array.from({ length: 1000 }, (_, index) => ({
        workspaceId: workspace.id,
        visibility: 'public' as const,
        title: { de: `Vorhaben ${index}, "zitiert"\nzweite Zeile`, uk: `Проєкт ${index}` },
        carrierOrganizationId: carriers[index % carriers.length]!.id,
        startDate: `20${10 + (index % 15)}-01-01`,
        budget: index % 3 === 0 ? null : 1000.5 + index,
      })),
    );
    await refreshOpenDataPackage(db);
    const { descriptor, tables } = await download();
    expect(validateDescriptor(descriptor), JSON.stringify(validateDescriptor.errors)).toBe(true);
    const generated = tables.get('projects')!.filter((row) => row.title_uk?.startsWith('Проєкт '));
    expect(generated).toHaveLength(1000);
    const organizationIds = new Set(tables.get('organizations')!.map((row) => row.id));
    // A carrier that is not public is left out, and the link to it is left empty.
    expect(generated.filter((row) => row.carrier_organization_id === '')).toHaveLength(100);
    expect(generated.every((row) => row.carrier_organization_id === '' || organizationIds.has(row.carrier_organization_id!))).toBe(true);
    expect(generated.find((row) => row.title_uk === 'Проєкт 7')!.title_de).toBe('Vorhaben 7, "zitiert"\nzweite Zeile');
  });

  it('holds only public records, and serves the nightly build until the next one', async () => {
    const { workspace, coordinator } = await workspaceWithRoles(testApp.current.database.db, 'Offene Daten');
    const project = (title: string, visibility: string) =>
      send('POST', '/api/projects', coordinator, { workspaceId: workspace.id, title: { de: title }, visibility, startDate: '2025-01-01' });
    const open = await project('Offenes Vorhaben', 'public');
    const internal = await project('Internes Vorhaben', 'workspace');
    expect([open.status, internal.status]).toEqual([201, 201]);
    await refreshOpenDataPackage(testApp.current.database.db);

    const nightly = await download();
    const projectIds = nightly.tables.get('projects')!.map((row) => row.id);
    expect(projectIds).toContain(open.body.id);
    expect(projectIds).not.toContain(internal.body.id);

    const later = await project('Späteres Vorhaben', 'public');
    const same = await download();
    expect(same.lastModified).toBe(nightly.lastModified);
    expect(same.tables.get('projects')!.map((row) => row.id)).not.toContain(later.body.id);
    await refreshOpenDataPackage(testApp.current.database.db);
    expect((await download()).tables.get('projects')!.map((row) => row.id)).toContain(later.body.id);
  });

  it('is rebuilt by the nightly job through the job queue', async () => {
    const { database } = testApp.current;
    const work = backgroundWork(database.db, testConfig(), createLogger('silent'));
    expect(work.schedules).toContainEqual({ queue: QUEUES.refreshOpenData, cron: '23 2 * * *' });
    const runner = await startJobRunner({
      pool: database.pool,
      logger: createLogger('silent'),
      handlers: work.handlers.filter((handler) => handler.queue === QUEUES.refreshOpenData),
      pollingIntervalSeconds: 0.5,
    });
    try {
      const before = new Date();
      await runner.trigger(QUEUES.refreshOpenData);
      const deadline = Date.now() + 60_000;
      let builtAt: Date | undefined;
      while (Date.now() < deadline && !(builtAt && builtAt >= before)) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        [{ builtAt } = { builtAt: undefined }] = await database.db.select({ builtAt: openDataPackages.builtAt }).from(openDataPackages).where(eq(openDataPackages.name, 'current'));
      }
      expect(builtAt!.getTime()).toBeGreaterThanOrEqual(before.getTime());
    } finally {
      await runner.stop();
      await work.close();
    }
  });
});
