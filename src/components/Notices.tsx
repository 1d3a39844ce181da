interface Props {
  notices: readonly string[];
  onDismiss: () => void;
}

/** What the app dropped from the URL, said on the page rather than silently. */
export function Notices({ notices, onDismiss }: Props) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="alert">
      <p className="notices-title">Some of this link could not be used:</p>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
