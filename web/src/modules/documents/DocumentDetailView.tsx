import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '../../shell/Badge';
import { PageHeading } from '../../shell/PageHeading';
import { Section } from '../../shell/Section';
import { RecordHistorySection } from '../audit/RecordHistorySection';
import { CommentsSection } from './CommentsSection';
import { DocumentActions } from './DocumentActions';
import { DocumentFacts } from './DocumentFacts';
import type { DocumentDetail } from './documentApi';
import { ExtractionStatus } from './ExtractionStatus';
import { FilesSection } from './FilesSection';
import { GoodPracticeSection } from './GoodPracticeSection';
import { LinksSection } from './LinksSection';

export function DocumentDetailView({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={document.title}>
        <span lang={document.language}>{document.title}</span>
      </PageHeading>
      <p className="badge-row">
        <Badge>{t(`documents.kinds.${document.kind}`)}</Badge>
        <Badge>{t(`forms.inLanguage.${document.language}`)}</Badge>
        {document.pendingProposals > 0 && <Badge tone="warning">{t('documents.pendingProposals', { count: document.pendingProposals })}</Badge>}
      </p>
      <DocumentActions document={document} />
      <ExtractionStatus documentId={document.id} state={document.extractionState} canRetry={document.canEdit}>
        {document.pendingProposals > 0 && (
          <p className="kern-body">
            <Link className="kern-link" to={`/documents/${document.id}/review`}>
              {t('documents.toReview', { count: document.pendingProposals })}
            </Link>
          </p>
        )}
      </ExtractionStatus>
      <Section title={t('documents.facts')}>
        <DocumentFacts document={document} />
      </Section>
      <Section title={t('documents.links')}>
        <LinksSection document={document} />
      </Section>
      {document.kind === 'good_practice' && (
        <Section title={t('documents.goodPractice')}>
          <GoodPracticeSection document={document} />
        </Section>
      )}
      <Section title={t('documents.text')}>
        {document.text ? (
          <div className="kern-body document-text" lang={document.language} tabIndex={0}>
            {document.text}
          </div>
        ) : (
          <p className="kern-body">{t('documents.noText')}</p>
        )}
      </Section>
      <Section title={t('documents.files')}>
        <FilesSection document={document} />
      </Section>
      {document.canReadComments && (
        <Section title={t('comments.title')}>
          <CommentsSection document={document} />
        </Section>
      )}
      <RecordHistorySection path={`/documents/${encodeURIComponent(document.id)}/history`} workspaceId={document.workspaceId} />
    </>
  );
}
