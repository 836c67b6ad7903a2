import { conflictsOf } from '../../core/errors.js';

/** The conflicts of themes: a change the current state of the records does not allow (HTTP 409). */
export const THEME_CONFLICTS = ['theme_referenced'] as const;

export type ThemeConflict = (typeof THEME_CONFLICTS)[number];

export const themeConflict = conflictsOf(THEME_CONFLICTS);
