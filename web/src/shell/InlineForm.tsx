import { useId, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from './FormAlert';
import { SaveFailedAlert } from './SaveFailedAlert';

interface Props {
  /** Without a heading (a form in a list that names its item), `label` names the form. */
  heading?: string;
  label?: string;
  /** The heading's id, where something around the form is named by it too (a dialog). */
  headingId?: string;
  /** 3 for a form inside a page's section, 2 for a dialog's form. */
  level?: 2 | 3;
  onSubmit: () => void;
  pending: boolean;
  /** Why saving failed; left out where the form's fields say it themselves. */
  error?: unknown;
  /** The fields show each problem beside them, so the alert only says that something needs attention. */
  problemsBesideFields?: boolean;
  /** The labels of the fields by their name in the request (`body.fromPlaceId`), so the alert names them. */
  fieldLabels?: Readonly<Record<string, string>>;
  submitLabel?: string;
  /** Said on the submit button while saving, where the form has no other sign of it. */
  pendingLabel?: string;
  /** A secondary submit button, for a form beside the section's main action. */
  quiet?: boolean;
  /** Small buttons, for a form inside a card. */
  small?: boolean;
  /** Something besides saving that holds the submit button back, e.g. nothing chosen yet. */
  incomplete?: boolean;
  /** Closing without saving; without it the form has no cancel button. */
  onCancel?: () => void;
  /** Keeps the submit from reaching a form of the page around it (a dialog's portal still passes React events up). */
  isolated?: boolean;
  className?: string;
  formRef?: Ref<HTMLFormElement>;
  /** Shown below the buttons, e.g. what saving did. */
  after?: ReactNode;
  children: ReactNode;
}

/** The frame of a form that adds or changes a part of a record in place: its heading, fields, why saving failed, save and cancel. */
export function InlineForm({ heading, label, headingId: givenHeadingId, level = 3, onSubmit, pending, error, problemsBesideFields = false, fieldLabels, submitLabel, pendingLabel, quiet = false, small = false, incomplete = false, onCancel, isolated = false, className, formRef, after, children }: Props) {
  const { t } = useTranslation();
  const ownHeadingId = useId();
  const headingId = givenHeadingId ?? ownHeadingId;
  const Heading = level === 2 ? 'h2' : 'h3';
  const size = small ? ' kern-btn--small' : '';
  return (
    <form
      ref={formRef}
      className={className ? `record-form ${className}` : 'record-form'}
      aria-labelledby={heading === undefined ? undefined : headingId}
      aria-label={heading === undefined ? label : undefined}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (isolated) event.stopPropagation();
        onSubmit();
      }}
    >
      {heading !== undefined && (
        <Heading id={headingId} className={level === 2 ? 'kern-heading-medium' : 'kern-heading-small'}>
          {heading}
        </Heading>
      )}
      {children}
      {error !== undefined && (problemsBesideFields ? <SaveFailedAlert error={error} /> : <FormAlert error={error} fieldLabels={fieldLabels} />)}
      <div className="button-row">
        <button type="submit" className={`kern-btn ${quiet ? 'kern-btn--secondary' : 'kern-btn--primary'}${size}`} disabled={pending || incomplete}>
          <span className="kern-label">{pending && pendingLabel ? pendingLabel : (submitLabel ?? t('forms.save'))}</span>
        </button>
        {onCancel && (
          <button type="button" className={`kern-btn kern-btn--tertiary${size}`} onClick={onCancel}>
            <span className="kern-label">{t('common.cancel')}</span>
          </button>
        )}
      </div>
      {after}
    </form>
  );
}
