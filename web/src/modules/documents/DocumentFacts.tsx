import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/formatDate';
import { formatDateTime } from '../../lib/formatDateTime';
import { useLanguage } from '../../lib/useLanguage';
import { FactList } from '../../shell/FactList';
import type { DocumentDetail } from './documentApi';

export function DocumentFacts({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <FactList
      facts={[
        { label: t('documents.kind'), value: t(`documents.kinds.${document.kind}`) },
        {
          label: t('documents.language'),
          value: `${t(`forms.languageName.${document.language}`)}${document.languageSource === 'detected' ? ` (${t('documents.detected')})` : ''}`,
        },
        { label: t('documents.publishedOn'), value: document.publishedOn ? formatDate(document.publishedOn, language) : t('common.notSpecified') },
        {
          label: t('documents.sourceUrl'),
          value: document.sourceUrl && (
            <a className="kern-link" href={document.sourceUrl} rel="noopener noreferrer nofollow" target="_blank">
              {document.sourceUrl}
            </a>
          ),
        },
        { label: t('forms.visibility'), value: t(`enums.visibility.${document.visibility}`) },
        { label: t('documents.origin'), value: t(`documents.origins.${document.origin}`) },
        { label: t('documents.updatedAt'), value: formatDateTime(document.updatedAt, language) },
      ]}
    />
  );
}
