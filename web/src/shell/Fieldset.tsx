import type { ReactNode } from 'react';

interface Props {
  /** What the fields inside answer together; read out before each of them. */
  legend: ReactNode;
  /** An asterisk after the legend, as on a required field. */
  required?: boolean;
  /** A sentence between the legend and the fields. */
  hint?: ReactNode;
  /** Marks the group as having a problem (the message itself goes inside). */
  invalid?: boolean;
  id?: string;
  className?: string;
  bodyClassName?: string;
  children: ReactNode;
}

const classes = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/** A KERN fieldset: the legend, an optional hint, then the fields it groups. */
export function Fieldset({ legend, required = false, hint, invalid = false, id, className, bodyClassName, children }: Props) {
  return (
    <fieldset id={id} className={classes('kern-fieldset', className, invalid && 'kern-form-input--error')}>
      <legend className="kern-label">
        {legend}
        {required && <span className="kern-label__optional"> *</span>}
      </legend>
      {hint && <div className="kern-hint">{hint}</div>}
      <div className={classes('kern-fieldset__body', bodyClassName)}>{children}</div>
    </fieldset>
  );
}
