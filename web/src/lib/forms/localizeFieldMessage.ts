import type { TFunction } from 'i18next';
import type de from '../../i18n/de.json';

type FieldMessageKey = keyof (typeof de)['fieldMessages'];

/**
 * The server names bad fields in English. The messages the account and workspace forms can
 * meet are shown in the UI language; anything else is shown as the server wrote it.
 */
const KNOWN: [RegExp, FieldMessageKey][] = [
  [/^must be at least \d+ characters long$/, 'passwordTooShort'],
  [/^must be at most \d+ characters long$/, 'tooLong'],
  [/^is on a list of commonly used passwords/, 'passwordCommon'],
  [/^must not be your e-mail address or name$/, 'passwordPersonal'],
  [/^must not repeat one or two characters$/, 'passwordRepetitive'],
  [/^must be an e-mail address$/, 'emailInvalid'],
  [/^must not be empty$/, 'required'],
  [/^belongs to an existing account/, 'emailTaken'],
  [/^is used by another account$/, 'emailUsedByOther'],
  [/^is not your current password$/, 'currentPasswordWrong'],
  [/^is unknown, expired or already used/, 'linkUsed'],
  [/^was sent to an address the account no longer uses$/, 'linkForOldAddress'],
  [/^is already used by another workspace$/, 'slugTaken'],
  [/^must be lower-case letters, digits and dashes$/, 'slugFormat'],
  [/^the last owner cannot change role/, 'lastOwner'],
  [/^Too small: expected string to have >=?\d+ characters?$/, 'tooShort'],
  [/^Too big: expected string to have <=?\d+ characters?$/, 'tooLong'],
];

export function localizeFieldMessage(message: string, t: TFunction): string {
  const known = KNOWN.find(([pattern]) => pattern.test(message));
  return known ? t(`fieldMessages.${known[1]}`) : message;
}
