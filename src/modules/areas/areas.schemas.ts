import { z } from 'zod';
import { csvImportCountsShape, csvIssueSchema } from '../../core/csv/csv-issues.js';
import { isoDateSchema, localizedTextSchema } from '../../core/http/common-schemas.js';
import { pageQueryShape, pageSchema } from '../../core/http/pagination.js';
import { changeSchemaOf, requiredTextSchema, newTitledRecordShape, titledRecordShape } from '../../core/http/record-fields.js';
import { placeRefSchema } from '../places/places.schemas.js';
import { projectRefSchema } from '../projects/projects.schemas.js';
import { VISIBILITIES } from '../../core/records/visibilities.js';
import { INDICATOR_DIRECTIONS } from './areas.tables.js';

export const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$/;
export const periodSchema = z.string().regex(PERIOD, { error: 'must be a year (2016), a quarter (2016-Q4) or a month (2016-12)' });
export const INDICATOR_KEY = /^[a-z][a-z0-9_]{0,59}$/;

export const indicatorSchema = z.object({
  id: z.uuid(),
  key: z.string(),
  name: localizedTextSchema,
  unit: z.string(),
  direction: z.enum(INDICATOR_DIRECTIONS).meta({ id: 'IndicatorDirection' }),
  weight: z.number(),
  source: z.string(),
});

export const monitorSummarySchema = z.object({
  id: z.uuid(),
  title: localizedTextSchema,
  visibility: z.enum(VISIBILITIES),
  city: placeRefSchema.nullable(),
  project: projectRefSchema.nullable(),
  areas: z.array(placeRefSchema).describe('The candidate areas observed, by name'),
});
export type MonitorSummary = z.infer<typeof monitorSummarySchema>;
export const monitorPageSchema = pageSchema(monitorSummarySchema);
export const monitorListQuerySchema = z.strictObject({ projectId: z.uuid().optional(), cityPlaceId: z.uuid().optional(), ...pageQueryShape });

export const pilotSelectionSchema = z.object({
  id: z.uuid(),
  area: placeRefSchema.nullable(),
  period: z.string(),
  rationale: localizedTextSchema,
  project: projectRefSchema.nullable(),
  selectedOn: isoDateSchema,
  needIndex: z.object({ score: z.number().nullable(), rank: z.number().nullable(), areas: z.number(), weights: z.record(z.string(), z.number()) }),
});

export const monitorDetailSchema = monitorSummarySchema.extend({
  workspaceId: z.uuid(),
  canEdit: z.boolean(),
  description: localizedTextSchema,
  indicators: z.array(indicatorSchema),
  areas: z.array(placeRefSchema),
  periods: z.array(z.string()).describe('Periods with values, newest first'),
  selections: z.array(pilotSelectionSchema),
});
export type MonitorDetail = z.infer<typeof monitorDetailSchema>;

const indicatorInputSchema = z.strictObject({
  id: z.uuid().optional().describe('Keep an indicator (and its values) by giving its id'),
  key: z
    .string()
    .regex(INDICATOR_KEY, { error: 'must be lower case letters, digits and _ (it is the CSV column), e.g. unemployment_rate' })
    .optional()
    .describe('Derived from the name when not given; a kept indicator keeps its key'),
  name: requiredTextSchema,
  unit: z.string().max(40).default(''),
  direction: z.enum(INDICATOR_DIRECTIONS).default('higher_is_worse'),
  weight: z.number({ error: 'must be a number' }).min(0, { error: 'must not be negative' }).max(1000).default(1),
  source: z.string().max(500).default(''),
});
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;

const monitorShape = {
  ...titledRecordShape,
  description: localizedTextSchema,
  cityPlaceId: z.uuid().nullable(),
  projectId: z.uuid().nullable(),
  indicators: z.array(indicatorInputSchema).max(40),
  areaPlaceIds: z.array(z.uuid()).max(500),
};
export const monitorCreateSchema = z.strictObject({
  ...newTitledRecordShape,
  description: localizedTextSchema.default({}),
  cityPlaceId: z.uuid().nullable().default(null),
  projectId: z.uuid().nullable().default(null),
  indicators: monitorShape.indicators.default([]),
  areaPlaceIds: monitorShape.areaPlaceIds.default([]),
});
export type MonitorCreate = z.infer<typeof monitorCreateSchema>;
export const monitorUpdateSchema = changeSchemaOf(monitorShape);
export type MonitorUpdate = z.infer<typeof monitorUpdateSchema>;

export const valuesQuerySchema = z.strictObject({ period: periodSchema });
export const valuesTableSchema = z.object({
  period: z.string(),
  rows: z.array(z.object({ area: placeRefSchema, values: z.record(z.string(), z.number().nullable()).describe('By indicator key') })),
});

/** `key:number,key:number`: weights by indicator key. */
const weightsQuery = z
  .string()
  .max(2000)
  .regex(/^[a-z0-9_]+:-?\d+(\.\d+)?(,[a-z0-9_]+:-?\d+(\.\d+)?)*$/, { error: 'must be key:weight pairs separated by commas, e.g. unemployment_rate:2,voter_turnout:1' });
const directionsQuery = z
  .string()
  .max(2000)
  .regex(/^[a-z0-9_]+:(higher_is_worse|higher_is_better)(,[a-z0-9_]+:(higher_is_worse|higher_is_better))*$/, { error: 'must be key:higher_is_worse or key:higher_is_better pairs separated by commas' });

export const needIndexQuerySchema = z.strictObject({
  period: periodSchema,
  weights: weightsQuery.optional().describe('Weights to try instead of the saved ones, by indicator key'),
  directions: directionsQuery.optional().describe('Directions to try instead of the saved ones, by indicator key'),
});
export type NeedIndexQuery = z.infer<typeof needIndexQuerySchema>;

export const needIndexSchema = z.object({
  period: z.string(),
  indicators: z.array(z.object({ id: z.uuid(), key: z.string(), name: localizedTextSchema, direction: z.enum(INDICATOR_DIRECTIONS), weight: z.number(), mean: z.number().nullable(), standardDeviation: z.number().nullable() })),
  ranking: z.array(
    z.object({
      area: placeRefSchema,
      score: z.number().nullable(),
      rank: z.number().int().nullable(),
      components: z.array(z.object({ key: z.string(), value: z.number(), z: z.number(), score: z.number() })),
      missing: z.array(z.string()).describe('Keys of indicators without a value for this area'),
    }),
  ),
});

export const importReportSchema = z.object({
  ...csvImportCountsShape,
  valuesWritten: z.number().int(),
  areasAdded: z.number().int().describe('Areas named in the file that were not candidates yet (in a dry run: that would be added)'),
  areas: z
    .array(z.object({ line: z.number().int(), name: z.string().describe('As written in the file'), area: placeRefSchema, added: z.boolean().describe('Not a candidate yet: the import adds it') }))
    .describe('Every valid row: the area its name was matched to, and whether that area is added'),
  issues: z.array(csvIssueSchema),
});
export type ValuesImportReport = z.infer<typeof importReportSchema>;

export const pilotSelectionCreateSchema = z.strictObject({
  placeId: z.uuid(),
  period: periodSchema,
  rationale: requiredTextSchema,
  projectId: z.uuid().nullable().default(null).describe('The project the selection starts; its pilot area is set to the place'),
  selectedOn: isoDateSchema,
});
export type PilotSelectionCreate = z.infer<typeof pilotSelectionCreateSchema>;
export const selectionParamsSchema = z.strictObject({ id: z.uuid(), selectionId: z.uuid() });

/** A GeoJSON FeatureCollection of area boundaries, each feature naming its area in a property. */
export const boundaryImportSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        properties: z.record(z.string(), z.unknown()).nullable(),
        geometry: z.unknown(),
      }),
    )
    .min(1)
    .max(2000),
});
export type BoundaryImport = z.infer<typeof boundaryImportSchema>;

export const boundariesSetSchema = z.object({ areas: z.number().int().describe('Candidate areas whose boundary was set') });

export const boundaryCollectionSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ placeId: z.uuid() }),
      geometry: z.object({ type: z.enum(['Polygon', 'MultiPolygon']), coordinates: z.array(z.array(z.any())) }),
    }),
  ),
});
