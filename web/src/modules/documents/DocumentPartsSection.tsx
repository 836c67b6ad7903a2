import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../shell/ConfirmButton';
import { FormAlert } from '../../shell/FormAlert';
import { documentKeys, type DocumentDetail } from './documentApi';

/** Removing a file or link of a document, after asking; why it failed is shown beside the button. */
export function RemovePartButton({ remove, accessibleLabel, question }: { remove: () => Promise<unknown>; accessibleLabel: string; question: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const removal = useMutation({
    mutationFn: remove,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: documentKeys.all }),
  });
  return (
    <>
      <ConfirmButton small label={t('common.remove')} accessibleLabel={accessibleLabel} question={question} confirmLabel={t('common.remove')} pending={removal.isPending} onConfirm={() => removal.mutate()} />
      <FormAlert error={removal.error} />
    </>
  );
}

interface Props<Chosen> {
  document: DocumentDetail;
  /** The list items, or none. */
  items: ReactNode[];
  emptyText: string;
  listClassName: string;
  add: (chosen: Chosen) => Promise<unknown>;
  submitLabel: (pending: boolean) => string;
  /** The field that chooses what to add. */
  field: (choose: (chosen: Chosen | null) => void) => ReactNode;
}

/** The files or links of a document, and for editors a form that adds one and then starts afresh. */
export function DocumentPartsSection<Chosen>({ document, items, emptyText, listClassName, add, submitLabel, field }: Props<Chosen>) {
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [formKey, setFormKey] = useState(0);
  const adding = useMutation({
    mutationFn: add,
    onSuccess: async () => {
      setChosen(null);
      setFormKey((key) => key + 1);
      await queryClient.invalidateQueries({ queryKey: documentKeys.all });
    },
  });
  return (
    <>
      {items.length === 0 ? <p className="kern-body">{emptyText}</p> : <ul className={listClassName}>{items}</ul>}
      {document.canEdit && (
        <form
          key={formKey}
          className="record-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen) adding.mutate(chosen);
          }}
        >
          {field(setChosen)}
          <FormAlert error={adding.error} />
          <div className="button-row">
            <button type="submit" className="kern-btn kern-btn--secondary" disabled={!chosen || adding.isPending}>
              <span className="kern-label">{submitLabel(adding.isPending)}</span>
            </button>
          </div>
        </form>
      )}
    </>
  );
}
