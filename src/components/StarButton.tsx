import { useStars } from './stars';

/** A toggle that stars a paper; its name says which paper, its pressed state whether it is starred. */
export function StarButton({ id, title }: { id: string; title: string }) {
  const stars = useStars();
  const on = stars.starred.has(id);
  return (
    <button
      type="button"
      className={`star${on ? ' is-on' : ''}`}
      aria-pressed={on}
      aria-label={`Star ${title}`}
      title={
        on ? 'Starred (kept in this browser); select to unstar' : 'Star (kept in this browser)'
      }
      onClick={() => stars.toggle(id)}
    >
      {/* The star is drawn by CSS, so a title cell's text stays the title alone. */}
    </button>
  );
}
