import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { mergeApi } from '../lib/api/mergeApi';
import { FormAlert } from './FormAlert';
import { Section } from './Section';

interface Props {
  /** The API and web path of the collection, e.g. `/places`. */
  collection: string;
  recordId: string;
  /** The picker of the record that remains, calling `onSelect` with its id. */
  picker: (onSelect: (id: string | null) => void) => ReactNode;
}

/** "This is a duplicate of …": merges the shown record into another; the history can undo it. */
export function MergeSection({ collection, recordId, picker }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [into, setInto] = useState<string | null>(null);
  const merge = useMutation({
    mutationFn: () => mergeApi.merge(collection, recordId, into ?? ''),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries();
      await navigate(`${collection}/${result.into}`);
    },
  });
  return (
    <Section title={t('merge.title')}>
      <p className="kern-body">{t('merge.explanation')}</p>
      <form
        className="merge-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (into) merge.mutate();
        }}
      >
        {picker(setInto)}
        <button type="submit" className="kern-btn kern-btn--secondary" disabled={!into || merge.isPending}>
          <span className="kern-label">{t('merge.submit')}</span>
        </button>
      </form>
      <FormAlert error={merge.error} />
    </Section>
  );
}
