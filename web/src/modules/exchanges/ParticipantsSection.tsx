import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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
import { EnumSelectField } from '../../shell/EnumSelectField';
import { DelegationOrigin } from './DelegationOrigin';
import { exchangeApi, exchangeKeys, REGISTRATION_STATES, type ExchangeDetail, type Registration, type RegistrationMove, type RegistrationState } from './exchangeApi';
import { RegisterForm, type RegisterRequest } from './RegisterForm';
import { RegistrationDelegationSelect } from './RegistrationDelegationSelect';
import { TableScroll } from '../../shell/TableScroll';

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
          <table className="kern-table kern-table--small">
            <caption className="kern-title">{t('participants.byCountry')}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('exchanges.columnCountry')}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t('exchanges.columnSize')}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {summary.data.byCountry.map((row) => (
                <tr key={row.countryCode ?? 'none'} className="kern-table__row">
                  <th scope="row" className="kern-table__header">{row.countryCode ? countryName(row.countryCode, language) : t('common.notSpecified')}</th>
                  <td className="kern-table__cell kern-table__cell--numeric">{number(row.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="kern-table kern-table--small">
            <caption className="kern-title">{t('participants.byOrganizationKind')}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('exchanges.columnOrganizationKind')}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t('exchanges.columnSize')}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {summary.data.byOrganizationKind.map((row) => (
                <tr key={row.kind ?? 'none'} className="kern-table__row">
                  <th scope="row" className="kern-table__header">{row.kind ? t(`enums.organizationKind.${row.kind}`) : t('common.notSpecified')}</th>
                  <td className="kern-table__cell kern-table__cell--numeric">{number(row.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** Who takes part: register people and delegations, confirm, check in, cancel; list, print and export. */
export function ParticipantsSection({ exchange, registerRequest }: { exchange: ExchangeDetail; registerRequest?: RegisterRequest | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [state, setState] = useEnumSearchParam('state', REGISTRATION_STATES);
  const query = useInfiniteQuery({
    queryKey: exchangeKeys.registrations(exchange.id, state),
    queryFn: ({ pageParam, signal }) => exchangeApi.registrations(exchange.id, { state, limit: PAGE_SIZE, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    retry: (count, error) => !(error instanceof ApiError && [401, 403].includes(error.status)) && count < 2,
  });
  const registrations = query.data?.pages.flatMap((page) => page.items) ?? [];
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
          <EnumSelectField
            label={t('participants.stateFilter')}
            value={state ?? ''}
            emptyLabel={t('participants.allStates')}
            values={REGISTRATION_STATES}
            labelOf={(value) => t(`enums.registrationState.${value}`)}
            onChange={(value) => setState(value || undefined)}
          />
          {query.isPending && <LoadingState />}
          {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
          {query.data && (
            <>
              <RegistrationTable exchange={exchange} registrations={registrations} />
              <LoadMore shown={registrations.length} hasMore={query.hasNextPage} isLoading={query.isFetchingNextPage} onLoadMore={() => void query.fetchNextPage()} />
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
  if (registrations.length === 0) return <p className="kern-body">{t('participants.empty')}</p>;
  const delegations = new Map(exchange.delegations.map((delegation) => [delegation.id, delegation]));
  return (
    <TableScroll>
      <table className="kern-table kern-table--striped registration-table table-cards">
        <caption className="kern-sr-only">{t('participants.caption')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('participants.columnName')}</th>
            <th scope="col" className="kern-table__header">{t('participants.columnDelegation')}</th>
            <th scope="col" className="kern-table__header">{t('exchanges.columnCountry')}</th>
            <th scope="col" className="kern-table__header">{t('participants.columnState')}</th>
            <th scope="col" className="kern-table__header">{t('participants.columnSince')}</th>
            {exchange.canEdit && (
              <th scope="col" className="kern-table__header">
                {t('common.actions')}
              </th>
            )}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {registrations.map((registration) => {
            const delegation = registration.delegationId ? delegations.get(registration.delegationId) : undefined;
            return (
              <tr key={registration.id} className="kern-table__row">
                <th scope="row" className="kern-table__header">
                  {registration.person ? (
                    <Link className="kern-link" to={`/people/${registration.person.id}`}>
                      {registration.person.displayName}
                    </Link>
                  ) : (
                    t('projectGroups.hiddenPerson')
                  )}
                </th>
                <td className="kern-table__cell" data-label={t('participants.columnDelegation')}>
                  {exchange.canEdit && exchange.delegations.length > 0 ? (
                    <RegistrationDelegationSelect exchange={exchange} registration={registration} />
                  ) : delegation ? (
                    <DelegationOrigin delegation={delegation} />
                  ) : (
                    ''
                  )}
                </td>
                <td className="kern-table__cell" data-label={t('exchanges.columnCountry')}>
                  {registration.countryCode ? countryName(registration.countryCode, language) : ''}
                </td>
                <td className="kern-table__cell" data-label={t('participants.columnState')}>
                  <Badge tone={BADGE[registration.state]}>{t(`enums.registrationState.${registration.state}`)}</Badge>
                </td>
                <td className="kern-table__cell" data-label={t('participants.columnSince')}>
                  <time dateTime={registration.stateChangedAt}>{formatDateTime(registration.stateChangedAt, language)}</time>
                </td>
                {exchange.canEdit && (
                  <td className="kern-table__cell">
                    <RegistrationActions exchange={exchange} registration={registration} />
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
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
