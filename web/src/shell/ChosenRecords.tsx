import type { ReactNode } from 'react';
import { pickName, type NamedRecord } from '../lib/pickName';
import { useLanguage } from '../lib/useLanguage';

interface Props<T extends NamedRecord & { id: string }> {
  records: T[];
  /** How a record is shown, e.g. `<OrganizationName organization={record} />`. */
  show: (record: T) => ReactNode;
  /** The remove button's text, given the record's name in the reader's language. */
  removeLabel: (name: string) => string;
  onChange: (records: T[]) => void;
}

/** The records a form has gathered one by one (partners, areas), each with its remove button; nothing while there are none. */
export function ChosenRecords<T extends NamedRecord & { id: string }>({ records, show, removeLabel, onChange }: Props<T>) {
  const language = useLanguage();
  if (records.length === 0) return null;
  return (
    <ul className="kern-list">
      {records.map((record) => (
        <li key={record.id} className="kern-body">
          {show(record)}{' '}
          <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => onChange(records.filter((other) => other.id !== record.id))}>
            <span className="kern-label">{removeLabel(pickName(record.names, record.name, language).text)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
