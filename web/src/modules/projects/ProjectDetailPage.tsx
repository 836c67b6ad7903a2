import { useQuery } from '@tanstack/react-query';
import { RecordIntro } from '../../shell/RecordIntro';
import { EditRow } from '../../shell/EditLink';
import { RecordDetailFrame } from '../../shell/RecordDetailFrame';
import { HistoricalBadge } from '../../shell/HistoricalField';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate } from '../../lib/formatDate';
import { pickName } from '../../lib/pickName';
import { pickText } from '../../lib/pickText';
import { useLanguage } from '../../lib/useLanguage';
import { FactList } from '../../shell/FactList';
import { LocalizedText } from '../../shell/LocalizedText';
import { OrganizationName } from '../../shell/OrganizationName';
import { PlaceName } from '../../shell/PlaceName';
import { Section } from '../../shell/Section';
import { TextInLanguage } from '../../shell/TextInLanguage';
import { RecordHistorySection } from '../audit/RecordHistorySection';
import { LinkToProjectForm } from '../record-links/LinkToProjectForm';
import { RecordLinkList } from '../record-links/RecordLinkList';
import { useRecordLinks } from '../record-links/useRecordLinks';
import { formatMoney } from '../plans/formatMoney';
import { ProjectBudget } from './ProjectBudget';
import type { ProjectDetail } from './projectApi';
import { useProject } from './useProject';
import { areaApi, areaKeys } from '../areas/areaApi';
import { planApi, planKeys } from '../plans/planApi';
import { RecordTable } from '../../shell/RecordTable';
import { ItemList } from '../../shell/ItemList';
import { RecordHeading } from '../../shell/RecordHeading';
import { Badge } from '../../shell/Badge';

export function ProjectDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useProject(id);
  return (
    <RecordDetailFrame back={{ to: '/projects', label: t('projects.backToList') }} query={query} fallbackTitle={t('projects.title')}>
      {(record) => <ProjectView project={record} />}
    </RecordDetailFrame>
  );
}

function ProjectView({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const measures = useQuery({
    queryKey: planKeys.measuresOfProject(project.id),
    queryFn: ({ signal }) => planApi.measures({ projectId: project.id, limit: 100 }, signal),
  });
  const monitors = useQuery({
    queryKey: areaKeys.ofProject(project.id),
    queryFn: ({ signal }) => areaApi.list({ projectId: project.id, limit: 100 }, signal),
  });
  const links = useRecordLinks('project', project.id);
  return (
    <>
      <RecordHeading value={project.title} />
      <p className="badge-row">
        <Badge>{t(`projects.statuses.${project.status}`)}</Badge>
        {project.historical && <HistoricalBadge />}
      </p>
      <EditRow to={`/projects/${project.id}/edit`} canEdit={project.canEdit} />
      <RecordIntro text={project.summary} />
      <Section title={t('projects.profile')}>
        <FactList
          facts={[
            { label: t('projects.carrier'), value: project.carrier && <OrganizationName organization={project.carrier} /> },
            {
              label: t('projects.partnership'),
              value: project.partnership && (
                <Link className="kern-link" to={`/partnerships/${project.partnership.id}`}>
                  <LocalizedText value={project.partnership.title} />
                </Link>
              ),
            },
            { label: t('projects.pilotArea'), value: project.pilotArea && <PlaceName place={project.pilotArea} /> },
            { label: t('projects.duration'), value: (project.startDate || project.endDate) && `${project.startDate ? formatDate(project.startDate, language) : '…'} – ${project.endDate ? formatDate(project.endDate, language) : '…'}` },
            { label: t('projects.budget'), value: project.budget !== null && formatMoney(project.budget, project.currency, language) },
            { label: t('projects.website'), value: project.website && <a className="kern-link" href={project.website} rel="noopener noreferrer">{project.website}</a> },
            { label: t('projects.goals'), value: pickText(project.goals, language).text },
          ]}
          empty={t('projects.noProfile')}
        />
      </Section>
      <Section title={t('projects.partners')}>
        {project.partners.length === 0 ? (
          <p className="kern-body">{t('projects.noPartners')}</p>
        ) : (
          <ul className="kern-list">
            {partnersWithRoles(project.partners).map(({ organization, roles }) => (
              <li key={organization.id} className="kern-body">
                <Link className="kern-link" to={`/organizations/${organization.id}`}>
                  <OrganizationName organization={organization} />
                </Link>{' '}
                – {roles.map((role) => t(`projects.roles.${role}`)).join(', ')}
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title={t('projects.contacts')}>
        <ItemList items={project.contacts} keyOf={(contact) => contact.id} empty={t('projects.noContacts')} className="contact-list">
          {(contact) => (
            <>
              {contact.role && <strong>{contact.role}: </strong>}
              {contact.person && !contact.person.erased && (
                <Link className="kern-link" to={`/people/${contact.person.id}`}>
                  {contact.person.displayName}
                </Link>
              )}
              {contact.person && contact.organization && ', '}
              {contact.organization && (
                <Link className="kern-link" to={`/organizations/${contact.organization.id}`}>
                  <TextInLanguage picked={pickName(contact.organization.names, contact.organization.name, language)} />
                </Link>
              )}
              {[contact.organization?.address, contact.person?.phone ?? contact.organization?.phone, contact.person?.email ?? contact.organization?.email]
                .filter(Boolean)
                .map((line) => (
                  <span key={line} className="contact-list__line">
                    {line}
                  </span>
                ))}
            </>
          )}
        </ItemList>
      </Section>
      <Section title={t('projects.phases')}>
        <ItemList items={project.phases} keyOf={(phase) => phase.id} empty={t('projects.noPhases')} ordered>
          {(phase) => (
            <>
              <strong>
                <LocalizedText value={phase.title} />
              </strong>{' '}
              ({phase.startDate ? formatDate(phase.startDate, language, 'medium') : '…'} – {phase.endDate ? formatDate(phase.endDate, language, 'medium') : '…'}, {t(`projects.phaseStatuses.${phase.status}`)})
              {pickText(phase.description, language).text && (
                <>
                  <br />
                  <LocalizedText value={phase.description} />
                </>
              )}
            </>
          )}
        </ItemList>
      </Section>
      <Section title={t('projects.outputs')}>
        <ItemList items={project.outputs} keyOf={(output) => output.id} empty={t('projects.noOutputs')}>
          {(output) => (
            <>
              {t(`projects.outputKinds.${output.kind}`)}:{' '}
              {output.url ? (
                <a className="kern-link" href={output.url} rel="noopener noreferrer">
                  <LocalizedText value={output.title} />
                </a>
              ) : (
                <LocalizedText value={output.title} />
              )}
              {output.issuedOn && ` (${formatDate(output.issuedOn, language)})`}
            </>
          )}
        </ItemList>
      </Section>
      <Section title={t('projects.transferability')}>
        <RecordTable
          caption={t('projects.transferability')}
          rows={project.transferability}
          empty={t('projects.noTransfer')}
          columns={[
            { header: t('projects.where'), cell: (entry) => (entry.place ? <PlaceName place={entry.place} /> : entry.context) },
            { header: t('projects.tried'), cell: (entry) => <LocalizedText value={entry.tried} /> },
            { header: t('projects.result'), cell: (entry) => <LocalizedText value={entry.result} /> },
            { header: t('projects.rating'), cell: (entry) => t(`projects.ratings.${entry.rating}`) },
          ]}
        />
      </Section>
      <ProjectBudget projectId={project.id} canRecord={project.canEdit} />
      <Section title={t('projects.linked')}>
        {(measures.data?.items.length ?? 0) + (monitors.data?.items.length ?? 0) + (links.data?.items.length ?? 0) === 0 && <p className="kern-body">{t('projects.nothingLinked')}</p>}
        <RecordLinkList links={links.data?.items ?? []} />
        <ul className="kern-list">
          {measures.data?.items.map((measure) => (
            <li key={measure.id} className="kern-body">
              {t('projects.measureIn')}{' '}
              <Link className="kern-link" to={`/action-plans/${measure.plan.id}/measures/${measure.id}`}>
                <LocalizedText value={measure.title} />
              </Link>{' '}
              (<LocalizedText value={measure.plan.title} />)
            </li>
          ))}
          {monitors.data?.items.map((monitor) => (
            <li key={monitor.id} className="kern-body">
              {t('projects.monitoring')}{' '}
              <Link className="kern-link" to={`/areas/${monitor.id}`}>
                <LocalizedText value={monitor.title} />
              </Link>
            </li>
          ))}
        </ul>
        {project.canEdit && <LinkToProjectForm projectId={project.id} />}
      </Section>
      <RecordHistorySection path={`/projects/${encodeURIComponent(project.id)}/history`} workspaceId={project.workspaceId} membersOnly />
    </>
  );
}

/** One entry per organisation with all its roles, in the order they were entered. */
function partnersWithRoles(partners: ProjectDetail['partners']) {
  const byOrganization = new Map<string, { organization: ProjectDetail['partners'][number]['organization']; roles: ProjectDetail['partners'][number]['role'][] }>();
  for (const partner of partners) {
    const entry = byOrganization.get(partner.organization.id) ?? { organization: partner.organization, roles: [] };
    entry.roles.push(partner.role);
    byOrganization.set(partner.organization.id, entry);
  }
  return [...byOrganization.values()];
}
