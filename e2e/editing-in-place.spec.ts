import { expect, test } from '@playwright/test';
import { signUp } from './support/accounts.js';
import { projectWorkshop } from './support/projectWorkshop.js';
import { newCoordinatorWithWorkspace, pick } from './support/recordFromScratch.js';

/**
 * A new coordinator changes what was entered where it is shown, and enters organizations (for the
 * exchange, for a delegation) and a person in a dialog, without going to the directory first.
 */
test('a delegation is named, changed and removed, and its history is readable; organizations and a participant are entered in place', async ({ page }) => {
  test.setTimeout(180_000);
  const heading = page.getByRole('heading', { level: 1 });
  await newCoordinatorWithWorkspace(page, 'Jana Albrecht', 'Büro für Städtepartnerschaften');

  await test.step('a visit whose host organization needs a role chosen before it is saved', async () => {
    await page.goto('/exchanges/new');
    await page.getByLabel('Art *', { exact: true }).selectOption({ label: 'Delegationsbesuch' });
    await page.getByRole('group', { name: /^Titel/ }).getByLabel('Deutsch').fill('Arbeitsbesuch aus Winnyzja');
    await page.getByLabel('Erster Tag').fill('2031-05-12');
    await page.getByLabel('Letzter Tag').fill('2031-05-14');
    await pick(page, 'Ort', 'Leipzig', 'Leipzig');
    await pick(page, 'Organisation hinzufügen', 'GIZ', 'GIZ');
    const role = page.getByRole('combobox', { name: /^Rolle von/ }).first();
    await expect(role).toHaveValue('');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByText(/Bitte eine Rolle für .* wählen\./)).toBeVisible();
    await expect(role).toBeFocused();
    await role.selectOption({ label: 'Gastgeber' });

    // An organization not in the directory yet is entered in a dialog, without leaving the form.
    await page.getByRole('button', { name: 'Nicht gefunden? Organisation neu erfassen' }).click();
    const organization = page.getByRole('dialog', { name: 'Neue Organisation erfassen' });
    await organization.getByRole('button', { name: 'Organisation erfassen' }).click();
    await expect(organization.getByRole('alert').filter({ hasText: 'Nicht gespeichert' })).toContainText('Name:');
    await organization.getByLabel(/^Name/).fill('Partnerschaftsverein Leipzig–Winnyzja');
    await organization.getByLabel('Art der Organisation').selectOption({ label: 'Nichtregierungsorganisation' });
    await organization.getByRole('button', { name: 'Organisation erfassen' }).click();
    await expect(organization).toHaveCount(0);
    const partnerRole = page.getByRole('combobox', { name: 'Rolle von Partnerschaftsverein Leipzig–Winnyzja' });
    await expect(partnerRole).toHaveValue('');
    await partnerRole.selectOption({ label: 'Unterstützung' });
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expect(heading).toHaveText('Arbeitsbesuch aus Winnyzja');
    const roles = page.getByRole('table', { name: 'Organisationen und ihre Rollen' });
    await expect(roles).toContainText('Gastgeber');
    await expect(roles).toContainText('Partnerschaftsverein Leipzig–Winnyzja');
  });

  const delegations = page.getByRole('region', { name: 'Delegationen' });
  await test.step('a delegation from Vinnytsia, then named and sized', async () => {
    await delegations.getByRole('button', { name: 'Delegation hinzufügen' }).click();
    await pick(page, 'Aus dem Ort', 'Vinnytsia', 'Winnyzja');
    await page.getByRole('form', { name: 'Neue Delegation' }).getByRole('button', { name: 'Speichern' }).click();
    await expect(delegations.locator('tbody tr')).toHaveCount(1);
    await delegations.getByRole('button', { name: 'Delegation „Winnyzja“ ändern' }).click();
    const form = page.getByRole('form', { name: 'Delegation „Winnyzja“ ändern' });
    await form.getByRole('group', { name: /^Name der Delegation/ }).getByLabel('Deutsch').fill('Stadtverwaltung Winnyzja');
    await form.getByLabel('Verwaltung').check();
    await form.getByLabel('Personen').fill('3');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await expect(delegations.locator('tbody tr th')).toHaveText('Stadtverwaltung Winnyzja (Winnyzja)');
    await expect(delegations.locator('tbody tr td').first()).toHaveText('Ukraine');
  });

  await test.step('a second delegation from an organization entered in place', async () => {
    await delegations.getByRole('button', { name: 'Delegation hinzufügen' }).click();
    const form = page.getByRole('form', { name: 'Neue Delegation' });
    await form.getByRole('button', { name: 'Nicht gefunden? Organisation neu erfassen' }).click();
    const organization = page.getByRole('dialog', { name: 'Neue Organisation erfassen' });
    await organization.getByLabel(/^Name/).fill('Jugendrat Winnyzja');
    await organization.getByLabel('Art der Organisation').selectOption({ label: 'Nichtregierungsorganisation' });
    await pick(page, 'Sitz', 'Vinnytsia', 'Winnyzja');
    await organization.getByRole('button', { name: 'Organisation erfassen' }).click();
    await expect(organization).toHaveCount(0);
    await expect(form.getByRole('combobox', { name: 'Oder von der Organisation' })).toHaveValue('Jugendrat Winnyzja');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await expect(delegations.locator('tbody tr')).toHaveCount(2);
    await expect(delegations).toContainText('Jugendrat Winnyzja');
  });

  await test.step('registering from the delegation’s row, entering the person and their organization in place', async () => {
    await delegations.getByRole('button', { name: 'Personen der Delegation „Stadtverwaltung Winnyzja“ anmelden' }).click();
    const form = page.getByRole('form', { name: 'Personen anmelden' });
    await expect(form.getByLabel('Delegation')).toHaveValue(/.+/);
    await expect(form.getByLabel('Delegation').locator('option:checked')).toHaveText('Stadtverwaltung Winnyzja');

    await form.getByRole('button', { name: 'Nicht gefunden? Person neu erfassen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Neue Person erfassen' });
    await dialog.getByRole('button', { name: 'Person erfassen' }).click();
    await expect(dialog.getByLabel('Vorname')).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByRole('alert').filter({ hasText: 'Nicht gespeichert' })).toContainText('Nachname:');
    await dialog.getByLabel('Vorname').fill('Oksana');
    await dialog.getByLabel('Nachname').fill('Hrytsenko');
    await dialog.getByRole('button', { name: 'Nicht gefunden? Organisation neu erfassen' }).click();
    const organization = page.getByRole('dialog', { name: 'Neue Organisation erfassen' });
    await organization.getByLabel(/^Name/).fill('Stadtrat Winnyzja');
    await organization.getByLabel('Art der Organisation').selectOption({ label: 'Kommunale Dienststelle' });
    await pick(page, 'Sitz', 'Vinnytsia', 'Winnyzja');
    await organization.getByRole('button', { name: 'Organisation erfassen' }).click();
    // The youth council entered before has a near name and the same seat: the dialog asks first.
    await expect(organization.getByRole('status').filter({ hasText: 'Gibt es diesen Eintrag schon?' })).toContainText('Jugendrat Winnyzja');
    await organization.getByRole('button', { name: 'Trotzdem neu anlegen' }).click();
    await expect(organization).toHaveCount(0);
    await expect(dialog.getByRole('combobox', { name: 'Organisation' })).toHaveValue('Stadtrat Winnyzja');
    await dialog.getByLabel('Rechtsgrundlage').selectOption({ label: 'Einwilligung' });
    await dialog.getByRole('button', { name: 'Person erfassen' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(form.getByRole('list', { name: 'Gewählte Personen' })).toContainText('Oksana Hrytsenko');
    await form.getByRole('button', { name: '1 Person anmelden' }).click();
    const participants = page.getByRole('table', { name: 'Anmeldungen in der Reihenfolge ihres Eingangs' });
    await expect(participants.locator('tbody tr')).toHaveCount(1);
    await expect(participants.getByRole('combobox', { name: 'Delegation von Oksana Hrytsenko' }).locator('option:checked')).toHaveText('Stadtverwaltung Winnyzja');
  });

  await test.step('removing the delegation says the registration loses it, and the person stays registered', async () => {
    await delegations.getByRole('button', { name: 'Delegation „Stadtverwaltung Winnyzja“ entfernen' }).click();
    const question = delegations.getByRole('group', { name: /Delegation „Stadtverwaltung Winnyzja“ entfernen\?/ });
    await expect(question).toContainText('1 Anmeldung verliert ihre Delegation, die Person bleibt angemeldet.');
    await question.getByRole('button', { name: 'Entfernen' }).click();
    await expect(delegations.locator('tbody tr')).toHaveCount(1);
    await expect(delegations).not.toContainText('Stadtverwaltung Winnyzja');
    const participants = page.getByRole('table', { name: 'Anmeldungen in der Reihenfolge ihres Eingangs' });
    await expect(participants.locator('tbody tr')).toHaveCount(1);
    await expect(participants).toContainText('Oksana Hrytsenko');
  });

  await test.step('the exchange’s history tells each delegation change in words, never ids', async () => {
    await page.reload();
    const history = page.getByRole('region', { name: 'Änderungsverlauf' });
    const entries = history.locator('.history__item');
    const removed = entries.nth(0);
    await expect(removed.locator('.history__meta')).toContainText('Jana Albrecht · Gelöscht');
    await expect(removed).toContainText('Delegation „Stadtverwaltung Winnyzja“');
    // Values of a removed delegation are struck through; screen readers hear "vorher".
    await expect(removed).toContainText(/Herkunftsort: vorher: Winnyzja/);
    await expect(removed).toContainText(/Größe: vorher: 3/);
    const registered = entries.filter({ hasText: 'Anmeldung von Oksana Hrytsenko' });
    await expect(registered).toHaveCount(1);
    await expect(registered).toContainText('Delegation: Stadtverwaltung Winnyzja');
    const renamed = entries.filter({ hasText: 'Name (Deutsch)' }).first();
    await expect(renamed).toContainText('Delegation „Stadtverwaltung Winnyzja“');
    await expect(renamed).toContainText(/Bereiche: .*Verwaltung/);
    await expect(entries.filter({ hasText: 'Delegation „Jugendrat Winnyzja“' })).toContainText('Herkunftsorganisation: Jugendrat Winnyzja');
    await expect(history).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-|exchange_delegation|fromPlaceId|\{"/);
    await expect(history).not.toContainText('Weitere Angabe');
  });
});

test('the organization a delegation comes from is named in the language the reader switches to', async ({ page }) => {
  await signUp(page, { displayName: 'Ralf Dietrich' });
  const { exchange } = await projectWorkshop(page, {
    kind: 'delegation_visit',
    title: { de: 'Besuch aus Winnyzja', uk: 'Візит з Вінниці' },
  });
  await page.goto(`/exchanges/${exchange.id}`);
  await page.getByRole('region', { name: 'Delegationen' }).getByRole('button', { name: 'Delegation hinzufügen' }).click();
  const form = page.getByRole('form', { name: 'Neue Delegation' });
  await pick(form, 'Oder von der Organisation', 'GIZ', 'GIZ');
  const organization = form.getByRole('combobox', { name: 'Oder von der Organisation' });
  await expect(organization).toHaveValue('Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ) GmbH');
  await page.getByRole('button', { name: 'Українська' }).click();
  await expect(page.getByRole('form', { name: 'Нова делегація' }).getByRole('combobox', { name: 'Або від організації' })).toHaveValue('Німецьке товариство міжнародного співробітництва (GIZ)');
});
