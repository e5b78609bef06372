// A page of the dashboard: its title (document and h1), the focus on the heading after
// a navigation (keyboard and screen reader users start at the new content), its
// loading and error states, and the marker the browser tests wait for.
import { useEffect, useRef, type ReactNode } from 'react';

import type { RequestFailed } from '../app/graphql';
import { Failure, Loading } from './Status';

interface Props {
  title: string;
  /** shown above the title, e.g. the entity's kind */
  kicker?: string;
  /** the page's reads: loading until all are done, the first error instead of the content */
  reads?: { isPending: boolean; error: RequestFailed | null; refetch: () => unknown }[];
  actions?: ReactNode;
  children?: ReactNode;
}

/** Page renders a page's frame; its children only once every read succeeded. */
export function Page({ title, kicker, reads = [], actions, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const failed = reads.find((r) => r.error);
  const pending = !failed && reads.some((r) => r.isPending);
  const ready = !failed && !pending;

  useEffect(() => {
    document.title = `${title} – Drehscheibe`;
  }, [title]);
  useEffect(() => {
    heading.current?.focus({ preventScroll: false });
  }, []);
  useEffect(() => {
    const body = document.body;
    body.dataset.seite = ready ? window.location.pathname : '';
    if (ready && performance.getEntriesByName('dashboard-bereit').length === 0) performance.mark('dashboard-bereit');
  }, [ready]);

  return (
    <>
      <div className="seitenkopf">
        <div>
          {kicker && <p className="kicker">{kicker}</p>}
          <h1 tabIndex={-1} ref={heading}>
            {title}
          </h1>
        </div>
        {ready && actions && <div className="aktionen">{actions}</div>}
      </div>
      {failed?.error && <Failure error={failed.error} retry={() => failed.refetch()} />}
      {pending && <Loading />}
      {ready && children}
    </>
  );
}
