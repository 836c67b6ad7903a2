interface Props {
  label: string;
  pendingLabel: string;
  pending: boolean;
  variant?: 'primary' | 'secondary';
}

/**
 * A form's submit button. While the request runs it says so and is marked aria-disabled
 * (not disabled, which would drop the keyboard focus); the form ignores submits meanwhile.
 */
export function SubmitButton({ label, pendingLabel, pending, variant = 'primary' }: Props) {
  return (
    <button type="submit" className={`kern-btn kern-btn--${variant}`} aria-disabled={pending || undefined}>
      <span className="kern-label">{pending ? pendingLabel : label}</span>
    </button>
  );
}
