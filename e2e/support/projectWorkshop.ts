import type { Page } from '@playwright/test';
import { sessionApi } from './sessionApi.js';

/**
 * A new workspace of the signed-in user with a three-day project planning workshop in it
 * (12 to 14 May 2031, Berlin time); `extra` adds or changes fields of the exchange.
 */
export async function projectWorkshop(page: Page, extra: Record<string, unknown> = {}) {
  const send = sessionApi(page);
  const workspace = await send<{ id: string }>('POST', '/api/workspaces', { name: 'Amt für Partnerschaften' });
  const exchange = await send<{ id: string }>('POST', '/api/exchanges', {
    workspaceId: workspace.id,
    kind: 'workshop',
    title: { de: 'Projektplanungsworkshop', uk: 'Семінар із планування проєктів' },
    startDate: '2031-05-12',
    endDate: '2031-05-14',
    timeZone: 'Europe/Berlin',
    ...extra,
  });
  return { workspace, exchange };
}
