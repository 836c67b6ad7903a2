import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/formatDate';
import { useLanguage } from '../../lib/useLanguage';
import { ErrorState } from '../../shell/ErrorState';
import { ListActions, ListHeader } from '../../shell/ListHeader';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { LocalizedText } from '../../shell/LocalizedText';
import { OrganizationName } from '../../shell/OrganizationName';
import { Section } from '../../shell/Section';
import { UpcomingDeadlines } from '../plans/UpcomingDeadlines';
import { fundingApi, fundingKeys, type ProgrammeSummary } from './fundingApi';
import { RecordTable, type Column } from '../../shell/RecordTable';
import { pagedItems } from '../../lib/pagedItems';

/** The programme catalogue and the upcoming deadlines. */
export function FundingPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useInfiniteQuery({
    ...pagedQuery(fundingKeys.programmes, (cursor, signal) => fundingApi.programmes({ limit: 25, cursor }, signal)),
    placeholderData: keepPreviousData,
  });
  const programmes = pagedItems(query.data);
  const columns: Column<ProgrammeSummary>[] = [
    { header: t('funding.programmeName'), cell: (programme) => <LocalizedText value={programme.name} />, link: (programme) => `/funding/programmes/${programme.id}` },
    { header: t('funding.funder'), cell: (programme) => programme.funder && <OrganizationName organization={programme.funder} /> },
    { header: t('funding.level'), cell: (programme) => t(`funding.levels.${programme.level}`) },
    { header: t('funding.nextDeadline'), cell: (programme) => (programme.nextDeadline ? formatDate(programme.nextDeadline, language) : '–') },
  ];
  return (
    <>
      <ListHeader title={t('funding.title')} intro={t('funding.intro')} />
      <Section title={t('funding.upcomingDeadlines')}>
        <UpcomingDeadlines />
      </Section>
      <Section title={t('funding.programmes')}>
        <ListActions create={{ to: '/funding/programmes/new', label: t('funding.createProgramme') }} />
        {query.isPending && <LoadingState />}
        {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
        {query.data && <RecordTable caption={t('funding.programmes')} empty={t('funding.empty')} rows={programmes} columns={columns} />}
        {query.data && <LoadMore shown={programmes.length} query={query} />}
      </Section>
    </>
  );
}
