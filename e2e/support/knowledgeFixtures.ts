import type { Page } from '@playwright/test';
import { signUp, type TestAccount } from './accounts.js';
import { sessionApi } from './sessionApi.js';

/** A municipal news item on a planning workshop: towns, a utility, GIZ, a programme and a twinning. */
export const WORKSHOP_REPORT = `Krisenfeste Versorgung: Planungswerkstatt mit ukrainischen Partnerkommunen in München

Vom 28. bis 29. November 2023 kamen in München Delegationen aus Winnyzja, Sumy, Luzk und Mykolajiw zu einer Projektplanungswerkstatt zusammen. Rund 30 Teilnehmende entwickelten an zwei Tagen Vorhaben für eine sichere Trinkwasserversorgung und für Schulen, die auch bei Stromausfall warm bleiben.

Fachleute der Stadtwerke Gersthofen zeigten, wie ein kommunaler Versorger Notstrom und Wasserreserven plant. Die Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) moderierte die Arbeitsgruppen.

Die Werkstatt wird aus dem Programm „Nachhaltige Kommunalentwicklung durch Partnerschaftsprojekte“ (Nakopa) gefördert. Zum Abschluss berichtete die Leipziger Delegation von der seit 1961 bestehenden Städtepartnerschaft zwischen Leipzig und Kiew.`;

export interface Workspace {
  id: string;
  name: string;
}

export interface CreatedDocument {
  id: string;
  title: string;
}

/** Signs up a user who owns (and so coordinates) a new workspace. */
export async function coordinatorWithWorkspace(page: Page, name = 'Partnerschaftsbüro Leipzig'): Promise<{ account: TestAccount; workspace: Workspace }> {
  const account = await signUp(page, { displayName: 'Katrin Schubert' });
  const workspace = await sessionApi(page)<Workspace>('POST', '/api/workspaces', { name, description: 'Kommunale Partnerschaften mit der Ukraine' });
  return { account, workspace };
}

export async function createDocument(page: Page, workspaceId: string, fields: Record<string, unknown>): Promise<CreatedDocument> {
  return sessionApi(page)<CreatedDocument>('POST', '/api/documents', { workspaceId, ...fields });
}

/** The proposal on a document's review page whose heading matches `heading`. */
export function proposalTitled(page: Page, heading: RegExp) {
  return page.locator('li.proposal').filter({ has: page.getByRole('heading', { level: 3, name: heading }) });
}
