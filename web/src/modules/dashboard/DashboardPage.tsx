import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../lib/countryName';
import { formatNumber } from '../../lib/formatNumber';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { ErrorState } from '../../shell/ErrorState';
import { FilterBar } from '../../shell/FilterBar';
import { InputField } from '../../shell/InputField';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { SelectField } from '../../shell/SelectField';
import { useSession } from '../accounts/useSession';
import { BarChart } from './BarChart';
import { exchangeApi, exchangeKeys } from '../exchanges/exchangeApi';
import { YearChart } from './YearChart';

const THIS_YEAR = new Date().getFullYear();
const yearOrUndefined = (text: string) => (/^\d{4}$/.test(text.trim()) ? Number(text.trim()) : undefined);

/** Exchanges per year, participants by country and the themes most worked on, as charts with their figures. */
export function DashboardPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { workspaces } = useSession();
  const [from, setFrom] = useState(String(THIS_YEAR - 12));
  // Visits are planned a year ahead: the default range shows them beside the past ones.
  const [to, setTo] = useState(String(THIS_YEAR + 1));
  const [workspaceId, setWorkspaceId] = useState('');
  const filters = { from: yearOrUndefined(from), to: yearOrUndefined(to), workspaceId: workspaceId || undefined };
  const query = useQuery({
    queryKey: exchangeKeys.statistics(filters),
    queryFn: ({ signal }) => exchangeApi.statistics(filters, signal),
  });
  const data = query.data;
  const number = (value: number) => formatNumber(value, language);

  return (
    <>
      <PageHeading title={t('dashboard.title')}>{t('dashboard.title')}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('dashboard.intro')}</p>
      <FilterBar>
        <InputField label={t('dashboard.fromYear')} type="number" value={from} onChange={setFrom} />
        <InputField label={t('dashboard.toYear')} type="number" value={to} onChange={setTo} />
        {workspaces.length > 0 && (
          <SelectField
            label={t('forms.workspace')}
            value={workspaceId}
            emptyLabel={t('dashboard.allWorkspaces')}
            options={workspaces.map((workspace) => ({ value: workspace.id, label: workspace.name }))}
            onChange={setWorkspaceId}
          />
        )}
      </FilterBar>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {data && (
        <>
          <dl className="key-figures">
            <div>
              <dt className="kern-body">{t('dashboard.exchanges')}</dt>
              <dd className="kern-heading-medium">{number(data.totals.exchanges)}</dd>
            </div>
            <div>
              <dt className="kern-body">{t('dashboard.participants')}</dt>
              <dd className="kern-heading-medium">{number(data.totals.participants)}</dd>
            </div>
            <div>
              <dt className="kern-body">{t('dashboard.countries')}</dt>
              <dd className="kern-heading-medium">{number(data.totals.countries)}</dd>
            </div>
          </dl>
          <p className="kern-body kern-body--small">{t('dashboard.basis', { from: data.from, to: data.to })}</p>
          <div className="dashboard">
            <YearChart title={t('dashboard.perYear')} rows={data.exchangesPerYear} from={data.from} to={data.to} />
            <BarChart
              title={t('dashboard.byCountry')}
              valueLabel={t('dashboard.participants')}
              summary={t('dashboard.countrySummary', {
                count: data.participantsByCountry.length,
                first: data.participantsByCountry[0]?.countryCode ? countryName(data.participantsByCountry[0].countryCode, language) : '',
              })}
              bars={data.participantsByCountry.map((row) => ({
                key: row.countryCode ?? 'none',
                label: row.countryCode ? countryName(row.countryCode, language) : t('common.notSpecified'),
                value: row.count,
              }))}
            />
            <BarChart
              title={t('dashboard.themes')}
              valueLabel={t('dashboard.exchanges')}
              summary={t('dashboard.themeSummary', {
                count: data.themes.length,
                first: data.themes[0] ? pickText(data.themes[0].theme.name, language, data.themes[0].theme.slug).text : '',
              })}
              bars={data.themes.map((row) => ({ key: row.theme.id, label: pickText(row.theme.name, language, row.theme.slug).text, value: row.count }))}
            />
          </div>
        </>
      )}
    </>
  );
}
