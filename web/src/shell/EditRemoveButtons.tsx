import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from './ConfirmButton';

interface Props {
  /** The edit button's accessible name, naming the item, e.g. "Edit Kyiv delegation". */
  editLabel: string;
  onEdit: () => void;
  /** The remove button's accessible name, naming the item. */
  removeLabel: string;
  /** What the user is asked before the item is removed. */
  question: string;
  removing: boolean;
  onRemove: () => void;
  /** Further buttons between the two, e.g. to register for a delegation. */
  children?: ReactNode;
}

/** The small "Edit" and "Remove" buttons of an item in a list; removing asks first. */
export function EditRemoveButtons({ editLabel, onEdit, removeLabel, question, removing, onRemove, children }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" onClick={onEdit} aria-label={editLabel}>
        <span className="kern-label">{t('forms.edit')}</span>
      </button>
      {children}
      <ConfirmButton small label={t('common.remove')} accessibleLabel={removeLabel} question={question} confirmLabel={t('common.remove')} pending={removing} onConfirm={onRemove} />
    </>
  );
}
