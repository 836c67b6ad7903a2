import type { Viewer } from './auth/viewer.js';
import type { Db } from './db/client.js';

/** What every service function receives: the database and who is asking. */
export interface ServiceContext {
  db: Db;
  viewer: Viewer;
}
