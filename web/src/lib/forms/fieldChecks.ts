import type { TFunction } from 'i18next';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Checks run in the browser before a form is sent, with messages in the UI language. They
 * mirror the server's rules; the server checks again (e.g. for common passwords).
 */
export const fieldChecks = {
  MIN_PASSWORD_LENGTH: 12,
  required(value: string, t: TFunction): string | undefined {
    return value.trim() === '' ? t('fieldMessages.required') : undefined;
  },
  email(value: string, t: TFunction): string | undefined {
    if (value.trim() === '') return t('fieldMessages.required');
    return EMAIL.test(value.trim()) ? undefined : t('fieldMessages.emailInvalid');
  },
  newPassword(value: string, t: TFunction): string | undefined {
    if (value === '') return t('fieldMessages.required');
    return [...value].length < fieldChecks.MIN_PASSWORD_LENGTH ? t('fieldMessages.passwordTooShort') : undefined;
  },
};
