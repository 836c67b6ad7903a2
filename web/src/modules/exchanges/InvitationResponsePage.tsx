import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { ErrorState } from '../../shell/ErrorState';
import { FormAlert } from '../../shell/FormAlert';
import { LoadingState } from '../../shell/LoadingState';
import { LocalizedText as Text } from '../../shell/LocalizedText';
import { Notice } from '../../shell/Notice';
import { NarrowPage } from '../../shell/NarrowPage';
import { ExchangeDates } from './ExchangeDates';
import { exchangeApi, exchangeKeys, type RegistrationState } from './exchangeApi';
import { VenueName } from './VenueName';

/** The page an invitation link opens: the invited person confirms or declines, without an account. */
export function InvitationResponsePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { token = '' } = useParams();
  const queryClient = useQueryClient();
  const queryKey = exchangeKeys.invitation(token);
  const view = useQuery({ queryKey, queryFn: ({ signal }) => exchangeApi.invitation(token, signal), retry: false });
  const answer = useMutation({
    mutationFn: (choice: 'confirm' | 'decline') => exchangeApi.answerInvitation(token, choice),
    onSuccess: (updated) => queryClient.setQueryData(queryKey, updated),
  });
  const heading = view.data ? t('invitationResponse.title', { title: pickText(view.data.exchange.title, language).text }) : t('invitationResponse.fallbackTitle');

  return (
    <NarrowPage title={heading} heading={view.data ? <Text value={view.data.exchange.title} /> : t('invitationResponse.fallbackTitle')}>
      {view.isPending && <LoadingState />}
      {view.isError && <ErrorState error={view.error} />}
      {view.data && (
        <>
          <p className="kern-body kern-body--large">
            {t('invitationResponse.greeting', { name: view.data.person.displayName })}{' '}
            <ExchangeDates startDate={view.data.exchange.startDate} endDate={view.data.exchange.endDate} />
            {(view.data.exchange.venue || view.data.exchange.venueName) && (
              <>
                {', '}
                <VenueName exchange={view.data.exchange} />
              </>
            )}
          </p>
          <StateNotice state={view.data.state} answered={Boolean(view.data.respondedAt)} />
          {view.data.canRespond ? (
            <div className="button-row">
              {view.data.state !== 'confirmed' && (
                <button type="button" className="kern-btn kern-btn--primary" disabled={answer.isPending} onClick={() => answer.mutate('confirm')}>
                  <span className="kern-label">{t('invitationResponse.confirm')}</span>
                </button>
              )}
              {view.data.state !== 'cancelled' && (
                <button type="button" className="kern-btn kern-btn--secondary" disabled={answer.isPending} onClick={() => answer.mutate('decline')}>
                  <span className="kern-label">{t('invitationResponse.decline')}</span>
                </button>
              )}
            </div>
          ) : (
            <p className="kern-body">{t('invitationResponse.closed')}</p>
          )}
          <FormAlert error={answer.error} />
        </>
      )}
    </NarrowPage>
  );
}

function StateNotice({ state, answered }: { state: RegistrationState; answered: boolean }) {
  const { t } = useTranslation();
  if (state === 'confirmed') return <Notice kind="success" title={t('invitationResponse.confirmed')} />;
  if (state === 'waitlisted') return <Notice kind="info" title={t('invitationResponse.waitlisted')} />;
  if (state === 'cancelled') return <Notice kind="info" title={answered ? t('invitationResponse.declined') : t('invitationResponse.cancelled')} />;
  if (state === 'attended') return <Notice kind="success" title={t('invitationResponse.attended')} />;
  if (state === 'registered') return <Notice kind="info" title={t('invitationResponse.registered')} />;
  return <p className="kern-body">{t('invitationResponse.question')}</p>;
}
