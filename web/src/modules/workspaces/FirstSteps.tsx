import { useTranslation } from 'react-i18next';
import { LinkList } from '../../shell/LinkList';
import { Section } from '../../shell/Section';

/** Where the records of the current workspace begin: its partnerships, exchanges, networks, plans and projects. */
export function FirstSteps() {
  const { t } = useTranslation();
  const steps = [
    { to: '/partnerships/new', label: t('partnerships.create') },
    { to: '/exchanges/new', label: t('exchanges.create') },
    { to: '/networks/new', label: t('networks.create') },
    { to: '/action-plans/new', label: t('plans.create') },
    { to: '/projects/new', label: t('projects.create') },
    { to: '/organizations/new', label: t('organizations.create') },
  ];
  return (
    <Section title={t('workspaces.firstStepsTitle')}>
      <p className="kern-body">{t('workspaces.firstStepsIntro')}</p>
      <LinkList links={steps} />
    </Section>
  );
}
