import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pickName } from '../../lib/pickName';
import { useLanguage } from '../../lib/useLanguage';
import { BadgeRow } from '../../shell/BadgeRow';
import { RecordIntro } from '../../shell/RecordIntro';
import { Section } from '../../shell/Section';
import { RecordHistorySection } from '../audit/RecordHistorySection';
import { RecordLinksSection } from '../record-links/RecordLinksSection';
import { AgendaSection } from './AgendaSection';
import { DelegationForm } from './DelegationForm';
import { DelegationTable } from './DelegationTable';
import { ExchangeActions } from './ExchangeActions';
import { ExchangeFacts } from './ExchangeFacts';
import { HostTownSection } from './HostTownSection';
import type { Delegation, ExchangeDetail } from './exchangeApi';
import { OrganizationRoleTable } from './OrganizationRoleTable';
import { OutcomesSection } from './OutcomesSection';
import { ParticipantsSection } from './ParticipantsSection';
import { StopsSection } from './StopsSection';
import { RecordHeading } from '../../shell/RecordHeading';
import { AddEntry } from '../../shell/AddEntry';

export function ExchangeDetailView({ exchange }: { exchange: ExchangeDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [delegationForm, setDelegationForm] = useState<Delegation | 'new' | null>(null);
  const [registerRequest, setRegisterRequest] = useState<{ delegationId: string; round: number } | null>(null);
  // A network meeting is hosted by a member town; its funding areas and neighbourhood managements are what guests come to see.
  const hostTown = exchange.networkId ? (exchange.hostNetworkMember?.place ?? exchange.venue) : null;
  return (
    <>
      <RecordHeading value={exchange.title} />
      <BadgeRow badges={[t(`enums.exchangeKind.${exchange.kind}`), t(`enums.exchangeStatus.${exchange.status}`)]} themes={exchange.themes} />
      <ExchangeActions exchange={exchange} />
      <RecordIntro text={exchange.description} />
      <Section title={t('exchanges.facts')}>
        <ExchangeFacts exchange={exchange} />
      </Section>
      {hostTown && (
        <Section title={t('hostTown.title', { town: pickName(hostTown.names, hostTown.name, language).text })}>
          <HostTownSection town={hostTown} />
        </Section>
      )}
      {exchange.stops.length > 0 && (
        <Section title={t('exchanges.stops')}>
          <StopsSection stops={exchange.stops} />
        </Section>
      )}
      <Section title={t('agenda.title')}>
        <AgendaSection exchange={exchange} />
      </Section>
      <Section title={t('exchanges.organizations')}>
        <OrganizationRoleTable organizations={exchange.organizations} />
      </Section>
      <Section title={t('exchanges.delegations')}>
        <DelegationTable
          exchange={exchange}
          onEdit={exchange.canEdit ? setDelegationForm : undefined}
          onRegister={(delegation) => setRegisterRequest((current) => ({ delegationId: delegation.id, round: (current?.round ?? 0) + 1 }))}
        />
        {exchange.canEdit && (
          <AddEntry open={delegationForm !== null} label={t('delegations.add')} onOpen={() => setDelegationForm('new')}>
            {delegationForm && (
              <DelegationForm
                key={delegationForm === 'new' ? 'new' : delegationForm.id}
                exchange={exchange}
                delegation={delegationForm === 'new' ? undefined : delegationForm}
                onDone={() => setDelegationForm(null)}
              />
            )}
          </AddEntry>
        )}
      </Section>
      <Section title={t('participants.title')}>
        <ParticipantsSection exchange={exchange} registerRequest={registerRequest} />
      </Section>
      <Section title={t('outcomes.title')}>
        <OutcomesSection exchange={exchange} />
      </Section>
      <RecordLinksSection recordType="exchange" recordId={exchange.id} canEdit={exchange.canEdit} outcomes={exchange.outcomes} />
      <RecordHistorySection path={`/exchanges/${encodeURIComponent(exchange.id)}/history`} workspaceId={exchange.workspaceId} recordType="exchange" partField="exchangeId" />
    </>
  );
}
