import { nestQuotes } from '../../core/text/nested-quotes.js';
import type { UiLanguage } from '../accounts/accounts.types.js';
import type { OutgoingMail } from '../mail/mail.service.js';
import type { PlaceRef } from '../places/places.schemas.js';
import type { ExchangeRow } from './exchanges.repository.js';

const LOCALES: Record<UiLanguage, string> = { de: 'de-DE', en: 'en-GB', uk: 'uk-UA' };

function languageFor(languages: string[]): UiLanguage {
  return (languages.find((language): language is UiLanguage => language === 'de' || language === 'en' || language === 'uk') ?? 'en');
}

function textIn(text: Record<string, string>, language: UiLanguage): string {
  return text[language] ?? text.en ?? text.de ?? Object.values(text)[0] ?? '';
}

function dates(exchange: ExchangeRow, language: UiLanguage): string {
  const format = new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' });
  const start = new Date(`${exchange.startDate}T00:00:00Z`);
  const end = new Date(`${exchange.endDate}T00:00:00Z`);
  return exchange.startDate === exchange.endDate ? format.format(start) : format.formatRange(start, end);
}

const BODY: Record<UiLanguage, (name: string, title: string, when: string, where: string, url: string) => string> = {
  de: (name, title, when, where, url) =>
    `Guten Tag ${name},\n\nSie sind zu „${title}“ eingeladen (${when}${where ? `, ${where}` : ''}).\n\nBitte sagen Sie über diesen Link zu oder ab – ein Konto brauchen Sie dafür nicht:\n\n${url}\n\nDer Link gilt bis zum Ende der Veranstaltung. Wenn Sie zusagen und alle Plätze vergeben sind, kommen Sie auf die Warteliste und rücken nach, sobald ein Platz frei wird.`,
  en: (name, title, when, where, url) =>
    `Dear ${name},\n\nYou are invited to “${title}” (${when}${where ? `, ${where}` : ''}).\n\nPlease confirm or decline with this link – no account is needed:\n\n${url}\n\nThe link works until the event is over. If you confirm when all places are taken, you go on the waiting list and move up as soon as a place becomes free.`,
  uk: (name, title, when, where, url) =>
    `Добрий день, ${name}!\n\nВас запрошено на «${title}» (${when}${where ? `, ${where}` : ''}).\n\nБудь ласка, підтвердьте участь або відмовтеся за цим посиланням – обліковий запис не потрібен:\n\n${url}\n\nПосилання дійсне до завершення заходу. Якщо ви підтвердите участь, коли всі місця зайняті, вас буде внесено до списку очікування, і ви отримаєте місце, щойно воно звільниться.`,
};

const SUBJECT: Record<UiLanguage, (title: string) => string> = {
  de: (title) => `Einladung: ${title}`,
  en: (title) => `Invitation: ${title}`,
  uk: (title) => `Запрошення: ${title}`,
};

/** The e-mail with a person's invitation link, in the first of their languages the app speaks. */
export function registrationInvitationMail(input: {
  to: string;
  languages: string[];
  name: string;
  exchange: ExchangeRow;
  venue: PlaceRef | undefined;
  url: string;
}): OutgoingMail {
  const language = languageFor(input.languages);
  const title = textIn(input.exchange.title, language);
  const place = input.venue ? textIn({ ...input.venue.names, local: input.venue.name }, language) || input.venue.name : '';
  const where = [input.exchange.venueName, place].filter(Boolean).join(', ');
  return { to: input.to, subject: SUBJECT[language](title), text: nestQuotes(BODY[language](input.name, title, dates(input.exchange, language), where, input.url), language) };
}
