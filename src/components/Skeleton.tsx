interface SkeletonProps {
  /** Number of placeholder lines. */
  lines?: number;
  /** What is loading, for screen readers ("Loading the news feed"). */
  label: string;
}

/** A loading placeholder shaped like text, announced once to screen readers. */
export function Skeleton({ lines = 3, label }: SkeletonProps) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className="skeleton-line" aria-hidden="true" />
      ))}
    </div>
  );
}
