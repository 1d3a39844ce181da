/** An ISO date; a year that was inferred (not read from the capture) is marked. */
export function DateCell({ iso, inferred }: { iso: string; inferred: boolean }) {
  return (
    <>
      <time dateTime={iso}>{iso}</time>
      {inferred ? (
        <abbr className="inferred" title="Year inferred: its page showed no year">
          *<span className="visually-hidden"> (year inferred)</span>
        </abbr>
      ) : null}
    </>
  );
}
