import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiUrl } from '../../lib/api/apiUrl';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';
import { EditLink } from '../../shell/EditLink';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { FormAlert } from '../../shell/FormAlert';
import { partnershipApi, partnershipKeys, type PartnershipDetail } from './partnershipApi';

/** Edit, delete, plan an exchange, and the partnership's calendar. */
export function PartnershipActions({ partnership }: { partnership: PartnershipDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const remove = useSaveAndOpen(() => partnershipApi.remove(partnership.id), { refresh: [partnershipKeys.all], open: () => '/partnerships' });
  const title = pickText(partnership.title, language).text;
  return (
    <>
      <div className="button-row">
        {partnership.canEdit && (
          <>
            <EditLink to={`/partnerships/${partnership.id}/edit`} />
            <Link className="kern-btn kern-btn--secondary" to={`/exchanges/new?partnershipId=${partnership.id}`}>
              <span className="kern-label">{t('partnerships.planExchange')}</span>
            </Link>
            <Link className="kern-btn kern-btn--secondary" to={`/programmes/new?partnershipId=${partnership.id}`}>
              <span className="kern-label">{t('partnerships.planProgramme')}</span>
            </Link>
          </>
        )}
        <a className="kern-btn kern-btn--tertiary" href={apiUrl(`/partnerships/${partnership.id}/calendar.ics`, { lang: language })} download>
          <span className="kern-icon kern-icon--calendar-today" aria-hidden="true" />
          <span className="kern-label">{t('calendar.download')}</span>
        </a>
        {partnership.canEdit && (
          <ConfirmButton
            label={t('common.delete')}
            question={t('partnerships.deleteQuestion', { title })}
            confirmLabel={t('common.delete')}
            pending={remove.isPending}
            onConfirm={() => remove.mutate()}
          />
        )}
      </div>
      <FormAlert error={remove.error} />
    </>
  );
}
