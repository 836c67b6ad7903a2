import { useId } from 'react';

interface Props {
  label: string;
  done: number;
  /** Null while the amount of work is not yet known: the bar then shows no value. */
  total: number | null;
  /** How far it has come, in words ("3 von 12 Dateien"). */
  valueText: string;
}

/** A KERN progress bar with its label and the progress in words. */
export function JobProgressBar({ label, done, total, valueText }: Props) {
  const id = useId();
  return (
    <div className="kern-progress job-progress">
      <label className="kern-label" htmlFor={id}>
        {label}
      </label>
      {total ? <progress id={id} value={Math.min(done, total)} max={total} aria-valuetext={valueText} /> : <progress id={id} aria-valuetext={valueText} />}
      <span className="kern-body kern-body--small" aria-hidden="true">
        {valueText}
      </span>
    </div>
  );
}
