import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDateTime } from '../../lib/formatDateTime';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { BackLink } from '../../shell/BackLink';
import { Badge } from '../../shell/Badge';
import { ErrorState } from '../../shell/ErrorState';
import { FormAlert } from '../../shell/FormAlert';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { SelectField } from '../../shell/SelectField';
import { allRegistrations } from './allRegistrations';
import { CheckInCounts } from './CheckInCounts';
import { delegationName } from './delegationName';
import { ExchangeDates } from './ExchangeDates';
import { exchangeKeys, type ExchangeDetail, type Registration, type RegistrationState } from './exchangeApi';
import { useCheckIn } from './useCheckIn';
import { useExchange } from './useExchange';

/** Those who may arrive: registered, confirmed or already checked in. */
const EXPECTED: RegistrationState[] = ['registered', 'confirmed', 'attended'];
const WITHOUT_DELEGATION = 'none';

/** Folds case and accents, so "olha" finds "Olha" and "grunau" finds "Grünau". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLocaleLowerCase();

/** Check-in on the day: find a person by name or delegation, check them in with one tap, undo a mistake. */
export function CheckInPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const exchange = useExchange(id);
  return (
    <div className="check-in">
      <BackLink to={`/exchanges/${id}`}>{t('participants.backToExchange')}</BackLink>
      {exchange.isPending && <LoadingState />}
      {exchange.isError && <ErrorState error={exchange.error} />}
      {exchange.data && <CheckInDesk exchange={exchange.data} />}
    </div>
  );
}

function CheckInDesk({ exchange }: { exchange: ExchangeDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const searchId = useId();
  const [search, setSearch] = useState('');
  const [delegation, setDelegation] = useState('');
  const list = useQuery({
    queryKey: exchangeKeys.checkInList(exchange.id),
    queryFn: ({ signal }) => allRegistrations(exchange.id, signal),
  });
  const checkIn = useCheckIn(exchange.id);
  // Which state each person had before a check-in here, so that undoing it restores exactly that.
  const [previous, setPrevious] = useState<Record<string, RegistrationState>>({});
  const title = pickText(exchange.title, language).text;

  const expected = (list.data ?? []).filter((item) => EXPECTED.includes(item.state));
  const words = fold(search.trim());
  const collator = new Intl.Collator(language);
  const shown = expected
    .filter((item) => !words || fold(item.person?.displayName ?? '').includes(words))
    .filter((item) => !delegation || (delegation === WITHOUT_DELEGATION ? !item.delegationId : item.delegationId === delegation))
    .sort((a, b) => collator.compare(a.person?.familyName ?? '', b.person?.familyName ?? '') || collator.compare(a.person?.displayName ?? '', b.person?.displayName ?? ''));
  const delegations = new Map(exchange.delegations.map((item) => [item.id, item]));

  const arrive = (registration: Registration) => {
    setPrevious((known) => ({ ...known, [registration.id]: registration.state }));
    checkIn.mutate({ registration, to: 'attended' });
  };
  const undo = (registration: Registration) => checkIn.mutate({ registration, to: previous[registration.id] === 'registered' ? 'registered' : 'confirmed' });

  return (
    <>
      <PageHeading title={t('checkIn.documentTitle', { title })}>{t('checkIn.title')}</PageHeading>
      <p className="kern-body kern-body--large">
        {title} · <ExchangeDates startDate={exchange.startDate} endDate={exchange.endDate} />
      </p>
      {list.isPending && <LoadingState />}
      {list.isError && <ErrorState error={list.error} onRetry={() => void list.refetch()} />}
      {list.data && (
        <>
          <CheckInCounts expected={expected} delegations={exchange.delegations} />
          <div className="check-in__filters" role="search" aria-label={t('checkIn.findLabel')}>
            <div className="kern-form-input">
              <label className="kern-label" htmlFor={searchId}>
                {t('checkIn.search')}
              </label>
              <input id={searchId} className="kern-form-input__input" type="search" autoComplete="off" value={search} onChange={(event) => setSearch(event.target.value)} />
            </div>
            <SelectField
              label={t('checkIn.delegationFilter')}
              value={delegation}
              emptyLabel={t('checkIn.allDelegations')}
              options={[
                ...exchange.delegations.map((item) => ({ value: item.id, label: delegationName(item, language) || t('checkIn.unnamedDelegation') })),
                { value: WITHOUT_DELEGATION, label: t('checkIn.withoutDelegation') },
              ]}
              onChange={setDelegation}
            />
          </div>
          <FormAlert error={checkIn.error} />
          {shown.length === 0 ? (
            <p className="kern-body">{expected.length === 0 ? t('checkIn.nobodyExpected') : t('checkIn.noMatch')}</p>
          ) : (
            <ul className="check-in__list" aria-label={t('checkIn.listLabel', { count: shown.length })}>
              {shown.map((registration) => {
                const name = registration.person?.displayName ?? t('projectGroups.hiddenPerson');
                const group = registration.delegationId ? delegationName(delegations.get(registration.delegationId), language) : '';
                const arrived = registration.state === 'attended';
                return (
                  <li key={registration.id} className="check-in__person" data-arrived={arrived}>
                    <div className="check-in__who">
                      <span className="check-in__name">{name}</span>
                      {group && <span className="kern-body kern-body--small check-in__group">{group}</span>}
                      {arrived && registration.checkedInAt && (
                        <Badge tone="success">{t('checkIn.arrivedAt', { time: formatDateTime(registration.checkedInAt, language) })}</Badge>
                      )}
                    </div>
                    {arrived ? (
                      <button type="button" className="kern-btn kern-btn--tertiary check-in__action" onClick={() => undo(registration)} aria-label={t('checkIn.undoFor', { name })}>
                        <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
                        <span className="kern-label">{t('checkIn.undo')}</span>
                      </button>
                    ) : (
                      <button type="button" className="kern-btn kern-btn--primary check-in__action" onClick={() => arrive(registration)} aria-label={t('checkIn.checkInFor', { name })}>
                        <span className="kern-icon kern-icon--check" aria-hidden="true" />
                        <span className="kern-label">{t('participants.checkIn')}</span>
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </>
  );
}
