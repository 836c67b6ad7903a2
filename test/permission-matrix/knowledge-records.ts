import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../../src/core/db/client.js';
import { demoId } from '../../src/demo/demo-id.js';
import { jobProgress } from '../../src/modules/jobs/jobs.tables.js';
import { insertCommentRow, insertFileRow, insertLinkRow } from '../../src/modules/knowledge/documents/documents.repository.js';
import { documents } from '../../src/modules/knowledge/documents/documents.tables.js';
import { documentProposals, type ProposalState } from '../../src/modules/knowledge/review/review.tables.js';
import type { Visibility } from './expectations.js';
import { insertedId, ownedBy, type RecordOwner } from './records.js';

export async function createDocumentRecord(db: Db, owner: RecordOwner, visibility: Visibility): Promise<string> {
  const unique = randomBytes(4).toString('hex');
  return insertedId(db, documents, {
    ...ownedBy(owner, visibility),
    kind: 'report',
    language: 'de',
    title: `Matrix-Bericht ${visibility} ${unique}`,
    text: `Ein Bericht über den Austausch zwischen Leipzig und Kiew (${unique}).`,
    sortDate: '2026-03-02',
  });
}

export async function createFileOf(db: Db, documentId: string): Promise<string> {
  const data = Buffer.from('Protokoll der Sitzung\n');
  const row = await insertFileRow(db, {
    documentId,
    fileName: 'protokoll.txt',
    contentType: 'text/plain',
    byteSize: data.byteLength,
    sha256: randomBytes(32).toString('hex'),
    data,
    textState: 'extracted',
    extractedText: 'Protokoll der Sitzung',
    createdBy: null,
  });
  return row.id;
}

export async function createLinkOf(db: Db, documentId: string): Promise<string> {
  const { row } = await insertLinkRow(db, { documentId, type: 'place', recordId: demoId('place:leipzig'), origin: 'manual', createdBy: null });
  return row.id;
}

export async function createCommentOf(db: Db, documentId: string, authorUserId: string): Promise<string> {
  const row = await insertCommentRow(db, { documentId, authorUserId, body: 'Ein hilfreicher Bericht, danke!', state: 'new' });
  return row.id;
}

/** A proposal to link Leipzig, awaiting review (or decided already). */
export async function createProposalOf(db: Db, documentId: string, state: ProposalState = 'pending'): Promise<string> {
  const [row] = await db
    .insert(documentProposals)
    .values({
      documentId,
      field: 'municipality',
      position: 0,
      state,
      proposal: { name: 'Leipzig', canonical: 'Leipzig', country: 'DE', geonamesId: 2879139, population: 600000 },
      evidence: [],
      decidedAt: state === 'pending' ? null : new Date(),
    })
    .returning();
  return row!.id;
}

/** A batch upload the record's creator started in the record's workspace. */
export async function createJobRecord(db: Db, owner: RecordOwner): Promise<string> {
  const [row] = await db
    .insert(jobProgress)
    .values({ jobId: randomUUID(), kind: 'ingest_upload', workspaceId: owner.workspaceId, requestedBy: owner.creatorId, state: 'running', done: 1, total: 3 })
    .returning();
  return row!.jobId;
}
