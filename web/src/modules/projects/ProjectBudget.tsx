import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { useLanguage } from '../../lib/useLanguage';
import { Section } from '../../shell/Section';
import { BudgetTotalsTable } from '../plans/BudgetTotalsTable';
import { formatMoney } from '../plans/formatMoney';
import { SpendingForm } from '../plans/SpendingForm';
import { MayCreate } from '../accounts/MayCreate';
import { GrantLine } from '../funding/GrantLine';
import { projectApi, projectKeys } from './projectApi';
import { ItemList } from '../../shell/ItemList';

/** A project's budget against grants and spending, with a form to record spending. */
export function ProjectBudget({ projectId, canRecord }: { projectId: string; canRecord: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const budget = useQuery({ queryKey: projectKeys.budget(projectId), queryFn: ({ signal }) => projectApi.budget(projectId, signal) });
  return (
    <Section title={t('projects.budgetTitle')}>
      {budget.data && (
        <>
          <BudgetTotalsTable totals={budget.data.totals} caption={t('projects.budgetTitle')} />
          <h3 className="kern-heading-small">{t('projects.grants')}</h3>
          <ItemList items={budget.data.grants} keyOf={(grant) => grant.id} empty={t('projects.noGrants')}>
            {(grant) => <GrantLine grant={grant} />}
          </ItemList>
          <p className="button-row">
            <MayCreate>
              <Link className="kern-btn kern-btn--secondary kern-btn--small" to={`/funding/grants/new?projectId=${projectId}`}>
                <span className="kern-label">{t('funding.addGrant')}</span>
              </Link>
            </MayCreate>
          </p>
          <h3 className="kern-heading-small">{t('projects.spending')}</h3>
          <ItemList items={budget.data.expenditures} keyOf={(entry) => entry.id} empty={t('projects.noSpending')}>
            {(entry) => (
              <>
                {formatDate(entry.spentOn, language)}: {formatMoney(entry.amount, entry.currency, language)}
                {entry.description && ` – ${entry.description}`}
              </>
            )}
          </ItemList>
        </>
      )}
      {canRecord && <SpendingForm target={{ projectId }} />}
    </Section>
  );
}
