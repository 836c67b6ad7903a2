import { useState, type ComponentType } from 'react';

/** What a dialog takes that enters a record without leaving the form at hand. */
export interface NewRecordDialogProps<T> {
  /** The workspace of the record being worked on, preselected when the user may create in it. */
  workspaceId?: string;
  onCreated: (record: T) => void;
  /** Closing without saving: Escape or "Cancel". */
  onClose: () => void;
}

interface Props<T> {
  label: string;
  dialog: ComponentType<NewRecordDialogProps<T>>;
  workspaceId?: string;
  onCreated: (record: T) => void;
}

/**
 * A small button (placed in a `button-row`) that enters a record in a dialog without leaving the
 * form at hand, hands it back once saved and closes the dialog.
 */
export function NewRecordButton<T>({ label, dialog: Dialog, workspaceId, onCreated }: Props<T>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => setOpen(true)}>
        <span className="kern-label">{label}</span>
      </button>
      {open && (
        <Dialog
          workspaceId={workspaceId}
          onCreated={(record) => {
            setOpen(false);
            onCreated(record);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
