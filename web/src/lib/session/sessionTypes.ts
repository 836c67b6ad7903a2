import type { Language } from '../../i18n/languages';

export type WorkspaceRole = 'owner' | 'coordinator' | 'member' | 'guest';

/** The signed-in account as `GET /api/auth/session` and `/api/me` describe it. */
export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  language: Language;
  emailVerified: boolean;
  /** False for accounts that only sign in through single sign-on. */
  hasPassword: boolean;
}

export interface SessionWorkspace {
  id: string;
  slug: string;
  name: string;
  role: WorkspaceRole;
}

export interface SessionInfo {
  user: CurrentUser | null;
  via: 'session' | 'token' | null;
  workspaces: SessionWorkspace[];
  /** Sent as `X-CSRF-Token` with every change made with the session cookie. */
  csrfToken: string;
  signUpOpen: boolean;
  singleSignOn: { displayName: string; startUrl: string } | null;
  /** The tile server for city maps, when the installation has one (MAP_TILE_URL). */
  mapTiles: { url: string; attribution: string } | null;
}
