// One page of the desk's administration: a search kept in the address (?suche=), the
// message of a change just made, a button to create one, and the table of what the
// search finds (the first ones by name, said in the caption).
import type { ReactNode } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';

import { Page } from './Page';
import { SearchForm } from './SearchForm';
import { Done, type DoneMessage } from './Status';

/** useSearchText is the search of the page's address and the way to change it. */
export function useSearchText(): [string, (t: string) => void] {
  const [search, setSearch] = useSearchParams();
  return [search.get('suche') ?? '', (t) => setSearch(t ? { suche: t } : {})];
}

export function AdminList<T extends { id: string }>(props: {
  title: string;
  /** plural noun of the caption ("Einrichtungen") */
  noun: string;
  newPath: string;
  newLabel: string;
  searchLabel: string;
  searchHint: string;
  text: string;
  onSearch: (t: string) => void;
  reads: Parameters<typeof Page>[0]['reads'];
  list: { totalCount: number; nodes: readonly T[] } | undefined;
  /** the columns after the first, which names the row */
  columns: string[];
  row: (item: T) => { name: ReactNode; cells: ReactNode[] };
}) {
  const done = (useLocation().state as { done?: DoneMessage } | null)?.done ?? null;
  const { list, text } = props;
  return (
    <Page
      title={props.title}
      kicker="Verwaltung"
      reads={props.reads}
      actions={
        <Link className="knopf" to={props.newPath}>
          {props.newLabel}
        </Link>
      }
    >
      <Done message={done} />
      <SearchForm label={props.searchLabel} hint={props.searchHint} value={text} onSearch={props.onSearch} />
      {list && (
        <div className="breit" tabIndex={0} role="region" aria-label="Tabelle, seitlich verschiebbar">
          <table>
            <caption>
              {list.totalCount} {props.noun}
              {text && ` zu „${text}“`}
              {list.totalCount > list.nodes.length && `, die ersten ${list.nodes.length} nach Name`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                {props.columns.map((c) => (
                  <th scope="col" key={c}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list.nodes.map((item) => {
                const r = props.row(item);
                return (
                  <tr key={item.id}>
                    <th scope="row">{r.name}</th>
                    {r.cells.map((c, i) => (
                      <td key={i}>{c}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
