import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, integer, jsonb, pgTable, primaryKey as pgPrimaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { oneOf, primaryKey, type LocalizedText } from '../../core/db/columns.js';
import { users } from '../accounts/users.tables.js';
import { places } from '../places/places.tables.js';
import { projects } from '../projects/projects.tables.js';
import { scopedRecordColumns } from '../workspaces/workspaces.tables.js';
import { visibilityCheck } from '../../core/records/visibilities.js';

export type AreaBoundary = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** Whether a high value of an indicator means more need (unemployment) or less (voter turnout). */
export const INDICATOR_DIRECTIONS = ['higher_is_worse', 'higher_is_better'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/** A monitoring of candidate areas (quarters of a city) by indicators, to find where support is needed most. */
export const areaMonitors = pgTable(
  'area_monitors',
  {
    ...scopedRecordColumns(),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull().default({}),
    cityPlaceId: uuid('city_place_id').references(() => places.id),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
    sortTitle: text('sort_title')
      .notNull()
      .generatedAlwaysAs(sql`lower(coalesce(title->>'de', title->>'en', title->>'uk', ''))`),
  },
  (table) => [
    visibilityCheck('area_monitors', table.visibility),
    index('area_monitors_sort_idx').on(table.sortTitle, table.id),
    index('area_monitors_workspace_idx').on(table.workspaceId),
    index('area_monitors_project_idx').on(table.projectId),
    index('area_monitors_city_idx').on(table.cityPlaceId),
  ],
);

export const areaMonitorAreas = pgTable(
  'area_monitor_areas',
  {
    monitorId: uuid('monitor_id')
      .notNull()
      .references(() => areaMonitors.id, { onDelete: 'cascade' }),
    placeId: uuid('place_id')
      .notNull()
      .references(() => places.id),
    /** The area's boundary as this monitoring uses it (GeoJSON Polygon or MultiPolygon), for the choropleth. */
    boundary: jsonb('boundary').$type<AreaBoundary>(),
  },
  (table) => [pgPrimaryKey({ columns: [table.monitorId, table.placeId] }), index('area_monitor_areas_place_idx').on(table.placeId)],
);

export const areaIndicators = pgTable(
  'area_indicators',
  {
    id: primaryKey(),
    monitorId: uuid('monitor_id')
      .notNull()
      .references(() => areaMonitors.id, { onDelete: 'cascade' }),
    /** The column name in CSV imports, e.g. `unemployment_rate`. */
    key: text('key').notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    unit: text('unit').notNull().default(''),
    direction: text('direction', { enum: INDICATOR_DIRECTIONS }).notNull().default('higher_is_worse'),
    weight: doublePrecision('weight').notNull().default(1),
    source: text('source').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (table) => [
    uniqueIndex('area_indicators_key_idx').on(table.monitorId, table.key),
    oneOf('area_indicators_direction_check', table.direction, INDICATOR_DIRECTIONS),
    check('area_indicators_weight_check', sql`${table.weight} >= 0`),
  ],
);

export const areaIndicatorValues = pgTable(
  'area_indicator_values',
  {
    monitorId: uuid('monitor_id')
      .notNull()
      .references(() => areaMonitors.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => areaIndicators.id, { onDelete: 'cascade' }),
    placeId: uuid('place_id')
      .notNull()
      .references(() => places.id),
    /** YYYY, YYYY-Qn or YYYY-MM. */
    period: text('period').notNull(),
    value: doublePrecision('value').notNull(),
  },
  (table) => [
    pgPrimaryKey({ columns: [table.indicatorId, table.placeId, table.period] }),
    index('area_indicator_values_monitor_idx').on(table.monitorId, table.period),
    index('area_indicator_values_place_idx').on(table.placeId),
  ],
);

/** The recorded choice of a pilot area, with why, the need index it had, and the project it starts. */
export const areaPilotSelections = pgTable(
  'area_pilot_selections',
  {
    id: primaryKey(),
    monitorId: uuid('monitor_id')
      .notNull()
      .references(() => areaMonitors.id, { onDelete: 'cascade' }),
    placeId: uuid('place_id')
      .notNull()
      .references(() => places.id),
    period: text('period').notNull(),
    rationale: jsonb('rationale').$type<LocalizedText>().notNull(),
    projectId: uuid('project_id').references(() => projects.id, { onDelete: 'set null' }),
    selectedOn: date('selected_on', { mode: 'string' }).notNull(),
    /** The area's need index, rank and the weights used when it was chosen. */
    needIndex: jsonb('need_index').$type<{ score: number | null; rank: number | null; areas: number; weights: Record<string, number> }>().notNull(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [index('area_pilot_selections_monitor_idx').on(table.monitorId, table.selectedOn), index('area_pilot_selections_project_idx').on(table.projectId), index('area_pilot_selections_place_idx').on(table.placeId)],
);
