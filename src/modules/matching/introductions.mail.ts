import type { UiLanguage } from '../accounts/accounts.types.js';
import type { OutgoingMail } from '../mail/mail.service.js';

export type IntroductionMailEvent = 'requested' | 'accepted' | 'declined';

interface MailFacts {
  /** The side that wrote, and the other side, named in the recipient's language. */
  from: string;
  to: string;
  message: string;
  link: string;
  date: string | null;
}

const SUBJECT: Record<UiLanguage, Record<IntroductionMailEvent, (facts: MailFacts) => string>> = {
  de: {
    requested: (facts) => `Vermittlung: ${facts.from} möchte ${facts.to} kennenlernen`,
    accepted: (facts) => `Vermittlung angenommen: ${facts.from} und ${facts.to}`,
    declined: (facts) => `Vermittlung abgelehnt: ${facts.from} und ${facts.to}`,
  },
  en: {
    requested: (facts) => `Introduction: ${facts.from} would like to meet ${facts.to}`,
    accepted: (facts) => `Introduction accepted: ${facts.from} and ${facts.to}`,
    declined: (facts) => `Introduction declined: ${facts.from} and ${facts.to}`,
  },
  uk: {
    requested: (facts) => `Знайомство: ${facts.from} хоче познайомитися з ${facts.to}`,
    accepted: (facts) => `Знайомство прийнято: ${facts.from} і ${facts.to}`,
    declined: (facts) => `Знайомство відхилено: ${facts.from} і ${facts.to}`,
  },
};

const LEAD: Record<UiLanguage, Record<IntroductionMailEvent, (facts: MailFacts) => string>> = {
  de: {
    requested: (facts) =>
      `${facts.from} bittet auf Stadtdialog um ein Kennenlernen mit ${facts.to}${facts.date ? ` und schlägt ein erstes Online-Treffen am ${facts.date} vor` : ''}.`,
    accepted: (facts) => `${facts.to} hat die Vermittlung mit ${facts.from} angenommen${facts.date ? `; das erste Online-Treffen ist am ${facts.date}` : ''}.`,
    declined: (facts) => `${facts.to} hat die Vermittlung mit ${facts.from} abgelehnt.`,
  },
  en: {
    requested: (facts) => `${facts.from} asks on Stadtdialog to be introduced to ${facts.to}${facts.date ? ` and proposes a first online meeting on ${facts.date}` : ''}.`,
    accepted: (facts) => `${facts.to} accepted the introduction to ${facts.from}${facts.date ? `; the first online meeting is on ${facts.date}` : ''}.`,
    declined: (facts) => `${facts.to} declined the introduction to ${facts.from}.`,
  },
  uk: {
    requested: (facts) =>
      `${facts.from} просить у Stadtdialog про знайомство з ${facts.to}${facts.date ? ` і пропонує першу онлайн-зустріч ${facts.date}` : ''}.`,
    accepted: (facts) => `${facts.to} прийняв(-ла) знайомство з ${facts.from}${facts.date ? `; перша онлайн-зустріч — ${facts.date}` : ''}.`,
    declined: (facts) => `${facts.to} відхилив(-ла) знайомство з ${facts.from}.`,
  },
};

const MESSAGE: Record<UiLanguage, string> = { de: 'Die Nachricht', en: 'The message', uk: 'Повідомлення' };
const OPEN: Record<UiLanguage, string> = {
  de: 'Unter „Vermittlungen“ antworten Sie oder sehen den Stand:',
  en: 'Answer or follow it under “Introductions”:',
  uk: 'Відповісти або стежити за перебігом можна в розділі «Знайомства»:',
};

const LOCALES: Record<UiLanguage, string> = { de: 'de-DE', en: 'en-GB', uk: 'uk-UA' };

/** "2027-03-10" as a reader of the language writes it. */
const dateIn = (language: UiLanguage, isoDate: string) =>
  new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));

/** A mail about an introduction, in the recipient's language. */
export function introductionMail(language: UiLanguage, to: string, event: IntroductionMailEvent, given: MailFacts): OutgoingMail {
  const facts = { ...given, date: given.date ? dateIn(language, given.date) : null };
  return {
    to,
    subject: SUBJECT[language][event](facts),
    text: `${LEAD[language][event](facts)}\n\n${MESSAGE[language]}:\n\n${facts.message}\n\n${OPEN[language]}\n\n${facts.link}`,
  };
}
