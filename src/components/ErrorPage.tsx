import type { ReactNode } from 'react';

interface Props {
  title: string;
  /** What went wrong, as plain text (it may quote data, so never as HTML). */
  problem: string;
  children?: ReactNode;
}

/** A whole page saying what failed and what to do, shown instead of a blank one. */
export function ErrorPage({ title, problem, children }: Props) {
  return (
    <main className="error-page" role="alert">
      <h1>{title}</h1>
      <p className="error-problem">{problem}</p>
      {children}
    </main>
  );
}
