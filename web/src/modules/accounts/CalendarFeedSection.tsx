import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/formatDateTime';
import { useLanguage } from '../../lib/useLanguage';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { CopyableValue } from '../../shell/CopyableValue';
import { ErrorState } from '../../shell/ErrorState';
import { FormAlert } from '../../shell/FormAlert';
import { LoadingState } from '../../shell/LoadingState';
import { accountApi, accountKeys } from './accountApi';

/**
 * The personal calendar: a secret address a calendar app subscribes to, with the exchanges the
 * user is registered for. Shown once when made; a new one replaces it; it can be switched off.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [url, setUrl] = useState<string | null>(null);
  const info = useQuery({ queryKey: accountKeys.calendarFeed, queryFn: ({ signal }) => accountApi.calendarFeed(signal) });
  const renew = useMutation({
    mutationFn: () => accountApi.createCalendarFeed(),
    onSuccess: async (answer) => {
      setUrl(`${answer.url}${answer.url.includes('?') ? '&' : '?'}lang=${language}`);
      await queryClient.invalidateQueries({ queryKey: accountKeys.calendarFeed });
    },
  });
  const revoke = useMutation({
    mutationFn: () => accountApi.removeCalendarFeed(),
    onSuccess: async () => {
      setUrl(null);
      await queryClient.invalidateQueries({ queryKey: accountKeys.calendarFeed });
    },
  });
  if (info.isPending) return <LoadingState />;
  if (info.isError) return <ErrorState error={info.error} onRetry={() => void info.refetch()} />;
  return (
    <>
      <p className="kern-body">{t('calendarFeed.intro')}</p>
      {info.data.exists && !url && (
        <p className="kern-body">
          {t('calendarFeed.active', { prefix: info.data.prefix, created: formatDateTime(info.data.createdAt!, language) })}{' '}
          {info.data.lastUsedAt ? t('calendarFeed.lastRead', { when: formatDateTime(info.data.lastUsedAt, language) }) : t('calendarFeed.neverRead')}
        </p>
      )}
      {url && (
        <div className="kern-alert kern-alert--warning new-secret">
          <div className="kern-alert__body">
            <p className="kern-body kern-body--bold">{t('calendarFeed.onlyOnce')}</p>
            <CopyableValue id="calendar-feed-url" label={t('calendarFeed.address')} value={url} />
          </div>
        </div>
      )}
      <div className="button-row">
        <button type="button" className="kern-btn kern-btn--secondary" disabled={renew.isPending} onClick={() => renew.mutate()}>
          <span className="kern-label">{info.data.exists ? t('calendarFeed.renew') : t('calendarFeed.create')}</span>
        </button>
        {info.data.exists && (
          <ConfirmButton label={t('calendarFeed.revoke')} question={t('calendarFeed.revokeQuestion')} confirmLabel={t('calendarFeed.revoke')} pending={revoke.isPending} onConfirm={() => revoke.mutate()} />
        )}
      </div>
      <FormAlert error={renew.error ?? revoke.error} />
    </>
  );
}
