import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/useLanguage';
import { FormAlert } from '../../shell/FormAlert';
import { RowSelect } from '../../shell/RowSelect';
import { delegationLabel } from './delegationLabel';
import { exchangeApi, exchangeKeys, type ExchangeDetail, type Registration } from './exchangeApi';

/** Moves a participant into another delegation, or out of any; saved as soon as it is chosen. */
export function RegistrationDelegationSelect({ exchange, registration }: { exchange: ExchangeDetail; registration: Registration }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const change = useMutation({
    mutationFn: (delegationId: string | null) => exchangeApi.changeRegistration(exchange.id, registration.id, { delegationId }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: exchangeKeys.participants(exchange.id) });
      await queryClient.invalidateQueries({ queryKey: exchangeKeys.detail(exchange.id) });
    },
  });
  return (
    <>
      <RowSelect
        label={t('participants.delegationOf', { name: registration.person?.displayName ?? '' })}
        value={change.isPending ? (change.variables ?? '') : (registration.delegationId ?? '')}
        emptyLabel={t('participants.noDelegation')}
        options={exchange.delegations.map((delegation) => ({ value: delegation.id, label: delegationLabel(delegation, language) }))}
        disabled={change.isPending}
        onChange={(value) => change.mutate(value || null)}
      />
      <FormAlert error={change.error} />
    </>
  );
}
