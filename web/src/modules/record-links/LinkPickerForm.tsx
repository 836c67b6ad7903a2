import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { InlineForm } from '../../shell/InlineForm';
import type { SearchHit } from '../search/searchApi';
import { LinkTargetPicker } from './LinkTargetPicker';
import type { LinkedRecordType } from './recordLinkApi';

interface Props {
  /** The form's heading, which names it; without one, `label` names it. */
  heading?: string;
  label?: string;
  targetType: LinkedRecordType;
  /** What the picker looks for (the kind of link, the kind of record); when it changes, the picker starts afresh. */
  choice: string;
  excludeId: string;
  link: (target: SearchHit) => Promise<unknown>;
  /** Called once a link is made, to reset the fields around the picker. */
  onLinked?: () => void;
  /** What comes before the picker: what the form is for, the choice of what to link. */
  before?: ReactNode;
  /** What comes after it: details of the link. */
  after?: ReactNode;
}

/** A form that links a record with one chosen in a picker; the picker is emptied after each link and when the choice changes. */
export function LinkPickerForm({ heading, label, targetType, choice, excludeId, link, onLinked, before, after }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<SearchHit | null>(null);
  const [pickerRound, setPickerRound] = useState(0);
  const [chosenFor, setChosenFor] = useState(choice);
  if (chosenFor !== choice) {
    setChosenFor(choice);
    setChosen(null);
  }
  const add = useMutation({
    mutationFn: link,
    onSuccess: async () => {
      setChosen(null);
      setPickerRound((round) => round + 1);
      onLinked?.();
      await queryClient.invalidateQueries();
    },
  });
  return (
    <InlineForm
      heading={heading}
      label={label}
      onSubmit={() => {
        if (chosen) add.mutate(chosen);
      }}
      pending={add.isPending}
      incomplete={!chosen}
      error={add.error}
      submitLabel={t('recordLinks.link')}
      quiet
    >
      {before}
      <LinkTargetPicker key={`${choice}-${pickerRound}`} targetType={targetType} excludeId={excludeId} onSelect={setChosen} />
      {after}
    </InlineForm>
  );
}
