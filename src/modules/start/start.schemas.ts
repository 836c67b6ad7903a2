import { z } from 'zod';
import { isoDateSchema, localizedTextSchema } from '../../core/http/common-schemas.js';
import { organizationRefSchema } from '../actors/organizations.schemas.js';
import { exchangeSummarySchema } from '../exchanges/exchanges.schemas.js';
import { documentSummarySchema } from '../knowledge/documents/documents.schemas.js';
import { partnershipMapItemSchema } from '../partnerships/partnerships.schemas.js';
import { placeRefSchema } from '../places/places.schemas.js';

/** How many entries each list of the start page holds at most. */
export const START_LIST_LIMIT = 5;
/** How many partnerships the start page's map draws at most. */
export const START_MAP_LIMIT = 300;

const recordLinkSchema = z.object({ id: z.uuid(), title: localizedTextSchema });

export const startPageSchema = z.object({
  counts: z
    .object({
      partnerships: z.number().int(),
      exchanges: z.number().int(),
      documents: z.number().int(),
      towns: z.number().int().describe('Places taking part in the partnerships as parties'),
    })
    .describe('What the viewer may see: a visitor counts public records only'),
  map: z.object({
    items: z.array(partnershipMapItemSchema),
    more: z.boolean().describe('More partnerships exist than the map draws'),
  }),
  upcomingExchanges: z.array(exchangeSummarySchema).describe('Exchanges not over yet, soonest first'),
  recentDocuments: z.array(documentSummarySchema).describe('The newest documents'),
  mine: z
    .object({
      upcomingExchanges: z.array(exchangeSummarySchema).describe('Exchanges of the viewer’s workspaces not over yet, soonest first'),
      openRegistrations: z
        .array(
          z.object({
            exchange: recordLinkSchema.extend({ startDate: isoDateSchema, endDate: isoDateSchema }),
            invited: z.number().int().describe('Invited and not answered yet'),
            waitlisted: z.number().int().describe('Waiting for a place'),
          }),
        )
        .describe('Exchanges of the viewer’s workspaces with registrations awaiting an answer or a place'),
      plansAwaitingAgreement: z
        .array(
          z.object({
            plan: recordLinkSchema,
            side: z.object({
              id: z.uuid(),
              label: localizedTextSchema,
              place: placeRefSchema.nullable(),
              organization: organizationRefSchema.nullable(),
              workspace: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
            }),
          }),
        )
        .describe('Sides of draft plans the viewer may agree for that have not agreed yet'),
      overdueMeasures: z
        .array(z.object({ id: z.uuid(), title: localizedTextSchema, endDate: isoDateSchema, plan: recordLinkSchema }))
        .describe('Measures of the viewer’s workspaces’ plans past their end date and not reported done'),
      documentsToReview: z.array(documentSummarySchema).describe('Documents of the viewer’s workspaces with extraction proposals awaiting review'),
    })
    .nullable()
    .describe('For a signed-in user: what concerns their workspaces; null for a visitor'),
});
export type StartPage = z.infer<typeof startPageSchema>;
