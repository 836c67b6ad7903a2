import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../i18n/languages';
import { fieldError } from '../../lib/fieldError';
import { formatDate } from '../../lib/formatDate';
import { pickName } from '../../lib/pickName';
import { useLanguage } from '../../lib/useLanguage';
import { Badge } from '../../shell/Badge';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { ErrorState } from '../../shell/ErrorState';
import { InputField } from '../../shell/InputField';
import { LoadingState } from '../../shell/LoadingState';
import { Notice } from '../../shell/Notice';
import { exchangeKeys } from '../exchanges/exchangeApi';
import { networkApi, networkKeys, type MeetingPlan, type NetworkDetail, type NetworkMember } from './networkApi';
import { RecordTable } from '../../shell/RecordTable';
import { SelectField } from '../../shell/SelectField';
import { InlineForm } from '../../shell/InlineForm';

const today = () => new Date().toISOString().slice(0, 10);

function nameOf(member: { place: NetworkMember['place']; organization: NetworkMember['organization'] }, language: Language): string {
  if (member.place) return pickName(member.place.names, member.place.name, language).text;
  if (member.organization) return pickName(member.organization.names, member.organization.name, language).text;
  return '';
}

/**
 * Whose turn it is to host: for a date, the member that hosted longest ago (never first),
 * skipping members that cannot host then; each member's record, periods away, and a year of
 * meetings planned at the network's cadence.
 */
export function HostRotationSection({ network }: { network: NetworkDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [date, setDate] = useState(today());
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const rotation = useQuery({
    queryKey: networkKeys.rotation(network.id, date),
    queryFn: ({ signal }) => networkApi.rotation(network.id, date, signal),
    enabled: valid,
  });
  const proposal = rotation.data?.members.find((entry) => entry.member.id === rotation.data?.proposal);
  const members = new Map(network.members.map((member) => [member.id, member]));

  return (
    <>
      <InputField label={t('rotation.date')} hint={t('rotation.dateHint')} type="date" value={date} onChange={setDate} />
      {rotation.isPending && valid && <LoadingState />}
      {rotation.isError && <ErrorState error={rotation.error} onRetry={() => void rotation.refetch()} />}
      {rotation.data && (
        <>
          <div className="rotation-proposal" role="status">
            {proposal ? (
              <p className="kern-body kern-body--large">
                {t('rotation.proposal', { date: formatDate(rotation.data.date, language), name: nameOf(proposal.member, language) })}{' '}
                {network.canEdit && (
                  <Link className="kern-link" to={`/exchanges/new?networkId=${network.id}&startDate=${rotation.data.date}&hostMemberId=${proposal.member.id}`}>
                    {t('rotation.planWithHost')}
                  </Link>
                )}
              </p>
            ) : (
              <p className="kern-body kern-body--large">{rotation.data.members.length === 0 ? t('rotation.noMembers') : t('rotation.noProposal')}</p>
            )}
          </div>
          {rotation.data.members.length > 0 && (
            <RecordTable
              caption={t('rotation.caption', { date: formatDate(rotation.data.date, language) })}
              small
              rowHeader={1}
              rows={rotation.data.members}
              rowKey={(entry) => entry.member.id}
              columns={[
                { header: t('rotation.turn'), cell: (_entry, index) => index + 1 },
                {
                  header: t('networks.columnMember'),
                  cell: (entry) => (
                    <>
                      {nameOf(entry.member, language)}
                      {entry.member.id === rotation.data.proposal && (
                        <>
                          {' '}
                          <Badge tone="success">{t('rotation.proposed')}</Badge>
                        </>
                      )}
                    </>
                  ),
                },
                { header: t('rotation.lastHosted'), cell: (entry) => (entry.lastHostedOn ? formatDate(entry.lastHostedOn, language, 'medium') : t('rotation.never')) },
                { header: t('rotation.hostedCount'), numeric: true, cell: (entry) => entry.hostedCount },
                {
                  header: t('rotation.availability'),
                  cell: (entry) => {
                    const member = members.get(entry.member.id);
                    return (
                      <>
                        {entry.unavailable && <Badge tone="warning">{t('rotation.unavailable')}</Badge>}
                        {entry.nextHostingOn && <span className="kern-body kern-body--small"> {t('rotation.nextHosting', { date: formatDate(entry.nextHostingOn, language, 'medium') })}</span>}
                        {member && <UnavailabilityList network={network} member={member} />}
                      </>
                    );
                  },
                },
              ]}
            />
          )}
        </>
      )}
      {network.canEdit && network.members.length > 0 && <UnavailabilityForm network={network} />}
      {network.canEdit && network.cadence !== 'irregular' && <MeetingPlanForm network={network} />}
    </>
  );
}

function UnavailabilityList({ network, member }: { network: NetworkDetail; member: NetworkMember }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (entryId: string) => networkApi.removeUnavailability(network.id, member.id, entryId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkKeys.all }),
  });
  if (member.unavailability.length === 0) return null;
  return (
    <ul className="kern-list unavailability">
      {member.unavailability.map((entry) => {
        const period = `${formatDate(entry.from, language, 'medium')} – ${formatDate(entry.to, language, 'medium')}`;
        return (
          <li key={entry.id} className="kern-body kern-body--small">
            {t('rotation.away', { period })}
            {entry.note && ` (${entry.note})`}
            {network.canEdit && (
              <>
                {' '}
                <ConfirmButton
                  small
                  label={t('common.remove')}
                  accessibleLabel={t('rotation.removeAway', { name: nameOf(member, language), period })}
                  question={t('rotation.removeAwayQuestion', { period })}
                  confirmLabel={t('common.remove')}
                  pending={remove.isPending}
                  onConfirm={() => remove.mutate(entry.id)}
                />
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}

function UnavailabilityForm({ network }: { network: NetworkDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [memberId, setMemberId] = useState(network.members[0]?.id ?? '');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const save = useMutation({
    mutationFn: () => networkApi.addUnavailability(network.id, memberId, { from: from || undefined, to: to || from || undefined, note: note.trim() || null }),
    onSuccess: async () => {
      setFrom('');
      setTo('');
      setNote('');
      await queryClient.invalidateQueries({ queryKey: networkKeys.all });
    },
  });
  return (
    <InlineForm heading={t('rotation.awayTitle')} onSubmit={() => save.mutate()} pending={save.isPending} error={save.error} submitLabel={t('rotation.awaySave')} quiet incomplete={!memberId}>
      <SelectField label={t('networks.columnMember')} value={memberId} options={network.members.map((member) => ({ value: member.id, label: nameOf(member, language) }))} onChange={setMemberId} />
      <div className="form-row">
        <InputField label={t('rotation.awayFrom')} type="date" value={from} onChange={setFrom} required error={fieldError(save.error, 'body.from')} />
        <InputField label={t('rotation.awayTo')} type="date" value={to} onChange={setTo} error={fieldError(save.error, 'body.to')} />
      </div>
      <InputField label={t('rotation.awayNote')} value={note} onChange={setNote} />
    </InlineForm>
  );
}

function MeetingPlanForm({ network }: { network: NetworkDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [from, setFrom] = useState('');
  const [until, setUntil] = useState('');
  const [result, setResult] = useState<MeetingPlan | null>(null);
  const plan = useMutation({
    mutationFn: () => networkApi.planMeetings(network.id, { from: from || undefined, until: until || undefined }),
    onSuccess: async (answer) => {
      setResult(answer);
      await queryClient.invalidateQueries({ queryKey: exchangeKeys.all });
      await queryClient.invalidateQueries({ queryKey: networkKeys.all });
    },
  });
  return (
    <InlineForm
      heading={t('rotation.planTitle')}
      onSubmit={() => {
        setResult(null);
        plan.mutate();
      }}
      pending={plan.isPending}
      error={plan.error}
      submitLabel={t('rotation.planSubmit')}
      incomplete={!from}
      after={
        result && (
          <Notice kind="success" title={t('rotation.planned', { count: result.items.length })}>
            <ul className="kern-list">
              {result.items.map((item) => (
                <li key={item.id}>
                  <Link className="kern-link" to={`/exchanges/${item.id}`}>
                    {formatDate(item.startDate, language)}: {item.title[language] ?? item.title.de}
                  </Link>
                </li>
              ))}
            </ul>
            {result.skipped.length > 0 && <p className="kern-body">{t('rotation.skipped', { dates: result.skipped.map((date) => formatDate(date, language, 'medium')).join(', ') })}</p>}
          </Notice>
        )
      }
    >
      <p className="kern-body">{t('rotation.planIntro', { cadence: t(`enums.networkCadence.${network.cadence}`) })}</p>
      <div className="form-row">
        <InputField label={t('rotation.planFrom')} type="date" value={from} onChange={setFrom} required error={fieldError(plan.error, 'body.from')} />
        <InputField label={t('rotation.planUntil')} hint={t('rotation.planUntilHint')} type="date" value={until} onChange={setUntil} error={fieldError(plan.error, 'body.until')} />
      </div>
    </InlineForm>
  );
}
