import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../lib/api/types';
import { parseIsoDate } from '../../lib/parseIsoDate';
import { timeZoneLabel } from '../../lib/timeZoneName';
import { pickText } from '../../lib/pickText';
import { localeOf } from '../../i18n/localeOf';
import { ENDONYMS } from '../../i18n/endonyms';
import { isLanguage } from '../../i18n/isLanguage';
import type { Language } from '../../i18n/languages';
import { useLanguage } from '../../lib/useLanguage';
import { Badge } from '../../shell/Badge';
import { EditRemoveButtons } from '../../shell/EditRemoveButtons';
import { FormAlert } from '../../shell/FormAlert';
import { SelectField } from '../../shell/SelectField';
import { TextInLanguage } from '../../shell/TextInLanguage';
import { exchangeApi, exchangeKeys, type AgendaSession, type ExchangeDetail } from './exchangeApi';
import { SessionForm } from './SessionForm';
import { AddEntry } from '../../shell/AddEntry';

const AGENDA_LANGUAGES: Language[] = ['de', 'en', 'uk'];

function dayHeading(day: string, language: Language): string {
  return new Intl.DateTimeFormat(localeOf(language), { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(parseIsoDate(day));
}

/** The agenda day by day, in the UI language or another one chosen for it; sessions edited in place. */
export function AgendaSection({ exchange }: { exchange: ExchangeDetail }) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const [agendaLanguage, setAgendaLanguage] = useState<Language>(uiLanguage);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const days = [...new Set(exchange.agenda.map((session) => session.day))];
  const text = (value: LocalizedText) => pickText(value, agendaLanguage);

  return (
    <>
      {exchange.agenda.length === 0 ? (
        <p className="kern-body">{t('agenda.empty')}</p>
      ) : (
        <>
          <div className="agenda-language">
            <SelectField
              label={t('agenda.language')}
              value={agendaLanguage}
              emptyLabel={t('forms.choose')}
              options={AGENDA_LANGUAGES.map((tag) => ({ value: tag, label: ENDONYMS[tag] }))}
              onChange={(value) => setAgendaLanguage(isLanguage(value) ? value : uiLanguage)}
            />
            <p className="kern-body kern-body--small">{t('agenda.timesIn', { timeZone: timeZoneLabel(exchange.timeZone, exchange.startDate, uiLanguage) })}</p>
          </div>
          {days.map((day) => (
            <div key={day} className="agenda-day">
              <h3 className="kern-heading-small">
                <time dateTime={day}>{dayHeading(day, uiLanguage)}</time>
              </h3>
              <ol className="agenda">
                {exchange.agenda
                  .filter((session) => session.day === day)
                  .map((session) =>
                    editing === session.id ? (
                      <li key={session.id} className="agenda__item">
                        <SessionForm exchange={exchange} session={session} onDone={() => setEditing(null)} />
                      </li>
                    ) : (
                      <SessionItem key={session.id} exchange={exchange} session={session} text={text} onEdit={() => setEditing(session.id)} />
                    ),
                  )}
              </ol>
            </div>
          ))}
        </>
      )}
      {exchange.canEdit && (
        <AddEntry open={editing === 'new'} label={t('agenda.add')} onOpen={() => setEditing('new')}>
          <SessionForm exchange={exchange} onDone={() => setEditing(null)} />
        </AddEntry>
      )}
    </>
  );
}

interface ItemProps {
  exchange: ExchangeDetail;
  session: AgendaSession;
  text: (value: LocalizedText) => ReturnType<typeof pickText>;
  onEdit: () => void;
}

function SessionItem({ exchange, session, text, onEdit }: ItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => exchangeApi.removeSession(exchange.id, session.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: exchangeKeys.detail(exchange.id) }),
  });
  const title = text(session.title);
  const description = text(session.description);
  return (
    <li className="agenda__item">
      <p className="kern-body kern-body--bold agenda__time">
        {session.startsAt ? (
          <>
            <time dateTime={`${session.day}T${session.startsAt}`}>{session.startsAt}</time>
            {session.endsAt && (
              <>
                {'–'}
                <time dateTime={`${session.day}T${session.endsAt}`}>{session.endsAt}</time>
              </>
            )}
          </>
        ) : (
          t('agenda.noTime')
        )}
      </p>
      <div className="agenda__body">
        <h4 className="kern-body kern-body--bold agenda__title">
          <TextInLanguage picked={title} />
        </h4>
        <p className="badge-row">
          <Badge>{t(`enums.sessionKind.${session.kind}`)}</Badge>
          {session.theme && <Badge>{pickText(session.theme.name, language, session.theme.slug).text}</Badge>}
        </p>
        {(session.facilitator || session.room) && (
          <p className="kern-body kern-body--small">
            {session.facilitator && t('agenda.facilitatedBy', { name: session.facilitator.displayName })}
            {session.facilitator && session.room && ' · '}
            {session.room && t('agenda.room', { room: session.room })}
          </p>
        )}
        {description.text && (
          <p className="kern-body">
            <TextInLanguage picked={description} />
          </p>
        )}
        {exchange.canEdit && (
          <div className="button-row">
            <EditRemoveButtons
              editLabel={t('agenda.editNamed', { title: title.text })}
              onEdit={onEdit}
              removeLabel={t('agenda.removeNamed', { title: title.text })}
              question={t('agenda.removeQuestion', { title: title.text })}
              removing={remove.isPending}
              onRemove={() => remove.mutate()}
            />
          </div>
        )}
        <FormAlert error={remove.error} />
      </div>
    </li>
  );
}
