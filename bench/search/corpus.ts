import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type pg from 'pg';
import type { SearchType } from '../../src/modules/knowledge/search/search.types.js';

const DATA = path.join(import.meta.dirname, '..', 'data', 'search');
const read = <T>(file: string): T => JSON.parse(readFileSync(path.join(DATA, file), 'utf8')) as T;

interface Records {
  themes: { key: string; slug: string; name: Record<string, string> }[];
  places: { key: string; kind: string; parent?: string; name: string; names?: Record<string, string>; aliases?: string[]; countryCode: string; population?: number }[];
  organizations: { key: string; kind: string; name: string; shortName?: string; names?: Record<string, string>; seat?: string; countryCode?: string; description?: Record<string, string> }[];
  partnerships: { key: string; kind: string; title: Record<string, string>; description?: Record<string, string>; since: string; parties: string[]; themes?: string[] }[];
  exchanges: { key: string; kind: string; title: Record<string, string>; description?: Record<string, string>; startDate: string; endDate: string; venue: string; status: string; themes?: string[] }[];
}

interface CorpusDocument {
  key: string;
  kind: string;
  language: string;
  publishedOn: string;
  title: string;
  text: string;
  links: string[];
}

export interface JudgedQuery {
  q: string;
  covers: string;
  /** Corpus keys with their grade: 3 the record sought, 2 clearly relevant, 1 related. */
  relevant: Record<string, number>;
}

export const judgedQueries = () => read<JudgedQuery[]>('queries.json');

/**
 * The `development-2` part: queries written and judged after the search learnt compounds,
 * Ukrainian forms, other languages and the place of unreferenced towns, as a held-out part; the
 * ranking has been tuned while reading them since, so they count as development data. They judge
 * the whole corpus, including the documents of `documents-heldout.json`.
 */
export const developmentQueries = () => read<JudgedQuery[]>('queries-heldout.json');

/**
 * The `development-3` part: queries written and judged blind as the second held-out part, while
 * the search rules were being changed, about new subjects (waste, street trees, trams, libraries,
 * shelters, training, care, lighting) and new towns; measured once as held out, read while tuning
 * since, so development data now. They judge the whole corpus, with the records of
 * `records-heldout-2.json` and the documents of `documents-heldout-2.json`.
 */
export const development3Queries = () => read<JudgedQuery[]>('queries-heldout-2.json');

/**
 * The fourth development part: queries written and judged blind as held-out-3, read while tuning
 * since, about subjects and
 * towns the earlier parts hardly touch (fire brigades, water meters, depots, cycling, cemeteries,
 * allotments, digital town halls, youth exchanges, floods, school meals, refugee housing, sports
 * grounds, market halls, small heat networks); they judge the whole corpus, with the records of
 * `records-heldout-3.json` and the documents of `documents-heldout-3.json`.
 */
export const development4Queries = () => read<JudgedQuery[]>('queries-heldout-3.json');

/**
 * The part written blind as the fourth held-out part (`held-out-4`), read while tuning since, so now
 * development data (`development-5`): queries about subjects and
 * towns the earlier parts hardly touch (step-free streets, ambulances, rubble recycling, veterans
 * and psychological help, animal shelters, village heads, snow clearing, bridges and demining,
 * relocated businesses); they judge the whole corpus, with the records of
 * `records-heldout-4.json` and the documents of `documents-heldout-4.json`.
 */
export const development5Queries = () => read<JudgedQuery[]>('queries-heldout-4.json');

/**
 * The part written blind as the fifth held-out part (`held-out-5`), measured once as such and
 * studied since, so now development data (`development-6`): queries about subjects and
 * towns the earlier parts hardly touch (heat pumps in kindergartens, energy cooperatives, mobile
 * service centres, shelters in schools, public procurement, twin-town choirs and sports clubs,
 * mobile libraries, war graves and remembrance, youth councils, low-floor buses, dormitories for
 * displaced people); they judge the whole corpus, with the records of `records-heldout-5.json` and
 * the documents of `documents-heldout-5.json`.
 */
export const development6Queries = () => read<JudgedQuery[]>('queries-heldout-5.json');

/**
 * The sixth held-out part: queries written and judged blind, never tuned on, about subjects and
 * towns the earlier parts hardly touch (hospital partnerships, waste-water treatment, municipal
 * enterprises, aid convoys and their logistics, tourism marketing, twinning anniversaries, student
 * exchanges and apprenticeships, seniors' clubs, LED street lighting, playgrounds, public toilets,
 * planning documents and land records, open data, community gardens); they judge the whole corpus,
 * with the records of `records-heldout-6.json` and the documents of `documents-heldout-6.json`.
 */
export const heldOut6Queries = () => read<JudgedQuery[]>('queries-heldout-6.json');

/**
 * The seventh held-out part: queries written and judged blind, never tuned on, about subjects and
 * towns the earlier parts hardly touch (rainwater retention and sponge towns, urban trees and forest
 * fires, electric buses and cycle networks, monument protection and remembrance, twin-town fairs,
 * library makerspaces and music schools, climate plans, civic budgets and municipal communication,
 * one-stop service halls, demining of public spaces, school canteens, youth sport camps, jobs for
 * displaced people); they judge the whole corpus, with the records of `records-heldout-7.json` and
 * the documents of `documents-heldout-7.json`.
 */
export const heldOut7Queries = () => read<JudgedQuery[]>('queries-heldout-7.json');

/**
 * The eighth held-out part: queries written and judged blind, never tuned on, about subjects and
 * towns the earlier parts hardly touch (water operator partnerships of small utilities, solar power
 * with storage for a hospital, staff shadowing and apprentices' placements in partner town halls,
 * information security, rehabilitation of the war-injured, home hospice and palliative care,
 * composting of bio-waste, EU accession and EU funds); they judge the whole corpus, with the records
 * of `records-heldout-8.json` and the documents of `documents-heldout-8.json`.
 */
export const heldOut8Queries = () => read<JudgedQuery[]>('queries-heldout-8.json');

/** The records of every part, the later files' lists after the first file's. */
function allRecords(): Records {
  const parts = [read<Records>('records.json'), read<Records>('records-heldout-2.json'), read<Records>('records-heldout-3.json'), read<Records>('records-heldout-4.json'), read<Records>('records-heldout-5.json'), read<Records>('records-heldout-6.json'), read<Records>('records-heldout-7.json'), read<Records>('records-heldout-8.json')];
  return {
    themes: parts.flatMap((part) => part.themes),
    places: parts.flatMap((part) => part.places),
    organizations: parts.flatMap((part) => part.organizations),
    partnerships: parts.flatMap((part) => part.partnerships),
    exchanges: parts.flatMap((part) => part.exchanges),
  };
}

/** The judged documents of every part. */
export const corpusDocuments = () =>
  ['documents.json', 'documents-heldout.json', 'documents-heldout-2.json', 'documents-heldout-3.json', 'documents-heldout-4.json', 'documents-heldout-5.json', 'documents-heldout-6.json', 'documents-heldout-7.json', 'documents-heldout-8.json'].flatMap((file) => read<CorpusDocument[]>(file));

/** What a corpus key stands for in the search results. */
export interface CorpusEntry {
  type: SearchType;
  id: string;
}

/**
 * Writes the judged corpus through the API, as an owner of the bench workspace, every record
 * public, so the triggers index it as in production; remembers key → id in `bench_corpus`.
 */
export async function loadCorpus(app: FastifyInstance, pool: pg.Pool, workspaceId: string, headers: Record<string, string>): Promise<Map<string, CorpusEntry>> {
  const records = allRecords();
  const documents = corpusDocuments();
  const entries = new Map<string, CorpusEntry>();
  const post = async (type: SearchType, url: string, key: string, body: object) => {
    const response = await app.inject({ method: 'POST', url, headers, payload: { workspaceId, visibility: 'public', ...body } });
    if (response.statusCode !== 201 && response.statusCode !== 200) throw new Error(`POST ${url} (${key}) answered ${response.statusCode}: ${response.body.slice(0, 400)}`);
    entries.set(key, { type, id: (response.json() as { id: string }).id });
  };
  const id = (key: string) => {
    const entry = entries.get(key);
    if (!entry) throw new Error(`The corpus names ${key} before it is written`);
    return entry.id;
  };
  for (const theme of records.themes) await post('theme', '/api/themes', theme.key, { slug: theme.slug, name: theme.name });
  for (const place of records.places) {
    const { key, parent, ...fields } = place;
    await post('place', '/api/places', key, { ...fields, ...(parent ? { parentId: id(parent) } : {}) });
  }
  for (const organization of records.organizations) {
    const { key, seat, ...fields } = organization;
    await post('organization', '/api/organizations', key, { ...fields, ...(seat ? { seatPlaceId: id(seat) } : {}) });
  }
  for (const partnership of records.partnerships) {
    const { key, parties, themes, ...fields } = partnership;
    await post('partnership', '/api/partnerships', key, { ...fields, parties: parties.map((party) => ({ placeId: id(party) })), themeIds: (themes ?? []).map(id) });
  }
  for (const exchange of records.exchanges) {
    const { key, venue, themes, ...fields } = exchange;
    await post('exchange', '/api/exchanges', key, { ...fields, venuePlaceId: id(venue), themeIds: (themes ?? []).map(id) });
  }
  for (const document of documents) {
    const { key, links, ...fields } = document;
    await post('document', '/api/documents', key, { ...fields, links: links.map((link) => ({ recordType: entries.get(link)!.type, recordId: id(link) })) });
  }
  await pool.query('CREATE TABLE IF NOT EXISTS bench_corpus (key text PRIMARY KEY, type text NOT NULL, id uuid NOT NULL)');
  await pool.query('INSERT INTO bench_corpus SELECT * FROM unnest($1::text[], $2::text[], $3::uuid[])', [
    [...entries.keys()],
    [...entries.values()].map((entry) => entry.type),
    [...entries.values()].map((entry) => entry.id),
  ]);
  return entries;
}

export async function corpusEntries(pool: pg.Pool): Promise<Map<string, CorpusEntry>> {
  const rows = (await pool.query<{ key: string; type: SearchType; id: string }>('SELECT key, type, id FROM bench_corpus')).rows;
  return new Map(rows.map((row) => [row.key, { type: row.type, id: row.id }]));
}
