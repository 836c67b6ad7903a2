import type { CsvColumn } from '../../core/csv/csv-export.js';
import { localDateTime, type ExportLanguage } from '../../core/export/export-language.js';
import { nameInLanguage } from '../../core/text/name-in-language.js';
import type { OrganizationKind } from '../actors/organizations.tables.js';
import type { Registration } from './registrations.schemas.js';
import type { RegistrationState } from './registrations.tables.js';

interface Words {
  file: string;
  headers: Record<'familyName' | 'givenName' | 'organization' | 'organizationKind' | 'country' | 'delegation' | 'state' | 'registeredAt' | 'confirmedAt' | 'checkedInAt' | 'email' | 'note', string>;
  states: Record<RegistrationState, string>;
  kinds: Record<OrganizationKind, string>;
}

/** The words of the participant list in each language of the app (as the web app names them). */
export const PARTICIPANT_EXPORT_WORDS: Record<ExportLanguage, Words> = {
  de: {
    file: 'Teilnehmende',
    headers: {
      familyName: 'Nachname',
      givenName: 'Vorname',
      organization: 'Organisation',
      organizationKind: 'Art der Organisation',
      country: 'Land',
      delegation: 'Delegation',
      state: 'Status',
      registeredAt: 'Angemeldet am',
      confirmedAt: 'Bestätigt am',
      checkedInAt: 'Eingecheckt am',
      email: 'E-Mail',
      note: 'Notiz',
    },
    states: { invited: 'Eingeladen', registered: 'Angemeldet', waitlisted: 'Warteliste', confirmed: 'Bestätigt', attended: 'Teilgenommen', cancelled: 'Abgesagt' },
    kinds: {
      municipal_office: 'Kommunale Dienststelle',
      municipal_enterprise: 'Kommunales Unternehmen',
      utility: 'Versorgungsunternehmen',
      ministry: 'Ministerium',
      parliament: 'Parlament',
      development_agency: 'Entwicklungsagentur',
      network: 'Netzwerk oder Verband',
      consultancy: 'Beratungsunternehmen',
      ngo: 'Nichtregierungsorganisation',
      housing_cooperative: 'Wohnungsgenossenschaft',
      community_centre: 'Stadtteilzentrum',
      neighbourhood_management: 'Quartiersmanagement',
      university: 'Hochschule',
      company: 'Unternehmen',
    },
  },
  en: {
    file: 'Participants',
    headers: {
      familyName: 'Family name',
      givenName: 'Given name',
      organization: 'Organisation',
      organizationKind: 'Kind of organisation',
      country: 'Country',
      delegation: 'Delegation',
      state: 'Status',
      registeredAt: 'Registered at',
      confirmedAt: 'Confirmed at',
      checkedInAt: 'Checked in at',
      email: 'Email',
      note: 'Note',
    },
    states: { invited: 'Invited', registered: 'Registered', waitlisted: 'Waiting list', confirmed: 'Confirmed', attended: 'Attended', cancelled: 'Cancelled' },
    kinds: {
      municipal_office: 'Municipal office',
      municipal_enterprise: 'Municipal enterprise',
      utility: 'Utility',
      ministry: 'Ministry',
      parliament: 'Parliament',
      development_agency: 'Development agency',
      network: 'Network or association',
      consultancy: 'Consultancy',
      ngo: 'NGO',
      housing_cooperative: 'Housing cooperative',
      community_centre: 'Community centre',
      neighbourhood_management: 'Neighbourhood management',
      university: 'University',
      company: 'Company',
    },
  },
  uk: {
    file: 'Учасники',
    headers: {
      familyName: 'Прізвище',
      givenName: 'Імʼя',
      organization: 'Організація',
      organizationKind: 'Тип організації',
      country: 'Країна',
      delegation: 'Делегація',
      state: 'Статус',
      registeredAt: 'Зареєстровано',
      confirmedAt: 'Підтверджено',
      checkedInAt: 'Прибуття відмічено',
      email: 'Електронна пошта',
      note: 'Примітка',
    },
    states: { invited: 'Запрошено', registered: 'Зареєстровано', waitlisted: 'Список очікування', confirmed: 'Підтверджено', attended: 'Був присутній', cancelled: 'Скасовано' },
    kinds: {
      municipal_office: 'Муніципальна установа',
      municipal_enterprise: 'Комунальне підприємство',
      utility: 'Постачальник комунальних послуг',
      ministry: 'Міністерство',
      parliament: 'Представницький орган',
      development_agency: 'Агенція розвитку',
      network: 'Мережа або асоціація',
      consultancy: 'Консалтингова компанія',
      ngo: 'Громадська організація',
      housing_cooperative: 'Житловий кооператив',
      community_centre: 'Центр громади',
      neighbourhood_management: 'Квартальний менеджмент',
      university: 'Університет',
      company: 'Компанія',
    },
  },
};

const countryName = (code: string | null, language: ExportLanguage) => {
  if (!code) return '';
  // Kosovo has no ISO code of its own; XK is the one everybody uses.
  if (code === 'XK') return { de: 'Kosovo', en: 'Kosovo', uk: 'Косово' }[language];
  return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
};

/**
 * The columns of the participant list in the reader's language: translated headers, states and
 * kinds by their names, countries by name, moments in the exchange's time zone.
 */
export function participantColumns(language: ExportLanguage, timeZone: string, delegationNames: Map<string, string>): CsvColumn<Registration>[] {
  const words = PARTICIPANT_EXPORT_WORDS[language];
  const moment = (value: string | null) => localDateTime(value, language, timeZone);
  const { headers } = words;
  return [
    { header: headers.familyName, value: (item) => item.person?.familyName },
    { header: headers.givenName, value: (item) => item.person?.givenName },
    { header: headers.organization, value: (item) => (item.organization ? nameInLanguage(item.organization.names, item.organization.name, language) : '') },
    { header: headers.organizationKind, value: (item) => (item.organization ? words.kinds[item.organization.kind] : '') },
    { header: headers.country, value: (item) => countryName(item.countryCode, language) },
    { header: headers.delegation, value: (item) => (item.delegationId ? delegationNames.get(item.delegationId) : '') },
    { header: headers.state, value: (item) => words.states[item.state] },
    { header: headers.registeredAt, value: (item) => moment(item.registeredAt) },
    { header: headers.confirmedAt, value: (item) => moment(item.confirmedAt) },
    { header: headers.checkedInAt, value: (item) => moment(item.checkedInAt) },
    { header: headers.email, value: (item) => item.email },
    { header: headers.note, value: (item) => item.note },
  ];
}
