import type { TFunction } from 'i18next';
import type { Language } from '../../i18n/languages';
import { countryName } from '../../lib/countryName';
import { formatDateRange } from '../../lib/formatDateRange';
import { pickName } from '../../lib/pickName';
import type { Candidate } from './documentApi';

/** What tells a candidate apart, in the reader's language: "Leipzig, Deutschland, Kommunale Dienststelle"; empty when nothing does. */
export function candidateFactsText(candidate: Candidate, t: TFunction, language: Language): string {
  const { facts } = candidate;
  const translate = t as unknown as (key: string, options: { defaultValue: string }) => string;
  const kind = facts.kind ? translate(`enums.${candidate.type === 'partnership' ? 'partnershipKind' : 'organizationKind'}.${facts.kind}`, { defaultValue: '' }) : '';
  return [
    facts.startDate && facts.endDate ? formatDateRange(facts.startDate, facts.endDate, language) : null,
    facts.place ? pickName(facts.place.names, facts.place.name, language).text : null,
    facts.countryCode ? countryName(facts.countryCode, language) : null,
    facts.population ? t('review.inhabitants', { count: facts.population }) : null,
    kind || null,
    facts.year ? String(facts.year) : null,
  ]
    .filter(Boolean)
    .join(', ');
}
