import { useTranslation } from 'react-i18next';
import type { Visibility } from '../../lib/api/types';
import { fieldError } from '../../lib/fieldError';
import { InputField } from '../../shell/InputField';
import { EnumSelectField } from '../../shell/EnumSelectField';
import { VisibilityField } from '../../shell/VisibilityField';
import { type DocumentKind, type DocumentLanguage } from './documentApi';
import { documentKindValues, documentLanguageValues } from '../../lib/api/enums';

export interface DocumentMeta {
  kind: DocumentKind;
  /** '' for "detect from the text". */
  language: DocumentLanguage | '';
  publishedOn: string;
  sourceUrl: string;
  visibility: Visibility;
}

export const EMPTY_META: DocumentMeta = { kind: 'report', language: '', publishedOn: '', sourceUrl: '', visibility: 'workspace' };

/** Kind, language, publication date, source and visibility of a document. */
export function DocumentMetaFields({ meta, onChange, error, withSource = true }: { meta: DocumentMeta; onChange: (meta: DocumentMeta) => void; error: unknown; withSource?: boolean }) {
  const { t } = useTranslation();
  const set = (change: Partial<DocumentMeta>) => onChange({ ...meta, ...change });
  return (
    <>
      <div className="form-row">
        <EnumSelectField label={t('documents.kind')} value={meta.kind} values={documentKindValues} labels="documents.kinds" onChange={(value) => set({ kind: value || 'report' })} />
        <EnumSelectField label={t('documents.language')} value={meta.language} emptyLabel={t('documents.languageAuto')} values={documentLanguageValues} labels="forms.languageName" onChange={(value) => set({ language: value })} />
        <InputField label={t('documents.publishedOn')} type="date" value={meta.publishedOn} onChange={(publishedOn) => set({ publishedOn })} error={fieldError(error, 'body.publishedOn') ?? fieldError(error, 'querystring.publishedOn')} />
      </div>
      {withSource && <InputField label={t('documents.sourceUrl')} type="url" value={meta.sourceUrl} onChange={(sourceUrl) => set({ sourceUrl })} error={fieldError(error, 'body.sourceUrl')} />}
      <VisibilityField value={meta.visibility} onChange={(visibility) => set({ visibility })} />
    </>
  );
}
