import { z } from 'zod';
import { localizedTextSchema } from '../../core/http/common-schemas.js';
import { PLACE_KINDS } from './places.tables.js';

export const placeRefSchema = z.object({
  id: z.uuid(),
  kind: z.enum(PLACE_KINDS),
  name: z.string(),
  names: localizedTextSchema,
  countryCode: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});
export type PlaceRef = z.infer<typeof placeRefSchema>;
