import { useState } from 'react';
import { NewPersonButton } from './NewPersonButton';
import { PersonAutocomplete } from './PersonAutocomplete';
import type { PersonSummary } from './personApi';

interface Props {
  label: string;
  /** The workspace a person entered here goes into, preselected in the dialog. */
  workspaceId?: string;
  error?: string;
  /** Called with each person found or entered; the field is then emptied for the next one. */
  onAdd: (person: PersonSummary) => void;
}

/** Adds people to a list one by one: each found by name, or entered in a dialog without leaving the form. */
export function AddPersonField({ label, workspaceId, error, onAdd }: Props) {
  const [round, setRound] = useState(0);
  return (
    <>
      <PersonAutocomplete
        key={round}
        label={label}
        error={error}
        onSelect={(person) => {
          if (!person) return;
          onAdd(person);
          setRound((current) => current + 1);
        }}
      />
      <p className="button-row">
        <NewPersonButton workspaceId={workspaceId} onCreated={onAdd} />
      </p>
    </>
  );
}
