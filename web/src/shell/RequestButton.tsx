interface Props {
  label: string;
  pendingLabel: string;
  /** The request the button starts, e.g. a mutation without variables. */
  request: { isPending: boolean; mutate: () => void };
  variant?: 'primary' | 'secondary';
}

/**
 * A button that starts a request outside a form. While the request runs it says so and is marked
 * aria-disabled (not disabled, which would drop the keyboard focus), and further clicks are ignored.
 */
export function RequestButton({ label, pendingLabel, request, variant = 'primary' }: Props) {
  return (
    <button
      type="button"
      className={`kern-btn kern-btn--${variant}`}
      aria-disabled={request.isPending || undefined}
      onClick={() => {
        if (!request.isPending) request.mutate();
      }}
    >
      <span className="kern-label">{request.isPending ? pendingLabel : label}</span>
    </button>
  );
}
