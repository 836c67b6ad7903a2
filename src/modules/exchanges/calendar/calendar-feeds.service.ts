import { requireSignedIn, requireWriteAccess } from '../../../core/auth/policy.js';
import { generateSecretToken, hashSecretToken } from '../../../core/auth/secret-token.js';
import { notFound } from '../../../core/errors.js';
import type { ServiceContext } from '../../../core/service-context.js';
import { deleteCalendarFeedToken, findCalendarFeedToken, replaceCalendarFeedToken } from '../registrations.repository.js';

export interface CalendarFeedInfo {
  exists: boolean;
  prefix: string | null;
  createdAt: string | null;
  lastUsedAt: string | null;
}

/** Whether the user has a personal calendar address, and when a calendar app last read it. */
export async function calendarFeedInfo(ctx: ServiceContext): Promise<CalendarFeedInfo> {
  const user = requireSignedIn(ctx.viewer);
  return ctx.transaction(async (tx) => {
    const row = await findCalendarFeedToken(tx, user.userId);
    return {
      exists: Boolean(row),
      prefix: row?.prefix ?? null,
      createdAt: row?.createdAt.toISOString() ?? null,
      lastUsedAt: row?.lastUsedAt?.toISOString() ?? null,
    };
  });
}

/** A new secret address for the personal feed; the previous one stops working. Shown once. */
export async function renewCalendarFeed(ctx: ServiceContext, publicUrl: string): Promise<CalendarFeedInfo & { url: string }> {
  const user = requireWriteAccess(ctx.viewer);
  const token = generateSecretToken('sdc');
  return ctx.transaction(async (tx) => {
    const row = await replaceCalendarFeedToken(tx, user.userId, hashSecretToken(token), token.slice(0, 10));
    return {
      exists: true,
      prefix: row.prefix,
      createdAt: row.createdAt.toISOString(),
      lastUsedAt: null,
      url: `${publicUrl}/api/calendar-feeds/${token}.ics`,
    };
  });
}

export async function revokeCalendarFeed(ctx: ServiceContext): Promise<void> {
  const user = requireWriteAccess(ctx.viewer);
  await ctx.transaction(async (tx) => {
    if (!(await deleteCalendarFeedToken(tx, user.userId))) throw notFound('Calendar feed');
  });
}
