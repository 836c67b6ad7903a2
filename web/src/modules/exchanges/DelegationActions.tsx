import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../lib/useLanguage';
import { FormAlert } from '../../shell/FormAlert';
import { EditRemoveButtons } from '../../shell/EditRemoveButtons';
import { delegationLabel } from './delegationLabel';
import { exchangeApi, exchangeKeys, type Delegation, type ExchangeDetail } from './exchangeApi';

/** Change, register people for, or remove a delegation; removing says how many registrations lose it. */
interface Props {
  exchange: ExchangeDetail;
  delegation: Delegation;
  onEdit: () => void;
  /** Opens the registration form with this delegation chosen. */
  onRegister: () => void;
}

export function DelegationActions({ exchange, delegation, onEdit, onRegister }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const name = delegationLabel(delegation, language);
  const remove = useMutation({
    mutationFn: () => exchangeApi.removeDelegation(exchange.id, delegation.id),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: exchangeKeys.detail(exchange.id) });
      await queryClient.invalidateQueries({ queryKey: exchangeKeys.participants(exchange.id) });
    },
  });
  const consequence = delegation.registrations ? ` ${t('delegations.removeConsequence', { count: delegation.registrations })}` : '';
  return (
    <div className="registration-actions">
      <EditRemoveButtons
        editLabel={t('delegations.editNamed', { name })}
        onEdit={onEdit}
        removeLabel={t('delegations.removeNamed', { name })}
        question={`${t('delegations.removeQuestion', { name })}${consequence}`}
        removing={remove.isPending}
        onRemove={() => remove.mutate()}
      >
        <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" onClick={onRegister} aria-label={t('delegations.registerNamed', { name })}>
          <span className="kern-label">{t('delegations.register')}</span>
        </button>
      </EditRemoveButtons>
      <FormAlert error={remove.error} />
    </div>
  );
}
