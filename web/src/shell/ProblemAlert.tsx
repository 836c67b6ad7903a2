import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldProblemText, fieldProblemsOf } from '../lib/api/codeTexts';
import type { FieldProblem } from '../lib/api/Problem';

interface Props {
  title: string;
  /** What went wrong, in a sentence. */
  detail: string;
  /** Where given, what is wrong with each field the server named is listed below the sentence. */
  listFieldsOf?: unknown;
  /** The labels of the form's fields by the path the server names (`body.kind`), so each problem says which field it is about. */
  fieldLabels?: Readonly<Record<string, string>>;
  /** The form says what is wrong beside each field: the list only names the fields (by `fieldLabels`). */
  onlyFieldNames?: boolean;
  className?: string;
  children?: ReactNode;
}

/** The label of the field a path names, or of the field it is part of (`body.names.de` → `body.names`). */
function labelOf(path: string, labels: Readonly<Record<string, string>>): string | undefined {
  for (let end = path.length; end > 0; end = path.lastIndexOf('.', end - 1)) {
    const label = labels[path.slice(0, end)];
    if (label) return label;
  }
  return undefined;
}

const withLabel = (label: string | undefined, message: string) => (label ? `${label}: ${message}` : message);

/** A failed call as a KERN danger alert, announced when it appears: title, what went wrong and, optionally, each field's problem. */
export function ProblemAlert({ title, detail, listFieldsOf, fieldLabels = {}, onlyFieldNames = false, className, children }: Props) {
  const { t } = useTranslation();
  const describe = (issue: FieldProblem) => {
    const label = labelOf(issue.field, fieldLabels);
    return onlyFieldNames && label ? label : withLabel(label, fieldProblemText(issue, t));
  };
  const messages = listFieldsOf === undefined ? [] : [...new Set(fieldProblemsOf(listFieldsOf).map(describe))];
  return (
    <div className={className ? `kern-alert kern-alert--danger ${className}` : 'kern-alert kern-alert--danger'} role="alert">
      <div className="kern-alert__header">
        <span className="kern-icon kern-icon--danger" aria-hidden="true" />
        <span className="kern-title">{title}</span>
      </div>
      <div className="kern-alert__body">
        <p className="kern-body">{detail}</p>
        {messages.length > 0 && (
          <ul className="kern-list">
            {messages.map((message) => (
              <li key={message} className="kern-body">
                {message}
              </li>
            ))}
          </ul>
        )}
        {children}
      </div>
    </div>
  );
}
