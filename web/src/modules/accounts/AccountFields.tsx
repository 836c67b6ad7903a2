import type { ReactNode } from 'react';
import { InputField } from '../../shell/InputField';
import { PasswordRuleHint } from './PasswordRuleHint';

interface Props {
  field: { id: string; label: string };
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
}

/** An e-mail address as the browser fills it in, not spell-checked. */
export function EmailField({ field, ...rest }: Props) {
  return <InputField id={field.id} label={field.label} required type="email" autoComplete="email" spellCheck={false} {...rest} />;
}

/** The password the account has now, as the browser's password manager fills it in. */
export function CurrentPasswordField({ field, ...rest }: Omit<Props, 'hint'>) {
  return <InputField id={field.id} label={field.label} required type="password" autoComplete="current-password" {...rest} />;
}

/** A new password, with the rules it must meet checked while typing. */
export function NewPasswordField({ field, ...rest }: Omit<Props, 'hint'>) {
  return <InputField id={field.id} label={field.label} required hint={<PasswordRuleHint password={rest.value} />} type="password" autoComplete="new-password" {...rest} />;
}
