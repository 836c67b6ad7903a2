import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { BackLink } from '../../shell/BackLink';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { SelectField } from '../../shell/SelectField';
import { ChangeRow } from './ChangeRow';
import { planApi, planKeys } from './planApi';
import { usePlan } from './usePlan';
import { TableScroll } from '../../shell/TableScroll';

/** Two agreed versions (or a version and the current draft) side by side, field by field. */
export function PlanComparePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { id } = useParams();
  const plan = usePlan(id);
  const [params, setParams] = useSearchParams();
  const versions = plan.data?.versions.map((version) => String(version.number)) ?? [];
  const options = [...versions, ...(plan.data?.status === 'draft' ? ['draft'] : [])];
  const from = params.get('from') ?? options.at(-2) ?? '';
  const to = params.get('to') ?? options.at(-1) ?? '';
  const comparison = useQuery({
    queryKey: planKeys.compare(id, from, to, plan.data?.revision),
    queryFn: ({ signal }) => planApi.compare(id ?? '', from, to, signal),
    enabled: Boolean(from && to),
  });
  const label = (option: string) => (option === 'draft' ? t('plans.currentDraft') : t('plans.versionBadge', { number: option }));
  const heading = t('plans.compareVersions');
  return (
    <>
      <BackLink to={`/action-plans/${id}`}>{plan.data ? pickText(plan.data.title, language).text : t('plans.backToList')}</BackLink>
      <PageHeading title={heading}>{heading}</PageHeading>
      {plan.isPending && <LoadingState />}
      {options.length < 2 && plan.data && <p className="kern-body">{t('plans.nothingToCompare')}</p>}
      {options.length >= 2 && (
        <div className="form-row">
          <SelectField label={t('plans.compareFrom')} value={from} emptyLabel={t('forms.choose')} options={options.map((value) => ({ value, label: label(value) }))} onChange={(value) => setParams({ from: value, to })} />
          <SelectField label={t('plans.compareTo')} value={to} emptyLabel={t('forms.choose')} options={options.map((value) => ({ value, label: label(value) }))} onChange={(value) => setParams({ from, to: value })} />
        </div>
      )}
      {comparison.isError && <ErrorState error={comparison.error} />}
      {comparison.data &&
        (comparison.data.changes.length === 0 ? (
          <p className="kern-body">{t('plans.noChanges')}</p>
        ) : (
          <TableScroll>
            <table className="kern-table">
              <caption className="kern-sr-only">{t('plans.changesBetween', { from: label(from), to: label(to) })}</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t('plans.changeWhere')}</th>
                  <th scope="col" className="kern-table__header">{label(from)}</th>
                  <th scope="col" className="kern-table__header">{label(to)}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {comparison.data.changes.map((change) => (
                  <ChangeRow key={change.path.join('/')} change={change} />
                ))}
              </tbody>
            </table>
          </TableScroll>
        ))}
    </>
  );
}
