/** Work the server does in the background (a batch of uploaded files, the world gazetteer), as `GET /api/jobs/:id` reports it. */
export interface Job {
  id: string;
  kind: 'ingest_upload' | 'load_gazetteer';
  state: 'queued' | 'running' | 'done' | 'failed';
  done: number;
  /** Null until the job has counted its work. */
  total: number | null;
  result: Record<string, unknown> | null;
  errorCode: 'job_failed' | null;
  createdAt: string;
  updatedAt: string;
}
