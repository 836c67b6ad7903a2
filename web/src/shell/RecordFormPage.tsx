import type { ComponentType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from './BackLink';
import { FormAlert } from './FormAlert';
import { LoadingState } from './LoadingState';
import { PageHeading } from './PageHeading';
import { SaveFailedAlert } from './SaveFailedAlert';
import { WorkspaceField } from './WorkspaceField';

/**
 * The page of a form that creates a record (no id in the address) or changes one: it waits for the
 * record to load, and each record gets a fresh form (the key), so no entry of another one stays behind.
 */
export function RecordFormLoader<T>({ useRecord, form: Form }: { useRecord: (id: string | undefined) => { isPending: boolean; data?: T }; form: ComponentType<{ record?: T }> }) {
  const { id } = useParams();
  const existing = useRecord(id);
  if (id && existing.isPending) return <LoadingState />;
  return <Form key={id ?? 'new'} record={existing.data} />;
}

interface SaveState {
  mutate: () => void;
  isPending: boolean;
  error: unknown;
}

interface Props {
  heading: string;
  /** What the heading shows, where it says more than `heading` (e.g. the record's name beside it). */
  headingContent?: ReactNode;
  back: { to: string; label: string };
  /** For a new record: the workspace it goes into, asked first; saving waits until one is chosen. */
  workspace?: { value: string; onChange: (id: string) => void };
  save: SaveState;
  /** Instead of saving at once, e.g. to look for similar records first. */
  onSubmit?: () => void;
  /** Something besides saving that holds the submit button back. */
  busy?: boolean;
  /** The form shows each field's problem beside the field, so the alert only says that something needs attention (unless `fieldLabels` name the fields). */
  problemsBesideFields?: boolean;
  /** Shown between the heading and the form. */
  intro?: ReactNode;
  /** The labels of the form's fields by the path the server names (`body.kind`), for the list of problems. */
  fieldLabels?: Readonly<Record<string, string>>;
  /** What the button says when it does more than save, e.g. publish. */
  submitLabel?: string;
  children: ReactNode;
}

/** The frame of a record's form page: back link, heading, the workspace of a new record, the fields, why saving failed and the save button. */
export function RecordFormFrame({ heading, headingContent, back, workspace, save, onSubmit, busy = false, problemsBesideFields = false, intro, fieldLabels, submitLabel, children }: Props) {
  const { t } = useTranslation();

  return (
    <>
      <BackLink to={back.to}>{back.label}</BackLink>
      <PageHeading title={heading}>{headingContent ?? heading}</PageHeading>
      {intro}
      <form
        className="record-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (onSubmit) onSubmit();
          else save.mutate();
        }}
      >
        {workspace && <WorkspaceField value={workspace.value} onChange={workspace.onChange} />}
        {children}
        {problemsBesideFields && !fieldLabels ? <SaveFailedAlert error={save.error} /> : <FormAlert error={save.error} fieldLabels={fieldLabels} onlyFieldNames={problemsBesideFields} />}
        <div className="button-row">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={save.isPending || busy || (workspace !== undefined && !workspace.value)}>
            <span className="kern-label">{submitLabel ?? t('forms.save')}</span>
          </button>
        </div>
      </form>
    </>
  );
}
