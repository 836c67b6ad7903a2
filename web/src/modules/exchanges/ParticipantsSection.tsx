import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { pagedQuery } from '../../lib/pagedQuery';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../lib/api/ApiError';
import { apiUrl } from '../../lib/api/apiUrl';
import { countryName } from '../../lib/countryName';
import { formatDateTime } from '../../lib/formatDateTime';
import { formatNumber } from '../../lib/formatNumber';
import { useEnumSearchParam } from '../../lib/useEnumSearchParam';
import { useLanguage } from '../../lib/useLanguage';
import { Badge, type BadgeTone } from '../../shell/Badge';
import { ErrorState } from '../../shell/ErrorState';
import { FormAlert } from '../../shell/FormAlert';
import { LoadingState } from '../../shell/LoadingState';
import { LoadMore } from '../../shell/LoadMore';
import { EnumFilter } from '../../shell/EnumFilter';
import { DelegationOrigin } from './DelegationOrigin';
import { exchangeApi, exchangeKeys, type ExchangeDetail, type Registration, type RegistrationMove, type RegistrationState } from './exchangeApi';
import { RegisterForm, type RegisterRequest } from './RegisterForm';
import { RegistrationDelegationSelect } from './RegistrationDelegationSelect';
import { RecordTable, type Column } from '../../shell/RecordTable';
import { registrationStateValues } from '../../lib/api/enums';
import { pagedItems } from '../../lib/pagedItems';

const PAGE_SIZE = 50;

/** Places taken and free, the waitlist, and who takes part by country and by kind of organization. */
export function ParticipantSummaryView({ exchange }: { exchange: ExchangeDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const summary = useQuery({
    queryKey: exchangeKeys.participantSummary(exchange.id),
    queryFn: ({ signal }) => exchangeApi.participantSummary(exchange.id, signal),
  });
  const participation = summary.data?.participation ?? exchange.participation;
  const number = (value: number) => formatNumber(value, language);
  return (
    <>
      <p className="kern-body kern-body--large participation" role="status">
        {participation.capacity === null
          ? t('participants.takenNoCapacity', { count: participation.counted, taken: number(participation.counted) })
          : t('participants.taken', { taken: number(participation.counted), capacity: number(participation.capacity), free: number(participation.free ?? 0) })}
        {participation.waitlisted > 0 && ` ${t('participants.waiting', { count: participation.waitlisted })}`}
        {participation.invited > 0 && ` ${t('participants.invitedOpen', { count: participation.invited })}`}
      </p>
      {summary.data && summary.data.byCountry.length > 0 && (
        <div className="summary-tables">
          <CountTable
            caption={t('participants.byCountry')}
            header={t('exchanges.columnCountry')}
            counts={summary.data.byCountry.map((row) => ({ key: row.countryCode ?? 'none', label: row.countryCode ? countryName(row.countryCode, language) : t('common.notSpecified'), count: number(row.count) }))}
          />
          <CountTable
            caption={t('participants.byOrganizationKind')}
            header={t('exchanges.columnOrganizationKind')}
            counts={summary.data.byOrganizationKind.map((row) => ({ key: row.kind ?? 'none', label: row.kind ? t(`enums.organizationKind.${row.kind}`) : t('common.notSpecified'), count: number(row.count) }))}
          />
        </div>
      )}
    </>
  );
}

interface Count {
  key: string;
  label: string;
  count: string;
}

/** How many take part by one trait, as a small titled table beside the others. */
function CountTable({ caption, header, counts }: { caption: string; header: string; counts: Count[] }) {
  const { t } = useTranslation();
  const columns: Column<Count>[] = [
    { header, cell: (row) => row.label },
    { header: t('exchanges.columnSize'), numeric: true, cell: (row) => row.count },
  ];
  return <RecordTable caption={caption} captionShown small scrolls={false} rows={counts} rowKey={(row) => row.key} columns={columns} />;
}

/** Who takes part: register people and delegations, confirm, check in, cancel; list, print and export. */
export function ParticipantsSection({ exchange, registerRequest }: { exchange: ExchangeDetail; registerRequest?: RegisterRequest | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [state, setState] = useEnumSearchParam('state', registrationStateValues);
  const query = useInfiniteQuery({
    ...pagedQuery(exchangeKeys.registrations(exchange.id, state), (cursor, signal) => exchangeApi.registrations(exchange.id, { state, limit: PAGE_SIZE, cursor }, signal)),
    retry: (count, error) => !(error instanceof ApiError && [401, 403].includes(error.status)) && count < 2,
  });
  const registrations = pagedItems(query.data);
  const hidden = query.error instanceof ApiError && [401, 403].includes(query.error.status);

  return (
    <>
      <ParticipantSummaryView exchange={exchange} />
      {hidden ? (
        <p className="kern-body">{t('participants.membersOnly')}</p>
      ) : (
        <>
          {exchange.canEdit && <RegisterForm key={registerRequest?.round ?? 0} exchange={exchange} request={registerRequest ?? undefined} />}
          <div className="button-row">
            <a className="kern-btn kern-btn--tertiary" href={apiUrl(`/exchanges/${exchange.id}/participants.csv`, { state, lang: language })} download>
              <span className="kern-icon kern-icon--download" aria-hidden="true" />
              <span className="kern-label">{t('common.exportCsv')}</span>
            </a>
            {exchange.canEdit && (
              <Link className="kern-btn kern-btn--secondary" to={`/exchanges/${exchange.id}/check-in`}>
                <span className="kern-icon kern-icon--checklist" aria-hidden="true" />
                <span className="kern-label">{t('checkIn.open')}</span>
              </Link>
            )}
            <Link className="kern-btn kern-btn--tertiary" to={`/exchanges/${exchange.id}/participants/print`}>
              <span className="kern-label">{t('participants.printList')}</span>
            </Link>
          </div>
          <EnumFilter label={t('participants.stateFilter')} value={state} values={registrationStateValues} labels="enums.registrationState" allLabel={t('participants.allStates')} onChange={setState} />
          {query.isPending && <LoadingState />}
          {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
          {query.data && (
            <>
              <RegistrationTable exchange={exchange} registrations={registrations} />
              <LoadMore shown={registrations.length} query={query} />
            </>
          )}
        </>
      )}
    </>
  );
}

const BADGE: Partial<Record<RegistrationState, BadgeTone>> = { waitlisted: 'warning', attended: 'success', confirmed: 'success' };

export function RegistrationTable({ exchange, registrations }: { exchange: ExchangeDetail; registrations: Registration[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const delegations = new Map(exchange.delegations.map((delegation) => [delegation.id, delegation]));
  const columns: Column<Registration>[] = [
    {
      header: t('participants.columnName'),
      cell: (registration) => registration.person?.displayName ?? t('projectGroups.hiddenPerson'),
      link: (registration) => (registration.person ? `/people/${registration.person.id}` : undefined),
    },
    {
      header: t('participants.columnDelegation'),
      cardLabel: true,
      cell: (registration) => {
        const delegation = registration.delegationId ? delegations.get(registration.delegationId) : undefined;
        if (exchange.canEdit && exchange.delegations.length > 0) return <RegistrationDelegationSelect exchange={exchange} registration={registration} />;
        return delegation ? <DelegationOrigin delegation={delegation} /> : '';
      },
    },
    { header: t('exchanges.columnCountry'), cardLabel: true, cell: (registration) => (registration.countryCode ? countryName(registration.countryCode, language) : '') },
    {
      header: t('participants.columnState'),
      cardLabel: true,
      cell: (registration) => <Badge tone={BADGE[registration.state]}>{t(`enums.registrationState.${registration.state}`)}</Badge>,
    },
    {
      header: t('participants.columnSince'),
      cardLabel: true,
      cell: (registration) => <time dateTime={registration.stateChangedAt}>{formatDateTime(registration.stateChangedAt, language)}</time>,
    },
  ];
  if (exchange.canEdit) columns.push({ header: t('common.actions'), cell: (registration) => <RegistrationActions exchange={exchange} registration={registration} /> });
  return <RecordTable caption={t('participants.caption')} className="kern-table--striped registration-table table-cards" empty={t('participants.empty')} rows={registrations} columns={columns} />;
}

function RegistrationActions({ exchange, registration }: { exchange: ExchangeDetail; registration: Registration }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [link, setLink] = useState<string | null>(null);
  const name = registration.person?.displayName ?? '';
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: exchangeKeys.participants(exchange.id) });
    await queryClient.invalidateQueries({ queryKey: exchangeKeys.detail(exchange.id) });
  };
  const change = useMutation({
    mutationFn: (state: RegistrationMove) =>
      state === 'attended'
        ? exchangeApi.checkIn(exchange.id, registration.id)
        : exchangeApi.changeRegistration(exchange.id, registration.id, { state }),
    onSuccess: refresh,
  });
  const invite = useMutation({
    mutationFn: () => exchangeApi.sendInvitation(exchange.id, registration.id),
    onSuccess: async (answer) => {
      setLink(answer.url);
      await refresh();
    },
  });
  const button = (state: RegistrationMove, label: string) => (
    <button
      type="button"
      className="kern-btn kern-btn--secondary kern-btn--x-small"
      disabled={change.isPending}
      onClick={() => change.mutate(state)}
      aria-label={`${label}: ${name}`}
    >
      <span className="kern-label">{label}</span>
    </button>
  );
  const current = registration.state;
  return (
    <div className="registration-actions">
      {(current === 'invited' || current === 'registered' || current === 'waitlisted') && button('confirmed', t('participants.confirm'))}
      {(current === 'registered' || current === 'confirmed') && button('attended', t('participants.checkIn'))}
      {current === 'cancelled' && button('registered', t('participants.registerAgain'))}
      {current !== 'cancelled' && current !== 'attended' && button('cancelled', t('participants.cancel'))}
      {current !== 'attended' && (
        <button
          type="button"
          className="kern-btn kern-btn--tertiary kern-btn--x-small"
          disabled={invite.isPending}
          onClick={() => invite.mutate()}
          aria-label={`${t('participants.newLink')}: ${name}`}
        >
          <span className="kern-label">{t('participants.newLink')}</span>
        </button>
      )}
      {link && (
        <p className="kern-body kern-body--small invitation-link">
          <a className="kern-link" href={link}>
            {t('participants.invitationLinkFor', { name })}
          </a>
        </p>
      )}
      <FormAlert error={change.error ?? invite.error} />
    </div>
  );
}
