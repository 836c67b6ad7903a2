import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from './ConfirmButton';

/** K where the action's texts stand: `K` (the button), `KNamed` and `KQuestion` (naming the row), `KConfirm`. */
type ActionTexts<K extends string> = K & (`${K}` | `${K}Named` | `${K}Question` | `${K}Confirm` extends ParseKeys ? unknown : never);

/** What the button needs of the mutation it starts (a `useMutation` given the row's id). */
interface RowMutation {
  isPending: boolean;
  variables: string | undefined;
  mutate: (rowId: string) => void;
}

interface Props<K extends string> {
  /** The key of the action's texts, e.g. `tokens.revoke` for `tokens.revoke`, `tokens.revokeNamed`, `tokens.revokeQuestion` and `tokens.revokeConfirm`. */
  texts: ActionTexts<K>;
  /** The values that name the row in those texts, e.g. `{ name: token.name }`. */
  naming: Record<string, string>;
  action: RowMutation;
  rowId: string;
}

/** A destructive action on one row of a table (revoke, remove, withdraw), asked about in place; only its own row shows it pending. */
export function ConfirmRowButton<K extends string>({ texts, naming, action, rowId }: Props<K>) {
  const { t } = useTranslation();
  // The keys were checked where the texts are named (ActionTexts); here they are only put together.
  const translate = t as (key: string, values: Record<string, string>) => string;
  const text = (suffix: '' | 'Named' | 'Question' | 'Confirm') => translate(`${texts}${suffix}`, naming);
  return (
    <ConfirmButton
      small
      label={text('')}
      accessibleLabel={text('Named')}
      question={text('Question')}
      confirmLabel={text('Confirm')}
      pending={action.isPending && action.variables === rowId}
      onConfirm={() => action.mutate(rowId)}
    />
  );
}
