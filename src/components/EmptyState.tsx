interface Props {
  what: string;
  query: string;
  onClear: () => void;
}

/** Says why nothing is shown and offers the way out. */
export function EmptyState({ what, query, onClear }: Props) {
  const q = query.trim();
  return (
    <div className="empty-state">
      <p>
        {q ? (
          <>
            No {what} match <q>{q}</q>
          </>
        ) : (
          <>No {what} match these filters</>
        )}
        {' — '}
        <button type="button" className="link-button" onClick={onClear}>
          Clear filters
        </button>
      </p>
    </div>
  );
}
