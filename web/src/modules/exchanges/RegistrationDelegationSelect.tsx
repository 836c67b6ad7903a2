import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/useLanguage';
import { FormAlert } from '../../shell/FormAlert';
import { delegationLabel } from './delegationLabel';
import { exchangeApi, exchangeKeys, type ExchangeDetail, type Registration } from './exchangeApi';

/** Moves a participant into another delegation, or out of any; saved as soon as it is chosen. */
export function RegistrationDelegationSelect({ exchange, registration }: { exchange: ExchangeDetail; registration: Registration }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const id = useId();
  const change = useMutation({
    mutationFn: (delegationId: string | null) => exchangeApi.changeRegistration(exchange.id, registration.id, { delegationId }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: exchangeKeys.participants(exchange.id) });
      await queryClient.invalidateQueries({ queryKey: exchangeKeys.detail(exchange.id) });
    },
  });
  return (
    <>
      <label className="kern-sr-only" htmlFor={id}>
        {t('participants.delegationOf', { name: registration.person?.displayName ?? '' })}
      </label>
      <select
        id={id}
        className="kern-form-input__select"
        value={change.isPending ? (change.variables ?? '') : (registration.delegationId ?? '')}
        disabled={change.isPending}
        onChange={(event) => change.mutate(event.target.value || null)}
      >
        <option value="">{t('participants.noDelegation')}</option>
        {exchange.delegations.map((delegation) => (
          <option key={delegation.id} value={delegation.id}>
            {delegationLabel(delegation, language)}
          </option>
        ))}
      </select>
      <FormAlert error={change.error} />
    </>
  );
}
