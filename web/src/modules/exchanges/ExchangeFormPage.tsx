import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { LocalizedText, OrganizationRef, PlaceRef, Visibility } from '../../lib/api/types';
import { bodyFieldErrors } from '../../lib/fieldError';
import { pickName } from '../../lib/pickName';
import { pickText } from '../../lib/pickText';
import { timeZoneLabel } from '../../lib/timeZoneName';
import { timeZoneOfCountry } from './timeZoneOfCountry';
import { useLanguage } from '../../lib/useLanguage';
import { RowSelect } from '../../shell/RowSelect';
import { FactList } from '../../shell/FactList';
import { InputField } from '../../shell/InputField';
import { filledTexts, LocalizedTextFields, textsOf, UI_TEXT_LANGUAGES, type Texts } from '../../shell/LocalizedTextFields';
import { OrganizationName } from '../../shell/OrganizationName';
import { PlaceName } from '../../shell/PlaceName';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { SelectField } from '../../shell/SelectField';
import { VisibilityField } from '../../shell/VisibilityField';
import { NetworkLink } from '../networks/NetworkLink';
import { useNetwork } from '../networks/useNetwork';
import { NewOrganizationButton } from '../organizations/NewOrganizationButton';
import { OrganizationAutocomplete } from '../organizations/OrganizationAutocomplete';
import { PartnershipLink } from '../partnerships/PartnershipLink';
import { PlaceAutocomplete } from '../places/PlaceAutocomplete';
import { partnershipKeys } from '../partnerships/partnershipApi';
import { ThemeChecklist } from '../themes/ThemeChecklist';
import { COMMON_TIME_ZONES, exchangeApi, exchangeKeys, type ExchangeDetail, type ExchangeKind, type ExchangeStatus, type OrganizationRole } from './exchangeApi';
import { useExchange } from './useExchange';
import { RecordFormFrame, RecordFormLoader } from '../../shell/RecordFormPage';
import { useSaveAndOpen } from '../../lib/useSaveAndOpen';
import { ExchangeKindField } from './ExchangeKindField';
import { Fieldset } from '../../shell/Fieldset';
import { exchangeOrganizationRoleValues, exchangeStatusValues } from '../../lib/api/enums';

interface StopDraft {
  key: number;
  place: PlaceRef | null;
  startDate: string;
  endDate: string;
  /** One site visit a line, in each language. */
  visits: Texts;
}

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text));

/** Site visits written one a line per language, joined line by line into multilingual texts. */
function visitsOf(lines: Texts): LocalizedText[] {
  const split = Object.fromEntries(UI_TEXT_LANGUAGES.map((tag) => [tag, lines[tag].split('\n').map((line) => line.trim())])) as Record<string, string[]>;
  const count = Math.max(...Object.values(split).map((entries) => entries.length));
  return Array.from({ length: count }, (_, index) => Object.fromEntries(UI_TEXT_LANGUAGES.flatMap((tag) => (split[tag]![index] ? [[tag, split[tag]![index]!]] : [])))).filter(
    (visit) => Object.keys(visit).length > 0,
  );
}

const linesOf = (visits: LocalizedText[]): Texts => ({
  de: visits.map((visit) => visit.de ?? '').join('\n'),
  en: visits.map((visit) => visit.en ?? '').join('\n'),
  uk: visits.map((visit) => visit.uk ?? '').join('\n'),
});

/** Plans an exchange (a visit of a partnership, a network meeting, a workshop or trip) or edits one. */
export function ExchangeFormPage() {
  return <RecordFormLoader useRecord={useExchange} form={ExchangeForm} />;
}

function ExchangeForm({ record: exchange }: { record?: ExchangeDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params] = useSearchParams();
  const partnershipId = exchange ? exchange.partnershipId : params.get('partnershipId');
  const networkId = exchange ? exchange.networkId : params.get('networkId');
  const network = useNetwork(networkId ?? undefined);
  const [workspaceId, setWorkspaceId] = useState('');
  const [kind, setKind] = useState<ExchangeKind | ''>(exchange?.kind ?? (networkId ? 'network_meeting' : partnershipId ? 'delegation_visit' : ''));
  const [chosenStatus, setStatus] = useState<ExchangeStatus | null>(exchange?.status ?? null);
  const [title, setTitle] = useState<Texts>(textsOf(exchange?.title));
  const [description, setDescription] = useState<Texts>(textsOf(exchange?.description));
  const [startDate, setStartDate] = useState(exchange?.startDate ?? params.get('startDate') ?? '');
  const [endDate, setEndDate] = useState(exchange?.endDate ?? params.get('startDate') ?? '');
  const [timeZone, setTimeZone] = useState(exchange?.timeZone ?? 'Europe/Berlin');
  const [timeZoneChosen, setTimeZoneChosen] = useState(Boolean(exchange));
  // An exchange recorded after it took place is done, unless its planner says otherwise.
  const lastDay = endDate || startDate;
  const status: ExchangeStatus = chosenStatus ?? (lastDay && lastDay < new Date().toISOString().slice(0, 10) ? 'completed' : 'planned');
  const [venue, setVenue] = useState<PlaceRef | null>(exchange?.venue ?? null);
  const [venueName, setVenueName] = useState(exchange?.venueName ?? '');
  const [capacity, setCapacity] = useState(exchange?.capacity?.toString() ?? '');
  const [reported, setReported] = useState(exchange?.reportedParticipants?.toString() ?? '');
  const [hostMemberId, setHostMemberId] = useState(exchange?.hostNetworkMember?.id ?? params.get('hostMemberId') ?? '');
  const [themeIds, setThemeIds] = useState<string[]>(exchange?.themes.map((theme) => theme.id) ?? []);
  // An organization added has no role until one is chosen: a guessed role would be saved unnoticed.
  const [organizations, setOrganizations] = useState<{ organization: OrganizationRef; role: OrganizationRole | '' }[]>(exchange?.organizations ?? []);
  const [rolesMissing, setRolesMissing] = useState(false);
  const [stops, setStops] = useState<StopDraft[]>(
    (exchange?.stops ?? []).map((stop, index) => ({ key: index, place: stop.place, startDate: stop.startDate, endDate: stop.endDate, visits: linesOf(stop.siteVisits) })),
  );
  const [visibility, setVisibility] = useState<Visibility>(exchange?.visibility ?? 'workspace');
  const [round, setRound] = useState(0);
  const zones = COMMON_TIME_ZONES.includes(timeZone as (typeof COMMON_TIME_ZONES)[number]) ? [...COMMON_TIME_ZONES] : [timeZone, ...COMMON_TIME_ZONES];
  const showStops = kind === 'peer_learning_trip' || stops.length > 0;

  const save = useSaveAndOpen(
    () => {
      const body = {
        kind: kind || undefined,
        status,
        title: filledTexts(title),
        description: filledTexts(description),
        startDate: startDate || undefined,
        endDate: endDate || startDate || undefined,
        timeZone,
        venuePlaceId: venue?.id ?? null,
        venueName: venueName.trim() || null,
        capacity: numberOrNull(capacity),
        reportedParticipants: numberOrNull(reported),
        themeIds,
        organizations: organizations.map((entry) => ({ organizationId: entry.organization.id, role: entry.role || undefined })),
        stops: stops.map((stop) => ({ placeId: stop.place?.id, startDate: stop.startDate || undefined, endDate: stop.endDate || stop.startDate || undefined, siteVisits: visitsOf(stop.visits) })),
        visibility,
        ...(networkId ? { hostNetworkMemberId: hostMemberId || null } : {}),
      };
      return exchange
        ? exchangeApi.update(exchange.id, body)
        : exchangeApi.create({ ...body, workspaceId, partnershipId, networkId });
    },
    { refresh: [exchangeKeys.all, partnershipKeys.all], open: (saved) => `/exchanges/${saved.id}` },
  );
  const error = bodyFieldErrors(save.error);
  const fieldLabels = {
    'body.kind': t('exchanges.kind'),
    'body.title': t('exchanges.titleInLanguages'),
    'body.startDate': t('exchanges.startDate'),
    'body.endDate': t('exchanges.endDate'),
    'body.timeZone': t('exchanges.timeZone'),
    'body.venuePlaceId': t('exchanges.venue'),
    'body.venueName': t('exchanges.venueName'),
    'body.capacity': t('exchanges.capacity'),
    'body.reportedParticipants': t('exchanges.reportedParticipants'),
    'body.description': t('exchanges.descriptionInLanguages'),
    'body.organizations': t('exchanges.organizations'),
    'body.stops': t('exchanges.stops'),
  };
  const heading = exchange ? t('exchanges.editTitle', { title: pickText(exchange.title, language).text }) : t('exchanges.createTitle');
  const back = exchange ? `/exchanges/${exchange.id}` : partnershipId ? `/partnerships/${partnershipId}` : networkId ? `/networks/${networkId}` : '/exchanges';

  return (
    <RecordFormFrame
      heading={heading}
      back={{ to: back, label: exchange ? t('forms.backToRecord') : t('forms.back') }}
      workspace={exchange ? undefined : { value: workspaceId, onChange: setWorkspaceId }}
      save={save}
      fieldLabels={fieldLabels}
      onSubmit={() => {
        const missing = organizations.some((entry) => entry.role === '');
        setRolesMissing(missing);
        if (missing) {
          document.getElementById(`role-${organizations.findIndex((entry) => entry.role === '')}`)?.focus();
          return;
        }
        save.mutate();
      }}
      intro={
        (partnershipId || networkId) && (
          <FactList
            facts={[
              { label: t('exchanges.partnership'), value: partnershipId && <PartnershipLink id={partnershipId} /> },
              { label: t('exchanges.network'), value: networkId && <NetworkLink id={networkId} /> },
            ]}
          />
        )
      }
    >
        <div className="form-row">
          <ExchangeKindField value={kind} onChange={setKind} required error={error('kind')} />
          <EnumSelectField label={t('exchanges.status')} value={status} values={exchangeStatusValues} labels="enums.exchangeStatus" onChange={(value) => setStatus(value || 'planned')} />
        </div>
        <LocalizedTextFields legend={t('exchanges.titleInLanguages')} value={title} onChange={setTitle} error={error('title')} required />
        <div className="form-row">
          <InputField label={t('exchanges.startDate')} type="date" value={startDate} onChange={setStartDate} required error={error('startDate')} />
          <InputField label={t('exchanges.endDate')} type="date" value={endDate} onChange={setEndDate} error={error('endDate')} hint={t('exchanges.endDateHint')} />
          <SelectField
            label={t('exchanges.timeZone')}
            value={timeZone}
            emptyLabel={t('forms.choose')}
            options={zones.map((zone) => ({ value: zone, label: timeZoneLabel(zone, startDate || new Date().toISOString().slice(0, 10), language) }))}
            onChange={(value) => {
              setTimeZone(value || 'Europe/Berlin');
              setTimeZoneChosen(true);
            }}
          />
        </div>
        <PlaceAutocomplete
          label={t('exchanges.venue')}
          initial={venue}
          onSelect={(place) => {
            setVenue(place);
            if (!timeZoneChosen) setTimeZone((zone) => timeZoneOfCountry(place?.countryCode) ?? zone);
          }}
          error={error('venuePlaceId')}
        />
        <InputField label={t('exchanges.venueName')} hint={t('exchanges.venueNameHint')} value={venueName} onChange={setVenueName} error={error('venueName')} />
        {networkId && network.data && (
          <SelectField
            label={t('exchanges.host')}
            value={hostMemberId}
            emptyLabel={t('forms.none')}
            options={network.data.members.map((member) => ({
              value: member.id,
              label: member.place ? pickName(member.place.names, member.place.name, language).text : member.organization ? pickName(member.organization.names, member.organization.name, language).text : member.id,
            }))}
            onChange={setHostMemberId}
          />
        )}
        <div className="form-row">
          <InputField label={t('exchanges.capacity')} hint={t('exchanges.capacityHint')} type="number" value={capacity} onChange={setCapacity} error={error('capacity')} />
          <InputField label={t('exchanges.reportedParticipants')} hint={t('exchanges.reportedHint')} type="number" value={reported} onChange={setReported} error={error('reportedParticipants')} />
        </div>
        <LocalizedTextFields legend={t('exchanges.descriptionInLanguages')} value={description} onChange={setDescription} multiline />

        <Fieldset legend={t('exchanges.organizations')}>
          {organizations.length > 0 && (
            <ul className="party-picker__list">
              {organizations.map((entry, index) => (
                <li key={`${entry.organization.id}:${index}`} className="party-picker__item">
                  <span className="kern-body">
                    <OrganizationName organization={entry.organization} />
                  </span>
                  <RowSelect
                    id={`role-${index}`}
                    label={t('exchanges.roleOf', { name: entry.organization.name })}
                    value={entry.role}
                    emptyLabel={t('exchanges.chooseRole')}
                    options={exchangeOrganizationRoleValues.map((role) => ({ value: role, label: t(`enums.organizationRole.${role}`) }))}
                    invalid={rolesMissing && entry.role === ''}
                    describedBy={rolesMissing && entry.role === '' ? `role-${index}-error` : undefined}
                    onChange={(value) =>
                      setOrganizations(organizations.map((current, at) => (at === index ? { ...current, role: exchangeOrganizationRoleValues.find((role) => role === value) ?? '' } : current)))
                    }
                  />
                  {rolesMissing && entry.role === '' && (
                    <p id={`role-${index}-error`} className="kern-error kern-body kern-body--small">
                      {t('exchanges.roleMissing', { name: entry.organization.name })}
                    </p>
                  )}
                  <button
                    type="button"
                    className="kern-btn kern-btn--tertiary kern-btn--x-small"
                    onClick={() => setOrganizations(organizations.filter((_, at) => at !== index))}
                    aria-label={`${t('common.remove')}: ${entry.organization.name}`}
                  >
                    <span className="kern-label">{t('common.remove')}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {error('organizations') && <p className="kern-error kern-body">{error('organizations')}</p>}
          <OrganizationAutocomplete
            key={`organization-${round}`}
            label={t('exchanges.addOrganization')}
            onSelect={(organization) => {
              if (organization) setOrganizations([...organizations, { organization, role: '' }]);
              setRound((current) => current + 1);
            }}
          />
          <p className="button-row">
            <NewOrganizationButton
              workspaceId={exchange?.workspaceId ?? (workspaceId || undefined)}
              onCreated={(organization) => setOrganizations((current) => [...current, { organization, role: '' }])}
            />
          </p>
        </Fieldset>

        {showStops && (
          <Fieldset legend={t('exchanges.stops')} hint={t('exchanges.stopsHint')}>
            {stops.map((stop, index) => (
              // A fieldset per stop, so that each stop's "place" and dates are announced with their stop number.
              <fieldset key={stop.key} className="kern-fieldset stop-editor">
                <legend className="kern-heading-small">{t('exchanges.stopNumber', { number: index + 1 })}</legend>
                <PlaceAutocomplete
                  label={t('exchanges.stopPlace')}
                  initial={stop.place}
                  onSelect={(place) => setStops(stops.map((current) => (current.key === stop.key ? { ...current, place } : current)))}
                  error={error(`stops.${index}.placeId`)}
                />
                <div className="form-row">
                  <InputField
                    label={t('exchanges.stopFrom')}
                    type="date"
                    value={stop.startDate}
                    onChange={(value) => setStops(stops.map((current) => (current.key === stop.key ? { ...current, startDate: value } : current)))}
                    error={error(`stops.${index}.startDate`)}
                  />
                  <InputField
                    label={t('exchanges.stopTo')}
                    type="date"
                    value={stop.endDate}
                    onChange={(value) => setStops(stops.map((current) => (current.key === stop.key ? { ...current, endDate: value } : current)))}
                    error={error(`stops.${index}.endDate`)}
                  />
                </div>
                <LocalizedTextFields
                  legend={t('exchanges.siteVisitsLines')}
                  value={stop.visits}
                  multiline
                  onChange={(visits) => setStops(stops.map((current) => (current.key === stop.key ? { ...current, visits } : current)))}
                />
                <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setStops(stops.filter((current) => current.key !== stop.key))}>
                  <span className="kern-label">{t('exchanges.removeStop', { number: index + 1 })}</span>
                </button>
              </fieldset>
            ))}
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => setStops([...stops, { key: Date.now(), place: null, startDate: stops.at(-1)?.endDate ?? startDate, endDate: '', visits: { de: '', en: '', uk: '' } }])}
            >
              <span className="kern-label">{t('exchanges.addStop')}</span>
            </button>
          </Fieldset>
        )}
        <ThemeChecklist selected={themeIds} onChange={setThemeIds} />
        <VisibilityField value={visibility} onChange={setVisibility} />
        {venue && (
          <p className="kern-body kern-body--small">
            {t('exchanges.venueChosen')} <PlaceName place={venue} />
          </p>
        )}
    </RecordFormFrame>
  );
}
