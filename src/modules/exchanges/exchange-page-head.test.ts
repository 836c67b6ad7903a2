import { describe, expect, it } from 'vitest';
import { createExchange, workspaceWithRoles } from '../../../test/support/exchange-fixtures.js';
import { useTestApp } from '../../../test/support/test-app.js';
import { demoId } from '../../demo/demo-id.js';

const MUNICH_WORKSHOP = demoId('exchange:munich-workshop-2023');

function structuredDataOf(html: string) {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  return match ? JSON.parse(match[1]!) : null;
}

describe('public exchange pages for crawlers', () => {
  const testApp = useTestApp();
  const page = (url: string, language = 'de') => testApp.current.app.inject({ method: 'GET', url, headers: { 'accept-language': language } });

  it('render title, description, a schema.org Event and the iCal link in the reader’s language without JavaScript', async () => {
    const response = await page(`/exchanges/${MUNICH_WORKSHOP}`, 'en');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const html = response.body;
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<title>[^<]+ · Stadtdialog<\/title>/);
    expect(html).toMatch(/<meta name="description" content="[^"]+" \/>/);
    expect(html).toContain(`<link rel="alternate" type="text/calendar" href="http://stadtdialog.test/api/exchanges/${MUNICH_WORKSHOP}/calendar.ics?lang=en"`);
    const event = structuredDataOf(html);
    expect(event).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      startDate: '2023-11-28',
      endDate: '2023-11-29',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: { '@type': 'Place', address: { addressLocality: 'Munich', addressCountry: 'DE' } },
      inLanguage: 'en',
      url: `http://stadtdialog.test/exchanges/${MUNICH_WORKSHOP}`,
    });
    expect(html).toMatch(/<div id="root"><main><h1>[^<]+<\/h1><p>28 Nov 2023 – 29 Nov 2023<\/p>/);
    const german = await page(`/exchanges/${MUNICH_WORKSHOP}`, 'de');
    expect(structuredDataOf(german.body)).toMatchObject({ inLanguage: 'de', location: { address: { addressLocality: 'München' } } });
  });

  it('tell nothing about an exchange a visitor may not see, and keep hostile titles inert', async () => {
    const { workspace, coordinator } = await workspaceWithRoles(testApp.current.database.db);
    const internal = await createExchange(testApp.current.app, coordinator, workspace.id, { title: { de: 'Interne Klausur' }, visibility: 'workspace' });
    const hidden = await page(`/exchanges/${internal.id}`);
    expect(hidden.statusCode).toBe(200);
    expect(hidden.body).not.toContain('Interne Klausur');
    expect(structuredDataOf(hidden.body)).toBeNull();

    const hostile = await createExchange(testApp.current.app, coordinator, workspace.id, { title: { de: 'Werkstatt </script><script>alert(1)</script> & "Zitat"' }, visibility: 'public' });
    const html = (await page(`/exchanges/${hostile.id}`)).body;
    expect(html).not.toContain('<script>alert(1)');
    expect(structuredDataOf(html)).toMatchObject({ name: 'Werkstatt </script><script>alert(1)</script> & "Zitat"' });
  });
});
