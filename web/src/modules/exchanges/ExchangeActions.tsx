import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../lib/api/apiUrl';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';
import { EditLink } from '../../shell/EditLink';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { FormAlert } from '../../shell/FormAlert';
import { exchangeApi, exchangeKeys, type ExchangeDetail } from './exchangeApi';

/** Edit, delete, mark a network meeting as held, and the calendar file. */
export function ExchangeActions({ exchange }: { exchange: ExchangeDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const remove = useSaveAndOpen(() => exchangeApi.remove(exchange.id), {
    refresh: [exchangeKeys.all],
    open: () => (exchange.partnershipId ? `/partnerships/${exchange.partnershipId}` : exchange.networkId ? `/networks/${exchange.networkId}` : '/exchanges'),
  });
  const held = useMutation({
    mutationFn: () => exchangeApi.update(exchange.id, { status: 'completed' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exchangeKeys.all }),
  });
  const title = pickText(exchange.title, language).text;
  return (
    <>
      <div className="button-row">
        {exchange.canEdit && (
          <EditLink to={`/exchanges/${exchange.id}/edit`} />
        )}
        {exchange.canEdit && exchange.kind === 'network_meeting' && exchange.status !== 'completed' && exchange.status !== 'cancelled' && (
          <button type="button" className="kern-btn kern-btn--secondary" disabled={held.isPending} onClick={() => held.mutate()}>
            <span className="kern-label">{t('exchanges.markHeld')}</span>
          </button>
        )}
        <a className="kern-btn kern-btn--tertiary" href={apiUrl(`/exchanges/${exchange.id}/calendar.ics`, { lang: language })} download>
          <span className="kern-icon kern-icon--calendar-today" aria-hidden="true" />
          <span className="kern-label">{t('calendar.download')}</span>
        </a>
        {exchange.canEdit && (
          <ConfirmButton label={t('common.delete')} question={t('exchanges.deleteQuestion', { title })} confirmLabel={t('common.delete')} pending={remove.isPending} onConfirm={() => remove.mutate()} />
        )}
      </div>
      <FormAlert error={remove.error ?? held.error} />
    </>
  );
}
