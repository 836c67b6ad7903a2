import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/formatDateTime';
import { useLanguage } from '../../lib/useLanguage';
import { Section } from '../../shell/Section';
import type { PlanDetail } from './planApi';
import { ItemList } from '../../shell/ItemList';

/** Every agreed version with who agreed, and links to compare them. */
export function PlanVersions({ plan }: { plan: PlanDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Section title={t('plans.versions')}>
      <ItemList items={plan.versions} keyOf={(version) => version.number} empty={t('plans.noVersions')}>
        {(version) => (
          <>
            {t('plans.versionLine', { number: version.number, date: formatDateTime(version.agreedAt, language) })}{' '}
            ({version.agreements.map((agreement) => `${agreement.side}: ${agreement.userName}`).join('; ')})
          </>
        )}
      </ItemList>
      {(plan.versions.length > 1 || (plan.versions.length > 0 && plan.status === 'draft')) && (
        <p className="button-row">
          <Link className="kern-btn kern-btn--secondary" to={`/action-plans/${plan.id}/versions`}>
            <span className="kern-label">{t('plans.compareVersions')}</span>
          </Link>
        </p>
      )}
    </Section>
  );
}
