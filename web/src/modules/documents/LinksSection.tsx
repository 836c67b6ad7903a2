import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../lib/useLanguage';
import { Autocomplete } from '../../shell/Autocomplete';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { FormAlert } from '../../shell/FormAlert';
import { searchApi, type SearchHit } from '../search/searchApi';
import { pickTitle } from '../../lib/pickTitle';
import { RecordTitle } from '../../shell/RecordTitle';
import { documentApi, documentKeys, type DocumentDetail, type DocumentLink, type DocumentLinkTarget } from './documentApi';

function LinkItem({ document, link }: { document: DocumentDetail; link: DocumentLink }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => documentApi.removeLink(document.id, link.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentKeys.all }),
  });
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
      {document.canEdit && (
        <ConfirmButton
          small
          label={t('common.remove')}
          accessibleLabel={t('documents.removeLink', { title })}
          question={t('documents.removeLinkQuestion', { title })}
          confirmLabel={t('common.remove')}
          pending={remove.isPending}
          onConfirm={() => remove.mutate()}
        />
      )}
      <FormAlert error={remove.error} />
    </li>
  );
}

/** The records the document is linked to; editors link more through the search. */
export function LinksSection({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<SearchHit | null>(null);
  const [formKey, setFormKey] = useState(0);
  const add = useMutation({
    mutationFn: (hit: SearchHit) => documentApi.addLink(document.id, { recordType: hit.type as DocumentLinkTarget, recordId: hit.id }),
    onSuccess: async () => {
      setChosen(null);
      setFormKey((key) => key + 1);
      await queryClient.invalidateQueries({ queryKey: documentKeys.all });
    },
  });
  return (
    <>
      {document.links.length === 0 ? (
        <p className="kern-body">{t('documents.noLinks')}</p>
      ) : (
        <ul className="link-list">
          {document.links.map((link) => (
            <LinkItem key={link.id} document={document} link={link} />
          ))}
        </ul>
      )}
      {document.canEdit && (
        <form
          key={formKey}
          className="record-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) add.mutate(chosen);
          }}
        >
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
            onSelect={setChosen}
          />
          <FormAlert error={add.error} />
          <div className="button-row">
            <button type="submit" className="kern-btn kern-btn--secondary" disabled={!chosen || add.isPending}>
              <span className="kern-label">{t('documents.link')}</span>
            </button>
          </div>
        </form>
      )}
    </>
  );
}
