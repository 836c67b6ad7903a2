import { z } from 'zod';

export const CALENDAR_LANGUAGES = ['de', 'en', 'uk'] as const;
export type CalendarLanguage = (typeof CALENDAR_LANGUAGES)[number];

export const calendarQuerySchema = z.strictObject({
  lang: z.enum(CALENDAR_LANGUAGES).default('de').describe('Language of titles and descriptions'),
});

export const feedInfoSchema = z.object({
  exists: z.boolean(),
  prefix: z.string().nullable(),
  createdAt: z.iso.datetime().nullable(),
  lastUsedAt: z.iso.datetime().nullable(),
});

/** The secret part of a personal calendar address. */
export const calendarFeedParamsSchema = z.strictObject({ token: z.string().min(10).max(200) });

/** A new personal calendar address, shown once. */
export const newFeedSchema = feedInfoSchema.extend({ url: z.string() });
