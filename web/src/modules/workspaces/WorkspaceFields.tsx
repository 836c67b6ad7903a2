import type { TFunction } from 'i18next';
import { fieldChecks } from '../../lib/forms/fieldChecks';
import { InputField } from '../../shell/InputField';

/** A workspace's name is needed and has two characters at least. */
export function checkWorkspaceName(name: string, t: TFunction): string | undefined {
  return fieldChecks.required(name, t) ?? (name.trim().length < 2 ? t('fieldMessages.tooShort') : undefined);
}

/** What the workspace is for, in a few lines; it may stay empty. */
export function WorkspaceDescriptionField({ field, ...rest }: { field: { id: string; label: string }; value: string; onChange: (value: string) => void; error?: string }) {
  return <InputField id={field.id} label={field.label} multiline maxLength={2000} {...rest} />;
}
