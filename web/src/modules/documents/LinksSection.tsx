import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../lib/useLanguage';
import { Autocomplete } from '../../shell/Autocomplete';
import { searchApi, type SearchHit } from '../search/searchApi';
import { pickTitle } from '../../lib/pickTitle';
import { RecordTitle } from '../../shell/RecordTitle';
import { documentApi, type DocumentDetail, type DocumentLink, type DocumentLinkTarget } from './documentApi';
import { DocumentPartsSection, RemovePartButton } from './DocumentPartsSection';

function LinkItem({ document, link }: { document: DocumentDetail; link: DocumentLink }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = pickTitle(link.title, language).text;
  return (
    <li className="link-list__item">
      <span className="kern-body">
        {t(`search.type.${link.recordType}`, { defaultValue: link.recordType })}:{' '}
        <Link className="kern-link" to={link.path}>
          <RecordTitle value={link.title} />
        </Link>
        {link.origin === 'review' && <span className="kern-body--small"> · {t('documents.linkFromReview')}</span>}
      </span>{' '}
      {document.canEdit && <RemovePartButton remove={() => documentApi.removeLink(document.id, link.id)} accessibleLabel={t('documents.removeLink', { title })} question={t('documents.removeLinkQuestion', { title })} />}
    </li>
  );
}

/** The records the document is linked to; editors link more through the search. */
export function LinksSection({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <DocumentPartsSection<SearchHit>
      document={document}
      items={document.links.map((link) => (
        <LinkItem key={link.id} document={document} link={link} />
      ))}
      emptyText={t('documents.noLinks')}
      listClassName="link-list"
      add={(hit) => documentApi.addLink(document.id, { recordType: hit.type as DocumentLinkTarget, recordId: hit.id })}
      submitLabel={() => t('documents.link')}
      field={(choose) => (
        <Autocomplete<SearchHit>
          label={t('documents.addLink')}
          hint={t('documents.addLinkHint')}
          queryKey="document-link"
          search={async (text, signal) => (await searchApi.search({ q: text, limit: 10 }, signal)).items.filter((hit) => hit.type !== 'document')}
          idOf={(hit) => `${hit.type}-${hit.id}`}
          textOf={(hit) => pickTitle(hit.title, language).text}
          renderOption={(hit) => (
            <>
              {pickTitle(hit.title, language).text} <span className="kern-body--small">· {t(`search.type.${hit.type}`, { defaultValue: hit.type })}</span>
            </>
          )}
          onSelect={choose}
        />
      )}
    />
  );
}
