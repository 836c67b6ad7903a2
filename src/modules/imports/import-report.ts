export type { ImportReport } from './imports.schemas.js';

export interface ImportOptions {
  workspaceId: string;
  csv: string;
  /** Check every row and report, writing nothing. */
  dryRun: boolean;
  /** Write the valid rows even when others are invalid. */
  skipInvalid: boolean;
}

/** Splits "a; b;c" into trimmed, non-empty parts. */
export const listCell = (value: string | undefined) =>
  (value ?? '')
    .split(/[;|]/)
    .map((part) => part.trim())
    .filter(Boolean);

export const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
