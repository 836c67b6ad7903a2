import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUrl } from '../../lib/api/apiUrl';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { EditLink } from '../../shell/EditLink';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { SaveFailedAlert } from '../../shell/SaveFailedAlert';
import { networkApi, networkKeys, type NetworkDetail } from './networkApi';

/** Edit, plan a meeting, archive or reactivate, and the network's calendar. */
export function NetworkActions({ network }: { network: NetworkDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const archive = useMutation({
    mutationFn: (archived: boolean) => networkApi.update(network.id, { archived }),
    onSuccess: async () => queryClient.invalidateQueries({ queryKey: networkKeys.all }),
  });
  const name = pickText(network.name, language, network.shortName ?? '').text;
  return (
    <>
      <div className="button-row">
        {network.canEdit && (
          <>
            <EditLink to={`/networks/${network.id}/edit`} />
            {network.archivedAt === null && (
              <Link className="kern-btn kern-btn--secondary" to={`/exchanges/new?networkId=${network.id}`}>
                <span className="kern-label">{t('networks.planMeeting')}</span>
              </Link>
            )}
          </>
        )}
        <a className="kern-btn kern-btn--tertiary" href={apiUrl(`/networks/${network.id}/calendar.ics`, { lang: language })} download>
          <span className="kern-icon kern-icon--calendar-today" aria-hidden="true" />
          <span className="kern-label">{t('calendar.download')}</span>
        </a>
        {network.canEdit && network.archivedAt === null && (
          <ConfirmButton
            label={t('networks.archive')}
            question={t('networks.archiveQuestion', { name })}
            confirmLabel={t('networks.archive')}
            pending={archive.isPending}
            onConfirm={() => archive.mutate(true)}
          />
        )}
        {network.canEdit && network.archivedAt !== null && (
          <button type="button" className="kern-btn kern-btn--secondary" disabled={archive.isPending} onClick={() => archive.mutate(false)}>
            <span className="kern-label">{t('networks.reactivate')}</span>
          </button>
        )}
      </div>
      <SaveFailedAlert error={archive.error} />
    </>
  );
}
