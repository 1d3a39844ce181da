import type { ReactNode } from 'react';

/** The line above a result list: how many rows, in what order, and actions on them. */
export function ResultsToolbar({
  status,
  order,
  children,
}: {
  status: string;
  order?: string;
  children?: ReactNode;
}) {
  return (
    <div className="results-toolbar">
      <p className="status">
        <span role="status">{status}</span>
        {order ? <span className="order">{order}</span> : null}
      </p>
      {children}
    </div>
  );
}
