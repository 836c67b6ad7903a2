import { createHash } from 'node:crypto';
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../support/test-app.js';
import { casesFor, type FuzzCase } from './fuzz-cases.js';
import { createFuzzWorld, ownerCredentials, type OwnerCredentials } from './fuzz-fixtures.js';
import { operationsOf, type OpenApiDocument, type Operation } from './openapi-operations.js';
import { FuzzTally } from './fuzz-tally.js';
import { createResponseChecker } from './response-check.js';

/**
 * Change FUZZ_SEED to explore other inputs, FUZZ_RUNS to try more (or fewer) per operation and
 * visitor; FUZZ_VERBOSE lists the operations no generated request got through to success, and
 * FUZZ_DEBUG="POST /api/partnerships" prints every request to that operation with its answer;
 * FUZZ_ONLY="/api/search" tries only the operations whose method and path contain it.
 */
const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20260301);
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const ACTORS = ['anonymous', 'owner'] as const;
type Actor = (typeof ACTORS)[number];

const seedOf = (key: string) => createHash('sha256').update(`${BASE_SEED} ${key}`).digest().readInt32LE(0);
const randomAddress = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

async function sessionOf(app: FastifyInstance, cookie: string): Promise<{ csrfToken: string; cookie: string }> {
  const response = await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
  const csrfCookie = response.cookies.find((candidate) => candidate.name === '_csrf');
  return { csrfToken: response.json().csrfToken, cookie: csrfCookie ? `${cookie}; _csrf=${csrfCookie.value}` : cookie };
}

function requestOf(operation: Operation, fuzzCase: FuzzCase, actor: Actor, credentials: OwnerCredentials, index: number): InjectOptions {
  const headers: Record<string, string> = {};
  if (fuzzCase.contentType) headers['content-type'] = fuzzCase.contentType;
  if (actor === 'owner' && index % 2 === 0) headers.authorization = credentials.bearer;
  if (actor === 'owner' && index % 2 === 1) Object.assign(headers, { cookie: credentials.cookie, 'x-csrf-token': credentials.csrfToken });
  return {
    method: operation.method as InjectOptions['method'],
    url: fuzzCase.url,
    headers,
    remoteAddress: randomAddress(),
    ...(fuzzCase.payload !== undefined ? { payload: fuzzCase.payload } : {}),
  };
}

/**
 * Tries every operation of the app's own OpenAPI document (this part's share of them) as an
 * anonymous visitor and as the owner of a workspace full of records, with valid, boundary and
 * hostile requests derived from the documented schemas. Fails on any 5xx and on any answer the
 * document does not describe.
 */
export function describeFuzzPart(part: number, parts: number): void {
  describe(`OpenAPI fuzz, part ${part + 1} of ${parts}`, () => {
    const testApp = useTestApp({ demoData: true });

    it('answers every generated request as the API description says', { timeout: 600_000 }, async () => {
      const started = Date.now();
      const { app, database } = testApp.current;
      const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApiDocument;
      const world = await createFuzzWorld(database.db);
      const check = createResponseChecker(document);
      const operations = operationsOf(document)
        .filter((operation) => !process.env.FUZZ_ONLY || `${operation.method} ${operation.path}`.includes(process.env.FUZZ_ONLY))
        .filter((_, index) => index % parts === part);
      const tally = new FuzzTally(operations);

      for (const operation of operations) {
        const credentials = await ownerCredentials(database.db, world, (cookie) => sessionOf(app, cookie));
        for (const actor of ACTORS) {
          const key = `${operation.method} ${operation.path} as ${actor}`;
          const cases = fc.sample(casesFor(operation, world.idsByField, world.pathIdOf), { seed: seedOf(key), numRuns: RUNS });
          for (const [index, fuzzCase] of cases.entries()) {
            const response = await app.inject(requestOf(operation, fuzzCase, actor, credentials, index));
            if (process.env.FUZZ_DEBUG === `${operation.method} ${operation.path}`) {
              console.log(actor, fuzzCase.kind, fuzzCase.url.slice(0, 200), String(fuzzCase.payload ?? '').slice(0, 300), '→', response.statusCode, response.body.slice(0, 300));
            }
            tally.count(operation, fuzzCase, response.statusCode);
            const problem = check(operation, { statusCode: response.statusCode, contentType: response.headers['content-type'] as string | undefined, body: response.body });
            if (problem) tally.fail(key, operation, fuzzCase, problem);
          }
        }
      }

      const heading =
        `OpenAPI fuzz part ${part + 1}/${parts} (seed ${BASE_SEED}, ${RUNS} runs per operation and visitor): ` +
        `${operations.length} operations × ${ACTORS.length} visitors = ${tally.requests} requests in ${((Date.now() - started) / 1000).toFixed(1)} s`;
      console.log(tally.summary(heading, Boolean(process.env.FUZZ_VERBOSE)));
      expect(tally.failureReport()).toEqual([]);
    });
  });
}
