import { nestQuotes } from '../../core/text/nested-quotes.js';
import type { UiLanguage } from '../accounts/accounts.types.js';
import type { OutgoingMail } from '../mail/mail.service.js';

const TEXT: Record<UiLanguage, (inviter: string, workspace: string, role: string, link: string, days: number) => OutgoingMail['text']> = {
  de: (inviter, workspace, role, link, days) =>
    `${inviter} lädt Sie in den Arbeitsbereich „${workspace}“ auf Stadtdialog ein (Rolle: ${role}).\n\nZum Annehmen öffnen Sie diesen Link (gültig ${days} Tage):\n\n${link}\n\nFalls Sie noch kein Konto haben, können Sie es dort anlegen.`,
  en: (inviter, workspace, role, link, days) =>
    `${inviter} invites you to the workspace “${workspace}” on Stadtdialog (role: ${role}).\n\nTo accept, open this link (valid for ${days} days):\n\n${link}\n\nIf you have no account yet, you can create one there.`,
  uk: (inviter, workspace, role, link, days) =>
    `${inviter} запрошує вас до робочого простору «${workspace}» у Stadtdialog (роль: ${role}).\n\nЩоб прийняти запрошення, відкрийте це посилання (дійсне ${days} дн.):\n\n${link}\n\nЯкщо у вас ще немає облікового запису, ви зможете створити його там.`,
};

const SUBJECT: Record<UiLanguage, (workspace: string) => string> = {
  de: (workspace) => `Einladung in „${workspace}“ auf Stadtdialog`,
  en: (workspace) => `Invitation to “${workspace}” on Stadtdialog`,
  uk: (workspace) => `Запрошення до «${workspace}» у Stadtdialog`,
};

const ROLE_NAMES: Record<UiLanguage, Record<string, string>> = {
  de: { owner: 'Eigentümer/in', coordinator: 'Koordination', member: 'Mitglied', guest: 'Gast' },
  en: { owner: 'owner', coordinator: 'coordinator', member: 'member', guest: 'guest' },
  uk: { owner: 'власник', coordinator: 'координатор', member: 'учасник', guest: 'гість' },
};

export const INVITATION_DAYS = 14;

export function invitationMail(language: UiLanguage, to: string, inviter: string, workspace: string, role: string, link: string): OutgoingMail {
  return {
    to,
    subject: nestQuotes(SUBJECT[language](workspace), language),
    text: nestQuotes(TEXT[language](inviter, workspace, ROLE_NAMES[language][role] ?? role, link, INVITATION_DAYS), language),
  };
}
