import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { oneOf } from '../db/columns.js';

export const VISIBILITIES = ['public', 'workspace', 'private'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const visibilityCheck = (table: string, column: AnyPgColumn) => oneOf(`${table}_visibility_check`, column, VISIBILITIES);
