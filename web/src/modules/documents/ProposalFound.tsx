import { useTranslation } from 'react-i18next';
import { countryName } from '../../lib/countryName';
import { formatDateRange } from '../../lib/formatDateRange';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import type { Proposal } from './documentApi';

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const number = (value: unknown) => (typeof value === 'number' ? value : null);

/** What the extraction found, in words: the name, and for an exchange its kind, dates and venue; with how sure it is. */
export function ProposalFound({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const found = proposal.proposal;
  const confidence = number(found.confidence);
  // "70 % sicher" is one piece of information: it never breaks across lines.
  const sure =
    confidence !== null ? (
      <>
        {' · '}
        <span className="nowrap proposal-confidence">{t('review.confidence', { percent: Math.round(confidence * 100) })}</span>
      </>
    ) : null;
  switch (proposal.field) {
    case 'exchange': {
      const venue = found.venue as { name?: string; country?: string } | null;
      const start = text(found.startDate);
      const parts = [
        t(`enums.exchangeKind.${text(found.kind)}`, { defaultValue: text(found.kind) }),
        start ? formatDateRange(start, text(found.endDate) || start, language) : t('review.noDates'),
        venue?.name ? `${venue.name}${venue.country ? ` (${countryName(venue.country, language)})` : ''}` : null,
        number(found.participantCount) !== null ? t('review.participants', { count: number(found.participantCount) ?? 0 }) : null,
      ].filter(Boolean);
      return (
        <>
          <strong>{text(found.title) || t('review.untitledExchange')}</strong> · {parts.join(' · ')}
          {sure}
        </>
      );
    }
    case 'municipality': {
      return (
        <>
          <strong>{text(found.name)}</strong>
          {text(found.canonical) && text(found.canonical) !== text(found.name) ? ` (${text(found.canonical)})` : ''} · {countryName(text(found.country), language)}
          {text(found.role) && ` · ${t(`review.roles.${text(found.role)}`, { defaultValue: '' })}`}
          {sure}
        </>
      );
    }
    case 'organization':
      return (
        <>
          <strong>{text(found.name)}</strong>
          {text(found.shortName) ? ` (${text(found.shortName)})` : ''} · {t(`enums.organizationKind.${text(found.kind)}`, { defaultValue: text(found.kind) })}
          {sure}
        </>
      );
    case 'theme': {
      const label = proposal.suggestion?.candidates[0]?.title ?? proposal.record?.title;
      const keywords = Array.isArray(found.keywords) ? (found.keywords as unknown[]).map(text).filter(Boolean) : [];
      return (
        <>
          <strong>{label ? pickText(label, language, keywords[0] ?? '').text : keywords[0]}</strong>
          {keywords.length > 0 && ` · ${t('review.keywords', { keywords: keywords.join(', ') })}`}
        </>
      );
    }
    case 'funding_programme':
      return (
        <>
          <strong>{text(found.name)}</strong>
          {sure}
        </>
      );
    case 'partnership': {
      const since = number(found.since);
      return (
        <>
          <strong>
            {text(found.a)} – {text(found.b)}
          </strong>
          {since !== null && ` · ${t('review.since', { year: since })}`}
        </>
      );
    }
  }
}
