import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { useLanguage } from '../../lib/useLanguage';
import { LocalizedText } from '../../shell/LocalizedText';
import { OrganizationName } from '../../shell/OrganizationName';
import { formatMoney } from './formatMoney';
import type { Measure } from './planApi';
import { MeasureBadges } from './MeasureBadges';

/** The measures of a priority: dates, who is responsible, budget, latest progress; overdue ones marked. */
export function MeasureList({ planId, measures }: { planId: string; measures: Measure[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (measures.length === 0) return <p className="kern-body">{t('plans.noMeasures')}</p>;
  return (
    <ul className="measure-list">
      {measures.map((measure) => (
        <li key={measure.id} className={`measure-list__item${measure.overdue ? ' measure-list__item--overdue' : ''}`}>
          <p className="kern-body measure-list__title">
            <Link className="kern-link" to={`/action-plans/${planId}/measures/${measure.id}`}>
              <LocalizedText value={measure.title} />
            </Link>{' '}
            <MeasureBadges status={measure.latestProgress?.status ?? null} overdue={measure.overdue} />
          </p>
          <p className="kern-body kern-body--small">
            {[
              measure.startDate || measure.endDate ? `${measure.startDate ? formatDate(measure.startDate, language, 'medium') : '…'} – ${measure.endDate ? formatDate(measure.endDate, language, 'medium') : '…'}` : null,
              measure.budget !== null ? formatMoney(measure.budget, measure.currency, language) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
            {measure.responsible && (
              <>
                {' · '}
                <OrganizationName organization={measure.responsible} />
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
