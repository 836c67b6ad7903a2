import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import type { Db } from '../../src/core/db/client.js';
import { REFERENCE_WORKSPACE_ID } from '../../src/core/records/reference-workspace.js';
import { themes } from '../../src/modules/themes/themes.tables.js';
import type { TestUser } from './test-users.js';

/** The ids of the shipped reference themes by slug: `(await referenceThemeIds(db))['energy-networks']`. */
export async function referenceThemeIds(db: Db): Promise<Record<string, string>> {
  const rows = await db.select({ id: themes.id, slug: themes.slug }).from(themes).where(eq(themes.workspaceId, REFERENCE_WORKSPACE_ID));
  return Object.fromEntries(rows.map((row) => [row.slug, row.id]));
}

export interface CreatedProfile {
  id: string;
  needs: { id: string; until: string | null }[];
  offers: { id: string }[];
}

/** A function that creates a matching profile as `user` through the API, expects it created and answers it (typed as the caller needs it). */
export function profileCreator(app: () => FastifyInstance) {
  return async <Profile = CreatedProfile>(user: TestUser, payload: object): Promise<Profile> => {
    const response = await app().inject({ method: 'POST', url: '/api/matching/profiles', headers: user.headers, payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as Profile;
  };
}
