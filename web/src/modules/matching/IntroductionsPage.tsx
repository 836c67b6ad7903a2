import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/formatDate';
import { formatNumber } from '../../lib/formatNumber';
import { useLanguage } from '../../lib/useLanguage';
import { Badge } from '../../shell/Badge';
import { ErrorState } from '../../shell/ErrorState';
import { LoadingState } from '../../shell/LoadingState';
import { PageHeading } from '../../shell/PageHeading';
import { RecordTable } from '../../shell/RecordTable';
import { Section } from '../../shell/Section';
import { useSession } from '../accounts/useSession';
import { IntroductionSideName } from './IntroductionSideName';
import { introductionTone } from './introductionTone';
import { useIntroductions, usePipeline } from './useIntroductions';
import { introductionStateValues } from '../../lib/api/enums';

/** The introductions of the viewer's workspaces (asked for, brokered, or to answer) and each workspace's pipeline. */
export function IntroductionsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { user, workspaces } = useSession();
  const introductions = useIntroductions();
  const title = t('introductions.title');
  if (!user) {
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        <p className="kern-body">{t('introductions.signIn')}</p>
      </>
    );
  }
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="kern-body kern-body--large page-intro">{t('introductions.intro')}</p>
      {introductions.isPending && <LoadingState />}
      {introductions.isError && <ErrorState error={introductions.error} onRetry={() => void introductions.refetch()} />}
      {introductions.data && (
        <RecordTable
          caption={t('introductions.caption')}
          captionShown
          empty={t('introductions.empty')}
          rows={introductions.data.items}
          columns={[
            {
              header: t('introductions.sides'),
              cell: (introduction) => (
                <>
                  <IntroductionSideName side={introduction.from} /> – <IntroductionSideName side={introduction.to} />
                </>
              ),
              link: (introduction) => `/matching/introductions/${introduction.id}`,
            },
            {
              header: t('introductions.stage'),
              cell: (introduction) => (
                <>
                  <Badge tone={introductionTone(introduction.state)}>{t(`introductions.state.${introduction.state}`)}</Badge>
                  {(introduction.from.canAnswer || introduction.to.canAnswer) && <> {t('introductions.awaitsYou')}</>}
                </>
              ),
            },
            { header: t('introductions.brokeredBy'), cell: (introduction) => (introduction.brokered ? introduction.requestedBy?.name : '') },
            { header: t('introductions.changed'), cell: (introduction) => formatDate(introduction.updatedAt.slice(0, 10), language) },
          ]}
        />
      )}
      <Section title={t('introductions.pipelines')}>
        <p className="kern-body">{t('introductions.pipelineIntro')}</p>
        {workspaces.map((workspace) => (
          <WorkspacePipeline key={workspace.id} workspaceId={workspace.id} name={workspace.name} />
        ))}
      </Section>
    </>
  );
}

function WorkspacePipeline({ workspaceId, name }: { workspaceId: string; name: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const pipeline = usePipeline(workspaceId);
  if (!pipeline.data) return null;
  const total = introductionStateValues.reduce((sum, state) => sum + pipeline.data.counts[state], 0);
  if (total === 0) return null;
  return (
    <dl className="kern-description-list introduction-pipeline" aria-label={t('introductions.pipelineOf', { workspace: name })}>
      <div className="kern-description-list-item">
        <dt className="kern-description-list-item__key">{t('introductions.pipelineOf', { workspace: name })}</dt>
        <dd className="kern-description-list-item__value">{t('introductions.total', { count: total })}</dd>
      </div>
      {introductionStateValues.map((state) => (
        <div key={state} className="kern-description-list-item">
          <dt className="kern-description-list-item__key">{t(`introductions.state.${state}`)}</dt>
          <dd className="kern-description-list-item__value">{formatNumber(pipeline.data.counts[state], language)}</dd>
        </div>
      ))}
    </dl>
  );
}
