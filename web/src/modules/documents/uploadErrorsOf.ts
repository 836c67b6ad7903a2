import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api/ApiError';
import { describeSendError } from '../../lib/forms/describeSendError';
import type { FormErrors } from '../../lib/forms/FormErrors';

export type UploadField = 'workspace' | 'files' | 'publishedOn';

const FIELD_OF_PATH: Record<string, UploadField> = {
  'query.workspaceId': 'workspace',
  'query.publishedOn': 'publishedOn',
  files: 'files',
  file: 'files',
};

function filesMessage(code: string, t: TFunction): string {
  switch (code) {
    case 'too_many_files':
      return t('upload.errors.tooMany');
    case 'file_too_large':
      return t('upload.errors.tooLarge');
    case 'required':
    case 'file_missing':
      return t('upload.errors.noFiles');
    default:
      return t('upload.errors.filesInvalid');
  }
}

/**
 * A refused upload in the UI language, each problem at the field it concerns, told by its code;
 * the server's own sentences are never shown.
 */
export function uploadErrorsOf(error: unknown, t: TFunction): FormErrors<UploadField> {
  if (!(error instanceof ApiError)) return { fields: {}, general: t('errors.networkFailed') };
  if (error.status === 413) return { fields: { files: t('upload.errors.tooLarge') }, general: null };
  if (error.status === 403 && error.problem?.code !== 'csrf_token_invalid') return { fields: { workspace: t('upload.errors.forbidden') }, general: null };
  if (error.status === 401 || error.status === 429 || error.status === 503 || error.problem?.code === 'csrf_token_invalid') {
    return { fields: {}, general: describeSendError(error, t) };
  }
  const fields: Partial<Record<UploadField, string>> = {};
  let unplaced = false;
  for (const issue of error.problem?.errors ?? []) {
    const field = FIELD_OF_PATH[issue.field];
    if (field === 'files') fields.files ??= filesMessage(issue.code, t);
    else if (field === 'workspace') fields.workspace ??= t('upload.errors.workspace');
    else if (field === 'publishedOn') fields.publishedOn ??= t('upload.errors.date');
    else unplaced = true;
  }
  const placedAny = Object.keys(fields).length > 0;
  return { fields, general: unplaced || !placedAny ? t('upload.errors.unexpected') : null };
}
