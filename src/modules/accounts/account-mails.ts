import type { OutgoingMail } from '../mail/mail.service.js';
import type { UiLanguage } from './users.tables.js';

interface MailText {
  subject: string;
  body: (name: string, link: string, hours: number) => string;
}

const VERIFY: Record<UiLanguage, MailText> = {
  de: {
    subject: 'Stadtdialog: Bitte bestätigen Sie Ihre E-Mail-Adresse',
    body: (name, link, hours) =>
      `Hallo ${name},\n\nbitte bestätigen Sie Ihre E-Mail-Adresse für Stadtdialog mit diesem Link (gültig ${hours} Stunden, nur einmal):\n\n${link}\n\nWenn Sie kein Konto angelegt haben, können Sie diese Nachricht ignorieren.`,
  },
  en: {
    subject: 'Stadtdialog: please confirm your e-mail address',
    body: (name, link, hours) =>
      `Hello ${name},\n\nplease confirm your e-mail address for Stadtdialog with this link (valid for ${hours} hours, once):\n\n${link}\n\nIf you did not create an account, you can ignore this message.`,
  },
  uk: {
    subject: 'Stadtdialog: підтвердіть, будь ласка, свою адресу електронної пошти',
    body: (name, link, hours) =>
      `Вітаємо, ${name}!\n\nПідтвердіть, будь ласка, свою адресу електронної пошти для Stadtdialog за цим посиланням (дійсне ${hours} год., одноразове):\n\n${link}\n\nЯкщо ви не створювали обліковий запис, просто проігноруйте цей лист.`,
  },
};

const RESET: Record<UiLanguage, MailText> = {
  de: {
    subject: 'Stadtdialog: Passwort zurücksetzen',
    body: (name, link, hours) =>
      `Hallo ${name},\n\nmit diesem Link legen Sie ein neues Passwort fest (gültig ${hours} Stunde(n), nur einmal):\n\n${link}\n\nWenn Sie das nicht angefordert haben, bleibt Ihr Passwort unverändert.`,
  },
  en: {
    subject: 'Stadtdialog: reset your password',
    body: (name, link, hours) =>
      `Hello ${name},\n\nuse this link to choose a new password (valid for ${hours} hour(s), once):\n\n${link}\n\nIf you did not ask for this, your password stays as it is.`,
  },
  uk: {
    subject: 'Stadtdialog: відновлення пароля',
    body: (name, link, hours) =>
      `Вітаємо, ${name}!\n\nЗа цим посиланням ви можете встановити новий пароль (дійсне ${hours} год., одноразове):\n\n${link}\n\nЯкщо ви цього не запитували, ваш пароль залишиться без змін.`,
  },
};

export const VERIFY_EMAIL_HOURS = 48;
export const RESET_PASSWORD_HOURS = 1;

export function verificationMail(language: UiLanguage, to: string, name: string, link: string): OutgoingMail {
  const text = VERIFY[language];
  return { to, subject: text.subject, text: text.body(name, link, VERIFY_EMAIL_HOURS) };
}

export function passwordResetMail(language: UiLanguage, to: string, name: string, link: string): OutgoingMail {
  const text = RESET[language];
  return { to, subject: text.subject, text: text.body(name, link, RESET_PASSWORD_HOURS) };
}
