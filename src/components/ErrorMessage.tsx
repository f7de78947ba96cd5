interface ErrorMessageProps {
  title?: string;
  /** What went wrong, in the reader's words. */
  message: string;
  /** Offer a Retry button. */
  onRetry?: () => void;
}

/** An error the reader can act on: what happened and, where it helps, Retry. */
export function ErrorMessage({ title = 'Something went wrong', message, onRetry }: ErrorMessageProps) {
  return (
    <div className="error-message" role="alert">
      <p className="error-message-title">{title}</p>
      <p>{message}</p>
      {onRetry !== undefined && (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
