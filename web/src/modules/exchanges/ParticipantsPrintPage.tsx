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
    <table className="kern-table print-table">
      <caption className="kern-body">{t('participants.printCaption', { count: sorted.length })}</caption>
      <thead>
        <tr className="kern-table__row">
          <th scope="col" className="kern-table__header print-table__number">#</th>
          <th scope="col" className="kern-table__header">{t('participants.columnName')}</th>
          <th scope="col" className="kern-table__header">{t('participants.columnOrganization')}</th>
          <th scope="col" className="kern-table__header">{t('participants.columnDelegation')}</th>
          <th scope="col" className="kern-table__header">{t('exchanges.columnCountry')}</th>
          <th scope="col" className="kern-table__header">{t('participants.columnState')}</th>
          <th scope="col" className="kern-table__header print-table__signature">{t('participants.columnSignature')}</th>
        </tr>
      </thead>
      <tbody className="kern-table__body">
        {sorted.map((registration, index) => (
          <tr key={registration.id} className="kern-table__row">
            <td className="kern-table__cell print-table__number">{index + 1}</td>
            <th scope="row" className="kern-table__header">
              {registration.person ? `${registration.person.familyName}, ${registration.person.givenName}` : t('projectGroups.hiddenPerson')}
            </th>
            <td className="kern-table__cell">{registration.organization ? pickName(registration.organization.names, registration.organization.name, language).text : ''}</td>
            <td className="kern-table__cell">{delegationName(registration.delegationId)}</td>
            <td className="kern-table__cell">{registration.countryCode ? countryName(registration.countryCode, language) : ''}</td>
            <td className="kern-table__cell">{t(`enums.registrationState.${registration.state}`)}</td>
            <td className="kern-table__cell print-table__signature" />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
