import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fieldError } from '../../lib/fieldError';
import { formatDate } from '../../lib/formatDate';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { BackLink } from '../../shell/BackLink';
import { Badge } from '../../shell/Badge';
import { ErrorState } from '../../shell/ErrorState';
import { FactList } from '../../shell/FactList';
import { InputField } from '../../shell/InputField';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { SaveFailedAlert } from '../../shell/SaveFailedAlert';
import { Section } from '../../shell/Section';
import { SelectField } from '../../shell/SelectField';
import { TextInLanguage } from '../../shell/TextInLanguage';
import { type Introduction, type IntroductionSide } from './matchingApi';
import { IntroductionSideName } from './IntroductionSideName';
import { introductionTone } from './introductionTone';
import { useIntroduction, useIntroductionStep } from './useIntroductions';
import { InlineForm } from '../../shell/InlineForm';
import { soughtPartnershipTypeValues } from '../../lib/api/enums';

/** One introduction: who asks whom, the answers, the first meeting and the partnership it became. */
export function IntroductionPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const introduction = useIntroduction(id);
  if (introduction.isPending) return <LoadingState />;
  if (introduction.isError) return <ErrorState error={introduction.error} onRetry={() => void introduction.refetch()} />;
  const data = introduction.data;
  const sideFact = (side: IntroductionSide) => (
    <>
      {side.profileId ? (
        <Link to={`/matching/profiles/${side.profileId}`}>
          <IntroductionSideName side={side} />
        </Link>
      ) : (
        <IntroductionSideName side={side} />
      )}{' '}
      <Badge tone={side.answer === 'accepted' ? 'success' : side.answer === 'declined' ? 'danger' : 'warning'}>{t(`introductions.answer.${side.answer}`)}</Badge>
      {side.answerMessage && (
        <>
          <br />
          <q>{side.answerMessage}</q>
        </>
      )}
    </>
  );
  return (
    <>
      <BackLink to="/matching/introductions">{t('introductions.backToList')}</BackLink>
      <PageHeading title={t('introductions.one')}>
        <IntroductionSideName side={data.from} /> – <IntroductionSideName side={data.to} />
      </PageHeading>
      <p className="kern-body">
        <Badge tone={introductionTone(data.state)}>{t(`introductions.state.${data.state}`)}</Badge>
      </p>
      <FactList
        facts={[
          { label: t('introductions.fromSide'), value: sideFact(data.from) },
          { label: t('introductions.toSide'), value: sideFact(data.to) },
          { label: t('introductions.brokeredBy'), value: data.brokered ? data.requestedBy?.name : null },
          {
            label: t('introductions.need'),
            value: data.need ? (
              <>
                {data.need.theme ? `${pickText(data.need.theme.name, language).text}: ` : ''}
                <TextInLanguage picked={pickText(data.need.description, language)} />
              </>
            ) : null,
          },
          { label: t('introductions.message'), value: data.message },
          { label: t('introductions.proposedDate'), value: data.proposedDate ? formatDate(data.proposedDate, language) : null },
          {
            label: t('introductions.meeting'),
            value: data.meeting ? (
              <>
                {t('introductions.meetingOn', { date: formatDate(data.meeting.date, language) })}
                {data.meeting.exchangeId && (
                  <>
                    {' '}
                    <Link to={`/exchanges/${data.meeting.exchangeId}`}>{t('introductions.openMeeting')}</Link>
                  </>
                )}
              </>
            ) : null,
          },
          {
            label: t('introductions.partnership'),
            value: data.partnership ? (
              <>
                {t(`matching.partnershipType.${data.partnership.type}`)}
                {data.partnership.id && (
                  <>
                    {' '}
                    <Link to={`/partnerships/${data.partnership.id}`}>{t('introductions.openPartnership')}</Link>
                  </>
                )}
              </>
            ) : null,
          },
        ]}
      />
      {(data.from.canAnswer || data.to.canAnswer) && <AnswerForm introduction={data} />}
      {data.canMarkMet && <MetButton id={data.id} />}
      {data.canPartner && <PartnershipForm id={data.id} />}
    </>
  );
}

function AnswerForm({ introduction }: { introduction: Introduction }) {
  const { t } = useTranslation();
  const formId = useId();
  const [message, setMessage] = useState('');
  const [meetingDate, setMeetingDate] = useState(introduction.proposedDate ?? '');
  const accept = useIntroductionStep(introduction.id, 'accept');
  const decline = useIntroductionStep(introduction.id, 'decline');
  const error = accept.error ?? decline.error;
  const pending = accept.isPending || decline.isPending;
  return (
    <Section title={t('introductions.answerTitle')}>
      <form className="record-form" noValidate onSubmit={(event) => event.preventDefault()}>
        <InputField id={`${formId}-message`} label={t('introductions.answerMessage')} multiline required value={message} onChange={setMessage} error={fieldError(error, 'body.message')} maxLength={4000} />
        <InputField
          label={t('introductions.meetingDate')}
          hint={t('introductions.meetingDateHint')}
          type="date"
          value={meetingDate}
          onChange={setMeetingDate}
          error={fieldError(accept.error, 'body.meetingDate')}
        />
        <SaveFailedAlert error={error} />
        <div className="button-row">
          <button type="button" className="kern-btn kern-btn--primary" disabled={pending} onClick={() => accept.mutate({ message, meetingDate: meetingDate || null })}>
            <span className="kern-label">{t('introductions.accept')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" disabled={pending} onClick={() => decline.mutate({ message })}>
            <span className="kern-label">{t('introductions.decline')}</span>
          </button>
        </div>
      </form>
    </Section>
  );
}

function MetButton({ id }: { id: string }) {
  const { t } = useTranslation();
  const met = useIntroductionStep(id, 'met');
  return (
    <Section title={t('introductions.afterMeeting')}>
      <SaveFailedAlert error={met.error} />
      <div className="button-row">
        <button type="button" className="kern-btn kern-btn--primary" disabled={met.isPending} onClick={() => met.mutate({})}>
          <span className="kern-label">{t('introductions.markMet')}</span>
        </button>
      </div>
    </Section>
  );
}

function PartnershipForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const [type, setType] = useState('');
  const partner = useIntroductionStep(id, 'partnership');
  return (
    <Section title={t('introductions.becomePartners')}>
      <InlineForm onSubmit={() => partner.mutate({ type })} pending={partner.isPending} error={partner.error} problemsBesideFields submitLabel={t('introductions.makePartnership')}>
        <SelectField
          label={t('introductions.partnershipType')}
          value={type}
          emptyLabel={t('forms.choose')}
          options={soughtPartnershipTypeValues.map((value) => ({ value, label: t(`matching.partnershipType.${value}`) }))}
          onChange={setType}
          error={fieldError(partner.error, 'body.type')}
        />
      </InlineForm>
    </Section>
  );
}
