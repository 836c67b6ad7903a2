import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fieldError } from '../../lib/fieldError';
import { InlineForm } from '../../shell/InlineForm';
import { InputField } from '../../shell/InputField';
import { DocumentMetaFields, type DocumentMeta } from './DocumentMetaFields';
import { documentApi, documentKeys, type DocumentDetail } from './documentApi';
import { EMPTY_GOOD_PRACTICE, GoodPracticeFields } from './GoodPracticeFields';

export function DocumentEditForm({ document }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [title, setTitle] = useState(document.title);
  const [text, setText] = useState(document.text);
  const [meta, setMeta] = useState<DocumentMeta>({
    kind: document.kind,
    language: document.languageSource === 'given' ? document.language : '',
    publishedOn: document.publishedOn ?? '',
    sourceUrl: document.sourceUrl ?? '',
    visibility: document.visibility,
  });
  const [goodPractice, setGoodPractice] = useState(document.goodPractice ?? EMPTY_GOOD_PRACTICE);
  const save = useMutation({
    mutationFn: () =>
      documentApi.update(document.id, {
        title,
        text,
        kind: meta.kind,
        language: meta.language || 'auto',
        publishedOn: meta.publishedOn || null,
        sourceUrl: meta.sourceUrl.trim() || null,
        visibility: meta.visibility,
        goodPractice: meta.kind === 'good_practice' ? goodPractice : null,
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: documentKeys.all });
      await navigate(`/documents/${document.id}`);
    },
  });
  return (
    <InlineForm onSubmit={() => save.mutate()} pending={save.isPending} error={save.error} pendingLabel={t('common.saving')}>
      <InputField label={t('documents.titleField')} required value={title} onChange={setTitle} error={fieldError(save.error, 'body.title')} />
      <DocumentMetaFields meta={meta} onChange={setMeta} error={save.error} />
      {meta.kind === 'good_practice' && <GoodPracticeFields value={goodPractice} onChange={setGoodPractice} />}
      <InputField label={t('documents.text')} multiline value={text} onChange={setText} error={fieldError(save.error, 'body.text')} />
    </InlineForm>
  );
}
