import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../../lib/fieldError';
import { useLanguage } from '../../lib/useLanguage';
import { CopyableValue } from '../../shell/CopyableValue';
import { Notice } from '../../shell/Notice';
import { SelectField } from '../../shell/SelectField';
import { AddPersonField } from '../people/AddPersonField';
import type { PersonSummary } from '../people/personApi';
import { delegationLabel } from './delegationLabel';
import { exchangeApi, exchangeKeys, type ExchangeDetail, type RegisterResult } from './exchangeApi';
import { InlineForm } from '../../shell/InlineForm';

/**
 * Registers people, or a delegation of several at once, in the order chosen: while places are
 * free they are registered, then they wait. Or invites them with a link to confirm or decline.
 */
export interface RegisterRequest {
  delegationId: string;
  /** Counts the requests, so asking again for the same delegation opens the form again. */
  round: number;
}

export function RegisterForm({ exchange, request }: { exchange: ExchangeDetail; request?: RegisterRequest }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const inviteId = useId();
  const [people, setPeople] = useState<PersonSummary[]>([]);
  const [delegationId, setDelegationId] = useState(request?.delegationId ?? '');
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    // Asked for from a delegation's row: bring the form into view, ready for the first name.
    if (!request) return;
    formRef.current?.scrollIntoView({ block: 'start' });
    formRef.current?.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus();
  }, [request]);
  const [invite, setInvite] = useState(false);
  const submitLabel = () => {
    if (people.length === 0) return invite ? t('participants.inviteNone') : t('participants.registerNone');
    return invite ? t('participants.inviteCount', { count: people.length }) : t('participants.registerCount', { count: people.length });
  };
  const [result, setResult] = useState<RegisterResult | null>(null);

  const register = useMutation({
    mutationFn: () =>
      exchangeApi.register(exchange.id, { personIds: people.map((person) => person.id), delegationId: delegationId || null, invite }),
    onSuccess: async (answer) => {
      setResult(answer);
      setPeople([]);
      await queryClient.invalidateQueries({ queryKey: exchangeKeys.participants(exchange.id) });
      await queryClient.invalidateQueries({ queryKey: exchangeKeys.detail(exchange.id) });
    },
  });
  const count = (state: string) => result?.items.filter((item) => item.state === state).length ?? 0;

  return (
    <InlineForm
      heading={t('participants.registerTitle')}
      onSubmit={() => {
        setResult(null);
        register.mutate();
      }}
      pending={register.isPending}
      error={register.error}
      submitLabel={submitLabel()}
      incomplete={people.length === 0}
      className="register-form"
      formRef={formRef}
      after={
        result && (
          <Notice kind="success" title={t('participants.registeredNotice', { count: result.items.length })}>
            <p className="kern-body">
              {[
                count('registered') > 0 && t('participants.resultRegistered', { count: count('registered') }),
                count('waitlisted') > 0 && t('participants.resultWaitlisted', { count: count('waitlisted') }),
                count('invited') > 0 && t('participants.resultInvited', { count: count('invited') }),
                result.items.length > result.created && t('participants.resultExisting', { count: result.items.length - result.created }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {result.invitations.map((invitation) => {
              const person = result.items.find((item) => item.id === invitation.registrationId)?.person;
              return (
                <CopyableValue
                  key={invitation.registrationId}
                  id={`invitation-${invitation.registrationId}`}
                  label={invitation.mailed ? t('participants.linkMailed', { name: person?.displayName ?? '' }) : t('participants.linkToSend', { name: person?.displayName ?? '' })}
                  value={invitation.url}
                />
              );
            })}
          </Notice>
        )
      }
    >
      <p className="kern-body">{t('participants.registerIntro')}</p>
      {exchange.delegations.length > 0 && (
        <SelectField
          label={t('participants.delegation')}
          value={delegationId}
          emptyLabel={t('participants.noDelegation')}
          options={exchange.delegations.map((delegation) => ({ value: delegation.id, label: delegationLabel(delegation, language) }))}
          onChange={setDelegationId}
        />
      )}
      {people.length > 0 && (
        <ol className="party-picker__list" aria-label={t('participants.chosenPeople')}>
          {people.map((person) => (
            <li key={person.id} className="party-picker__item">
              <span className="kern-body">{person.displayName}</span>
              <button
                type="button"
                className="kern-btn kern-btn--tertiary kern-btn--x-small"
                onClick={() => setPeople(people.filter((candidate) => candidate.id !== person.id))}
                aria-label={`${t('common.remove')}: ${person.displayName}`}
              >
                <span className="kern-label">{t('common.remove')}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      <AddPersonField
        label={t('participants.addPerson')}
        workspaceId={exchange.workspaceId}
        error={fieldError(register.error, 'body.personIds')}
        onAdd={(person) => {
          if (!people.some((candidate) => candidate.id === person.id)) setPeople([...people, person]);
        }}
      />
      <div className="kern-form-check">
        <input id={inviteId} className="kern-form-check__checkbox" type="checkbox" checked={invite} onChange={(event) => setInvite(event.target.checked)} />
        <label className="kern-label" htmlFor={inviteId}>
          {t('participants.inviteInstead')}
        </label>
      </div>
    </InlineForm>
  );
}
