import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { countryName } from '../../lib/countryName';
import { pickName } from '../../lib/pickName';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { BackLink } from '../../shell/BackLink';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { LocalizedText } from '../../shell/LocalizedText';
import { PageHeading } from '../../shell/PageHeading';
import { RecordTable } from '../../shell/RecordTable';
import { ExchangeDates } from './ExchangeDates';
import { exchangeKeys, type ExchangeDetail, type Registration } from './exchangeApi';
import { useExchange } from './useExchange';
import { allRegistrations } from './allRegistrations';
import { VenueName } from './VenueName';

/** A participant list to print: by delegation, then by name, with a column to sign; the app's frame is not printed. */
export function ParticipantsPrintPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const exchange = useExchange(id);
  const registrations = useQuery({
    queryKey: exchangeKeys.printList(id),
    queryFn: async ({ signal }) => (await allRegistrations(id!, signal)).filter((item) => item.state !== 'cancelled'),
    enabled: Boolean(id),
  });
  return (
    <div className="print-page">
      <BackLink to={`/exchanges/${id}`}>{t('participants.backToExchange')}</BackLink>
      {exchange.isPending && <LoadingState />}
      {exchange.isError && <ErrorState error={exchange.error} />}
      {exchange.data && (
        <>
          <PrintHeading exchange={exchange.data} />
          <p className="button-row no-print">
            <button type="button" className="kern-btn kern-btn--primary" onClick={() => window.print()}>
              <span className="kern-label">{t('participants.print')}</span>
            </button>
          </p>
          {registrations.isPending && <LoadingState />}
          {registrations.isError && <ErrorState error={registrations.error} onRetry={() => void registrations.refetch()} />}
          {registrations.data && <PrintTable exchange={exchange.data} registrations={registrations.data} />}
        </>
      )}
    </div>
  );
}

function PrintHeading({ exchange }: { exchange: ExchangeDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = t('participants.printTitle', { title: pickText(exchange.title, language).text });
  return (
    <>
      <PageHeading title={title}>
        <LocalizedText value={exchange.title} />
      </PageHeading>
      <p className="kern-body kern-body--large">
        <ExchangeDates startDate={exchange.startDate} endDate={exchange.endDate} />
        {(exchange.venue || exchange.venueName) && (
          <>
            {' · '}
            <VenueName exchange={exchange} />
          </>
        )}
      </p>
    </>
  );
}

function PrintTable({ exchange, registrations }: { exchange: ExchangeDetail; registrations: Registration[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const delegationName = (id: string | null) => {
    const delegation = exchange.delegations.find((candidate) => candidate.id === id);
    if (delegation?.fromPlace) return pickName(delegation.fromPlace.names, delegation.fromPlace.name, language).text;
    if (delegation?.fromOrganization) return pickName(delegation.fromOrganization.names, delegation.fromOrganization.name, language).text;
    return '';
  };
  const collator = new Intl.Collator(language);
  const sorted = [...registrations].sort(
    (a, b) =>
      collator.compare(delegationName(a.delegationId), delegationName(b.delegationId)) ||
      collator.compare(a.person?.familyName ?? '', b.person?.familyName ?? '') ||
      collator.compare(a.person?.givenName ?? '', b.person?.givenName ?? ''),
  );
  return (
    <RecordTable
      caption={t('participants.printCaption', { count: sorted.length })}
      captionShown="body"
      className="print-table"
      scrolls={false}
      rows={sorted}
      rowHeader={1}
      columns={[
        { header: '#', className: 'print-table__number', cell: (_, index) => index + 1 },
        {
          header: t('participants.columnName'),
          cell: (registration) => (registration.person ? `${registration.person.familyName}, ${registration.person.givenName}` : t('projectGroups.hiddenPerson')),
        },
        {
          header: t('participants.columnOrganization'),
          cell: (registration) => (registration.organization ? pickName(registration.organization.names, registration.organization.name, language).text : ''),
        },
        { header: t('participants.columnDelegation'), cell: (registration) => delegationName(registration.delegationId) },
        { header: t('exchanges.columnCountry'), cell: (registration) => (registration.countryCode ? countryName(registration.countryCode, language) : '') },
        { header: t('participants.columnState'), cell: (registration) => t(`enums.registrationState.${registration.state}`) },
        { header: t('participants.columnSignature'), className: 'print-table__signature', cell: () => null },
      ]}
    />
  );
}
