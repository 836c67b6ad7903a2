import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyFieldErrors } from '../../lib/fieldError';
import { pickText } from '../../lib/pickText';
import { timeZoneLabel } from '../../lib/timeZoneName';
import { useLanguage } from '../../lib/useLanguage';
import { InputField } from '../../shell/InputField';
import { filledTexts, LocalizedTextFields, textsOf, type Texts } from '../../shell/LocalizedTextFields';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { SelectField } from '../../shell/SelectField';
import { useProjectGroups } from '../partnerships/useProjectGroups';
import { PersonAutocomplete } from '../people/PersonAutocomplete';
import type { PersonRef } from '../people/personApi';
import { ThemeSelect } from '../themes/ThemeSelect';
import { exchangeApi, exchangeKeys, type AgendaSession, type ExchangeDetail, type SessionKind } from './exchangeApi';
import { InlineForm } from '../../shell/InlineForm';
import { useSaveAndRefresh } from '../../lib/useSaveAndRefresh';
import { sessionKindValues } from '../../lib/api/enums';

/** The kind most sessions of the agenda have so far, or none yet: a new session starts from the exchange's usual kind. */
function mostCommonKind(agenda: readonly AgendaSession[]): SessionKind | '' {
  const counts = new Map<SessionKind, number>();
  for (const { kind } of agenda) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  let best: SessionKind | '' = '';
  for (const [kind, count] of counts) if (best === '' || count > (counts.get(best) ?? 0)) best = kind;
  return best;
}

interface Props {
  exchange: ExchangeDetail;
  session?: AgendaSession;
  onDone: () => void;
}

/** Adds a session to the agenda or changes one: day, times in the exchange's time zone, texts in three languages. */
export function SessionForm({ exchange, session, onDone }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [day, setDay] = useState(session?.day ?? exchange.startDate);
  const [startsAt, setStartsAt] = useState(session?.startsAt ?? '');
  const [endsAt, setEndsAt] = useState(session?.endsAt ?? '');
  const [kind, setKind] = useState<SessionKind | ''>(session?.kind ?? mostCommonKind(exchange.agenda));
  const [title, setTitle] = useState<Texts>(textsOf(session?.title));
  const [description, setDescription] = useState<Texts>(textsOf(session?.description));
  const [themeId, setThemeId] = useState(session?.theme?.id ?? '');
  const [facilitator, setFacilitator] = useState<PersonRef | null>(session?.facilitator ?? null);
  const [projectGroupId, setProjectGroupId] = useState(session?.projectGroupId ?? '');
  const [room, setRoom] = useState(session?.room ?? '');
  const groups = useProjectGroups(exchange.partnershipId);
  const hasGroups = Boolean(exchange.partnershipId) && (groups.data?.items.length ?? 0) > 0;

  const save = useSaveAndRefresh(
    () => {
      const body = {
        day,
        startsAt: startsAt || null,
        endsAt: endsAt || null,
        kind: kind || undefined,
        title: filledTexts(title),
        description: filledTexts(description),
        themeId: themeId || null,
        facilitatorPersonId: facilitator?.id ?? null,
        projectGroupId: projectGroupId || null,
        room: room.trim() || null,
      };
      return session ? exchangeApi.updateSession(exchange.id, session.id, body) : exchangeApi.addSession(exchange.id, body);
    },
    { refresh: [exchangeKeys.detail(exchange.id)], then: onDone },
  );
  const error = bodyFieldErrors(save.error);

  return (
    <InlineForm heading={session ? t('agenda.editTitle', { title: pickText(session.title, language).text }) : t('agenda.createTitle')} onSubmit={() => save.mutate()} pending={save.isPending} error={save.error} problemsBesideFields onCancel={onDone} className="session-form">
      <div className="form-row">
        <InputField label={t('agenda.day')} type="date" value={day} min={exchange.startDate} max={exchange.endDate} onChange={setDay} required error={error('day')} />
        <InputField label={t('agenda.startsAt')} type="time" value={startsAt} onChange={setStartsAt} error={error('startsAt')} />
        <InputField label={t('agenda.endsAt')} type="time" value={endsAt} onChange={setEndsAt} error={error('endsAt')} />
      </div>
      <p className="kern-hint">{t('agenda.timesIn', { timeZone: timeZoneLabel(exchange.timeZone, exchange.startDate, language) })}</p>
      <EnumSelectField label={t('agenda.kind')} value={kind} values={sessionKindValues} labels="enums.sessionKind" onChange={setKind} required error={error('kind')} />
      <LocalizedTextFields legend={t('agenda.titleInLanguages')} value={title} onChange={setTitle} error={error('title')} required />
      <LocalizedTextFields legend={t('agenda.descriptionInLanguages')} value={description} onChange={setDescription} multiline />
      <div className="form-row">
        <ThemeSelect label={t('agenda.theme')} value={themeId} emptyLabel={t('forms.none')} onChange={(id) => setThemeId(id ?? '')} />
        <InputField label={t('agenda.roomLabel')} value={room} onChange={setRoom} error={error('room')} />
      </div>
      <PersonAutocomplete label={t('agenda.facilitator')} initialText={facilitator?.displayName ?? ''} onSelect={setFacilitator} error={error('facilitatorPersonId')} />
      {hasGroups && (
        <SelectField
          label={t('agenda.projectGroup')}
          value={projectGroupId}
          emptyLabel={t('forms.none')}
          options={(groups.data?.items ?? []).map((group) => ({ value: group.id, label: pickText(group.title, language).text }))}
          onChange={setProjectGroupId}
        />
      )}
    </InlineForm>
  );
}
