import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldChecks } from '../../lib/forms/fieldChecks';
import { useFormErrors } from '../../lib/forms/useFormErrors';
import { SelectField } from '../../shell/SelectField';
import { CheckedForm } from '../../shell/CheckedForm';
import { RadioGroup } from '../../shell/RadioGroup';
import { InputField } from '../../shell/InputField';
import { apiTokenApi, apiTokenKeys, type CreatedApiToken, type TokenScope } from './apiTokenApi';

type Field = 'name' | 'scope' | 'expiresInDays';

const EXPIRY_DAYS = ['30', '90', '365', ''] as const;

/** Creates a token; the parent shows it once. */
export function ApiTokenCreateForm({ onCreated }: { onCreated: (token: CreatedApiToken) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<TokenScope>('read');
  const [expiresInDays, setExpiresInDays] = useState<(typeof EXPIRY_DAYS)[number]>('90');
  const fields = {
    name: { id: 'token-name', label: t('tokens.name') },
    scope: { id: 'token-scope', label: t('tokens.scope') },
    expiresInDays: { id: 'token-expiry', label: t('tokens.expiry') },
  };
  const { showRefusal, form, fieldProps } = useFormErrors<Field>(fields);
  const create = useMutation({
    mutationFn: () =>
      apiTokenApi.create({
        name: name.trim(),
        scope,
        ...(expiresInDays ? { expiresInDays: Number(expiresInDays) } : {}),
      }),
    onSuccess: async (token) => {
      setName('');
      onCreated(token);
      await queryClient.invalidateQueries({ queryKey: apiTokenKeys.list });
    },
    onError: showRefusal,
  });

  return (
    <CheckedForm<Field>
      {...form}
      check={() => ({ name: fieldChecks.required(name, t) })}
      save={create}
      submitLabel={t('tokens.create')}
      pendingLabel={t('tokens.creating')}
    >
      <InputField
        {...fieldProps('name')}
        required
        hint={t('tokens.nameHint')}
        autoComplete="off"
        value={name}
        onChange={setName}
        maxLength={100}
      />
      <RadioGroup
        id={fields.scope.id}
        legend={fields.scope.label}
        value={scope}
        onChange={(value) => setScope(value === 'write' ? 'write' : 'read')}
        options={[
          { value: 'read', label: t('enums.tokenScope.read'), hint: t('tokens.readHint') },
          { value: 'write', label: t('enums.tokenScope.write'), hint: t('tokens.writeHint') },
        ]}
      />
      <SelectField
        {...fieldProps('expiresInDays')}
        value={expiresInDays}
        onChange={(value) => setExpiresInDays(EXPIRY_DAYS.find((days) => days === value) ?? '90')}
        options={EXPIRY_DAYS.map((days) => ({ value: days, label: days ? t('tokens.expiresInDays', { count: Number(days) }) : t('tokens.neverExpires') }))}
      />
    </CheckedForm>
  );
}
