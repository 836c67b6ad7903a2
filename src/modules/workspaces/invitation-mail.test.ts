import { describe, expect, it } from 'vitest';
import { invitationMail } from './invitation-mail.js';

describe('invitation mail', () => {
  it('keeps an invitation to a workspace whose name is quoted readable', () => {
    const mail = invitationMail('de', 'a@example.org', 'Jana', 'Verein „Brücke“', 'member', 'https://example.org/i');
    expect(mail.subject).toBe('Einladung in „Verein ‚Brücke‘“ auf Stadtdialog');
    expect(mail.text).toContain('in den Arbeitsbereich „Verein ‚Brücke‘“ auf Stadtdialog');
  });
});
