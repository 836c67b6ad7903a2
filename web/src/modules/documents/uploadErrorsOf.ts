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

function filesMessage(message: string, t: TFunction): string {
  if (/at most \d+ files/.test(message)) return t('upload.errors.tooMany');
  if (/bytes|MB/.test(message)) return t('upload.errors.tooLarge');
  if (/is missing/.test(message)) return t('upload.errors.noFiles');
  return t('upload.errors.filesInvalid');
}

/**
 * A refused upload in the UI language, each problem at the field it concerns. The server's own
 * sentences are English and name its fields; they are never shown.
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
    if (field === 'files') fields.files ??= filesMessage(issue.message, t);
    else if (field === 'workspace') fields.workspace ??= t('upload.errors.workspace');
    else if (field === 'publishedOn') fields.publishedOn ??= t('upload.errors.date');
    else unplaced = true;
  }
  const placedAny = Object.keys(fields).length > 0;
  return { fields, general: unplaced || !placedAny ? t('upload.errors.unexpected') : null };
}
