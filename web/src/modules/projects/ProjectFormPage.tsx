import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedText, OrganizationRef, Visibility } from '../../lib/api/types';
import { bodyFieldErrors } from '../../lib/fieldError';
import { pickName } from '../../lib/pickName';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { InputField } from '../../shell/InputField';
import { OrganizationName } from '../../shell/OrganizationName';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { SelectField } from '../../shell/SelectField';
import { VisibilityField } from '../../shell/VisibilityField';
import { HistoricalField } from '../../shell/HistoricalField';
import { NewOrganizationButton } from '../organizations/NewOrganizationButton';
import { OrganizationAutocomplete } from '../organizations/OrganizationAutocomplete';
import { NewPersonButton } from '../people/NewPersonButton';
import { PersonAutocomplete } from '../people/PersonAutocomplete';
import type { PersonSummary } from '../people/personApi';
import { PlaceAutocomplete } from '../places/PlaceAutocomplete';
import { compactText } from '../plans/compactText';
import { LocalizedTextFields } from '../../shell/LocalizedTextFields';
import { usePartnershipChoices } from '../plans/usePartnershipChoices';
import { projectApi, projectKeys, type ProjectDetail, type ProjectStatus } from './projectApi';
import { useProject } from './useProject';
import { RecordFormFrame, RecordFormLoader } from '../../shell/RecordFormPage';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';
import { EditableRows } from '../../shell/EditableRows';
import { Fieldset } from '../../shell/Fieldset';
import { outputKindValues, phaseStatusValues, projectPartnerRoleValues, projectStatusValues, transferRatingValues } from '../../lib/api/enums';

export function ProjectFormPage() {
  return <RecordFormLoader useRecord={useProject} form={ProjectForm} />;
}

type Row<T> = T & { key: string };
const keyed = <T,>(items: T[]): Row<T>[] => items.map((item) => ({ ...item, key: crypto.randomUUID() }));
const withText = (original: LocalizedText | undefined, language: string, text: string) => ({ ...(original ?? {}), [language]: text });

function ProjectForm({ record: project }: { record?: ProjectDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const partnerships = usePartnershipChoices();
  const [workspaceId, setWorkspaceId] = useState('');
  const [title, setTitle] = useState<LocalizedText>(project?.title ?? {});
  const [summary, setSummary] = useState<LocalizedText>(project?.summary ?? {});
  const [goals, setGoals] = useState<LocalizedText>(project?.goals ?? {});
  const [status, setStatus] = useState<ProjectStatus | ''>(project?.status ?? 'planned');
  const [historical, setHistorical] = useState(project?.historical ?? false);
  const [carrierId, setCarrierId] = useState<string | null>(project?.carrier?.id ?? null);
  const [partnershipId, setPartnershipId] = useState(project?.partnership?.id ?? '');
  const [pilotAreaId, setPilotAreaId] = useState<string | null>(project?.pilotArea?.id ?? null);
  const [startDate, setStartDate] = useState(project?.startDate ?? '');
  const [endDate, setEndDate] = useState(project?.endDate ?? '');
  const [budget, setBudget] = useState(project?.budget?.toString() ?? '');
  const [website, setWebsite] = useState(project?.website ?? '');
  const [visibility, setVisibility] = useState<Visibility>(project?.visibility ?? 'workspace');
  const [partners, setPartners] = useState<{ organization: OrganizationRef; role: ProjectDetail['partners'][number]['role'] }[]>(project?.partners ?? []);
  const [contacts, setContacts] = useState(keyed(project?.contacts.map((contact) => ({ organizationId: contact.organization?.id ?? null, organizationName: contact.organization ? pickName(contact.organization.names, contact.organization.name, language).text : '', personId: contact.person?.id ?? null, personName: contact.person?.displayName ?? '', role: contact.role })) ?? []));
  const addContactOrganization = (organization: OrganizationRef) =>
    setContacts((current) => [...current, { key: crypto.randomUUID(), organizationId: organization.id, organizationName: pickName(organization.names, organization.name, language).text, personId: null, personName: '', role: '' }]);
  // A person is a contact together with the organization they work for, when the directory knows it.
  const addContactPerson = (person: PersonSummary) => {
    const organization = person.current[0]?.organization ?? null;
    setContacts((current) => [
      ...current,
      { key: crypto.randomUUID(), organizationId: organization?.id ?? null, organizationName: organization ? pickName(organization.names, organization.name, language).text : '', personId: person.id, personName: person.displayName, role: '' },
    ]);
  };
  const [phases, setPhases] = useState(keyed(project?.phases.map((phase) => ({ ...phase, text: pickText(phase.title, language).text })) ?? []));
  const [outputs, setOutputs] = useState(keyed(project?.outputs.map((output) => ({ ...output, text: pickText(output.title, language).text })) ?? []));
  const [transfers, setTransfers] = useState(
    keyed(project?.transferability.map((entry) => ({ ...entry, placeId: entry.place?.id ?? null, triedText: pickText(entry.tried, language).text, resultText: pickText(entry.result, language).text })) ?? []),
  );

  const save = useSaveAndOpen(
    () => {
      const body = {
        title: compactText(title),
        summary: compactText(summary),
        goals: compactText(goals),
        status: status || undefined,
        historical,
        carrierOrganizationId: carrierId,
        partnershipId: partnershipId || null,
        pilotAreaPlaceId: pilotAreaId,
        startDate: startDate || null,
        endDate: endDate || null,
        budget: budget.trim() === '' ? null : Number(budget.replace(',', '.')),
        website: website.trim() || null,
        visibility,
        partners: partners.map((partner) => ({ organizationId: partner.organization.id, role: partner.role })),
        contacts: contacts.map((contact) => ({ organizationId: contact.organizationId, personId: contact.personId, role: contact.role })),
        phases: phases.map((phase) => ({ ...(phase.id ? { id: phase.id } : {}), title: withText(phase.title, language, phase.text), description: phase.description ?? {}, startDate: phase.startDate || null, endDate: phase.endDate || null, status: phase.status })),
        outputs: outputs.map((output) => ({ ...(output.id ? { id: output.id } : {}), kind: output.kind, title: withText(output.title, language, output.text), url: output.url || null, issuedOn: output.issuedOn || null })),
        transferability: transfers.map((entry) => ({
          ...(entry.id ? { id: entry.id } : {}),
          placeId: entry.placeId,
          context: entry.context,
          tried: withText(entry.tried, language, entry.triedText),
          result: entry.resultText ? withText(entry.result, language, entry.resultText) : (entry.result ?? {}),
          rating: entry.rating,
          assessedOn: entry.assessedOn || null,
        })),
      };
      return project ? projectApi.update(project.id, body) : projectApi.create({ ...body, workspaceId });
    },
    { refresh: [projectKeys.all], open: (saved) => `/projects/${saved.id}` },
  );
  const error = bodyFieldErrors(save.error);
  const heading = project ? t('projects.editTitle') : t('projects.create');
  const fieldLabels = {
    'body.title': t('projects.projectTitle'),
    'body.summary': t('projects.summary'),
    'body.goals': t('projects.goals'),
    'body.status': t('projects.status'),
    'body.carrierOrganizationId': t('projects.carrier'),
    'body.partnershipId': t('projects.partnership'),
    'body.pilotAreaPlaceId': t('projects.pilotArea'),
    'body.startDate': t('projects.startDate'),
    'body.endDate': t('projects.endDate'),
    'body.budget': t('projects.budgetEur'),
    'body.website': t('projects.website'),
    'body.partners': t('projects.partners'),
    'body.contacts': t('projects.contacts'),
    'body.phases': t('projects.phases'),
    'body.outputs': t('projects.outputs'),
    'body.transferability': t('projects.transferability'),
  };
  const update = <T,>(setter: (change: (rows: Row<T>[]) => Row<T>[]) => void, index: number, changes: Partial<T>) => setter((rows) => rows.map((row, at) => (at === index ? { ...row, ...changes } : row)));
  const remove = (label: string, onClick: () => void) => (
    <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={onClick}>
      <span className="kern-label">{label}</span>
    </button>
  );

  return (
    <RecordFormFrame heading={heading} back={{ to: project ? `/projects/${project.id}` : '/projects', label: project ? t('forms.backToRecord') : t('projects.backToList') }} workspace={project ? undefined : { value: workspaceId, onChange: setWorkspaceId }} save={save} fieldLabels={fieldLabels}>
        <LocalizedTextFields legend={t('projects.projectTitle')} value={title} onChange={setTitle} error={error('title')} required languageHint={false} compact />
        <LocalizedTextFields legend={t('projects.summary')} value={summary} onChange={setSummary} multiline compact />
        <LocalizedTextFields legend={t('projects.goals')} value={goals} onChange={setGoals} multiline compact />
        <EnumSelectField label={t('projects.status')} value={status} values={projectStatusValues} labels="projects.statuses" onChange={setStatus} />
        <HistoricalField checked={historical} onChange={setHistorical} />
        <OrganizationAutocomplete
          label={t('projects.carrier')}
          initial={project?.carrier}
          onSelect={(organization) => setCarrierId(organization?.id ?? null)}
          error={error('carrierOrganizationId')}
        />
        <SelectField
          label={t('projects.partnership')}
          value={partnershipId}
          emptyLabel={t('projects.noPartnership')}
          options={(partnerships.data?.items ?? []).map((partnership) => ({ value: partnership.id, label: pickText(partnership.title, language).text }))}
          onChange={setPartnershipId}
        />
        <PlaceAutocomplete
          label={t('projects.pilotArea')}
          initial={project?.pilotArea}
          onSelect={(place) => setPilotAreaId(place?.id ?? null)}
          error={error('pilotAreaPlaceId')}
        />
        <div className="form-row">
          <InputField label={t('projects.startDate')} type="date" value={startDate} onChange={setStartDate} error={error('startDate')} />
          <InputField label={t('projects.endDate')} type="date" value={endDate} onChange={setEndDate} error={error('endDate')} />
          <InputField label={t('projects.budgetEur')} type="number" value={budget} onChange={setBudget} error={error('budget')} />
        </div>
        <InputField label={t('projects.website')} type="url" value={website} onChange={setWebsite} error={error('website')} />

        <Fieldset legend={t('projects.partners')}>
          {partners.map((partner, index) => (
            <div key={`${partner.organization.id}-${index}`} className="form-row">
              <p className="kern-body">
                <OrganizationName organization={partner.organization} />
              </p>
              <SelectField
                label={t('projects.roleOf', { name: pickName(partner.organization.names, partner.organization.name, language).text })}
                value={partner.role}
                emptyLabel={t('forms.choose')}
                options={projectPartnerRoleValues.map((value) => ({ value, label: t(`projects.roles.${value}`) }))}
                onChange={(value) => setPartners((current) => current.map((entry, at) => (at === index ? { ...entry, role: projectPartnerRoleValues.find((role) => role === value) ?? entry.role } : entry)))}
              />
              {remove(t('projects.removeNamed', { name: pickName(partner.organization.names, partner.organization.name, language).text }), () => setPartners((current) => current.filter((_, at) => at !== index)))}
            </div>
          ))}
          <OrganizationAutocomplete
            key={`partner-${partners.length}`}
            label={t('projects.addPartner')}
            onSelect={(organization) => {
              // The same organisation may be added again for a further role (e.g. client and follow-up).
              const taken = new Set(partners.filter((partner) => partner.organization.id === organization?.id).map((partner) => partner.role));
              const role = projectPartnerRoleValues.find((value) => !taken.has(value));
              if (organization && role) setPartners((current) => [...current, { organization, role }]);
            }}
            error={error('partners')}
          />
        </Fieldset>

        <Fieldset legend={t('projects.contacts')}>
          {contacts.map((contact, index) => (
            <div key={contact.key} className="form-row">
              <p className="kern-body">{[contact.personName, contact.organizationName].filter(Boolean).join(', ')}</p>
              <InputField label={t('projects.contactRole', { number: index + 1 })} value={contact.role} onChange={(role) => update(setContacts, index, { role })} />
              {remove(t('projects.removeContact', { number: index + 1 }), () => setContacts((current) => current.filter((_, at) => at !== index)))}
            </div>
          ))}
          <OrganizationAutocomplete
            key={`contact-${contacts.length}`}
            label={t('projects.addContactOffice')}
            onSelect={(organization) => {
              if (organization) addContactOrganization(organization);
            }}
          />
          <PersonAutocomplete
            key={`contact-person-${contacts.length}`}
            label={t('projects.addContactPerson')}
            onSelect={(person) => {
              if (person) addContactPerson(person);
            }}
          />
          <p className="button-row">
            <NewOrganizationButton workspaceId={project?.workspaceId ?? workspaceId} onCreated={addContactOrganization} />
            <NewPersonButton workspaceId={project?.workspaceId ?? workspaceId} onCreated={addContactPerson} />
          </p>
        </Fieldset>

        <Fieldset legend={t('projects.phases')}>
          <EditableRows
            rows={phases}
            onChange={setPhases}
            keyOf={(phase) => phase.key}
            newRow={() => ({ key: crypto.randomUUID(), id: '', title: {}, description: {}, startDate: null, endDate: null, status: 'planned' as const, text: '' })}
            addLabel={t('projects.addPhase')}
            removeLabel={(index) => t('projects.removePhase', { number: index + 1 })}
          >
            {(phase, change, index) => (
              <>
                <InputField label={t('projects.phaseTitle', { number: index + 1 })} value={phase.text} onChange={(text) => change({ text })} error={error(`phases.${index}.title`)} />
                <InputField label={t('projects.startDate')} type="date" value={phase.startDate ?? ''} onChange={(startDate) => change({ startDate })} />
                <InputField label={t('projects.endDate')} type="date" value={phase.endDate ?? ''} onChange={(endDate) => change({ endDate })} error={error(`phases.${index}.endDate`)} />
                <EnumSelectField label={t('projects.phaseStatus')} value={phase.status} values={phaseStatusValues} labels="projects.phaseStatuses" onChange={(value) => change({ status: value || 'planned' })} />
              </>
            )}
          </EditableRows>
        </Fieldset>

        <Fieldset legend={t('projects.outputs')}>
          <EditableRows
            rows={outputs}
            onChange={setOutputs}
            keyOf={(output) => output.key}
            newRow={() => ({ key: crypto.randomUUID(), id: '', kind: 'report' as const, title: {}, url: null, issuedOn: null, text: '' })}
            addLabel={t('projects.addOutput')}
            removeLabel={(index) => t('projects.removeOutput', { number: index + 1 })}
          >
            {(output, change, index) => (
              <>
                <EnumSelectField label={t('projects.outputKind', { number: index + 1 })} value={output.kind} values={outputKindValues} labels="projects.outputKinds" onChange={(value) => change({ kind: value || 'document' })} />
                <InputField label={t('projects.outputTitle', { number: index + 1 })} value={output.text} onChange={(text) => change({ text })} error={error(`outputs.${index}.title`)} />
                <InputField label={t('projects.outputUrl')} type="url" value={output.url ?? ''} onChange={(url) => change({ url })} error={error(`outputs.${index}.url`)} />
                <InputField label={t('projects.issuedOn')} type="date" value={output.issuedOn ?? ''} onChange={(issuedOn) => change({ issuedOn })} />
              </>
            )}
          </EditableRows>
        </Fieldset>

        <Fieldset legend={t('projects.transferability')}>
          {transfers.map((entry, index) => (
            <Fieldset key={entry.key} legend={t('projects.assessment', { number: index + 1 })}>
              <PlaceAutocomplete label={t('projects.where')} initial={entry.place} onSelect={(place) => update(setTransfers, index, { placeId: place?.id ?? null })} />
              <InputField label={t('projects.tried')} value={entry.triedText} onChange={(triedText) => update(setTransfers, index, { triedText })} error={error(`transferability.${index}.tried`)} />
              <InputField label={t('projects.result')} value={entry.resultText} onChange={(resultText) => update(setTransfers, index, { resultText })} />
              <EnumSelectField label={t('projects.rating')} value={entry.rating} values={transferRatingValues} labels="projects.ratings" onChange={(value) => update(setTransfers, index, { rating: value || 'open' })} />
              {remove(t('projects.removeAssessment', { number: index + 1 }), () => setTransfers((current) => current.filter((_, at) => at !== index)))}
            </Fieldset>
          ))}
          <button
            type="button"
            className="kern-btn kern-btn--secondary"
            onClick={() =>
              setTransfers((current) => [
                ...current,
                { key: crypto.randomUUID(), id: '', place: null, placeId: null, context: '', tried: {}, result: {}, triedText: '', resultText: '', rating: 'open', assessedOn: null },
              ])
            }
          >
            <span className="kern-label">{t('projects.addAssessment')}</span>
          </button>
        </Fieldset>
        <VisibilityField value={visibility} onChange={setVisibility} />
    </RecordFormFrame>
  );
}
