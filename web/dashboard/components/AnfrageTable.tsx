// Anfragen as a table: what, for whom, the state, who acts next and by when (overdue
// ones marked in words, not only in colour).
import { Link } from 'react-router';

import type { AnfrageParty, AnfrageStatus } from '../gql/graphql';
import { anfrageStatusLabel, partyLabel } from '../app/labels';
import { instant } from '../app/format';
import { paths } from '../app/paths';

export interface AnfrageRow {
  id: string;
  status: AnfrageStatus;
  nextActor: AnfrageParty | null;
  dueAt: string | null;
  overdue: boolean;
  modul: { title: string };
  institution?: { name: string };
  partner?: { name: string };
}

/** NextStep says who acts next and by when. */
export function NextStep({ a }: { a: Pick<AnfrageRow, 'nextActor' | 'dueAt' | 'overdue'> }) {
  if (!a.nextActor) return <>–</>;
  return (
    <>
      {partyLabel[a.nextActor]}
      {a.dueAt && <> bis {instant(a.dueAt)}</>}
      {a.overdue && <strong className="ueberfaellig"> überfällig</strong>}
    </>
  );
}

export function AnfrageTable({ rows, caption, side }: { rows: AnfrageRow[]; caption: string; side: 'institution' | 'partner' | 'beide' }) {
  if (!rows.length) return <p className="hinweis">Keine Anfragen.</p>;
  return (
    <div className="breit" tabIndex={0} role="region" aria-label="Tabelle, seitlich verschiebbar">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Modul</th>
            {side !== 'institution' && <th scope="col">Einrichtung</th>}
            {side !== 'partner' && <th scope="col">Partner</th>}
            <th scope="col">Stand</th>
            <th scope="col">Als Nächstes</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} className={a.overdue ? 'zeile-ueberfaellig' : undefined}>
              <th scope="row">
                <Link to={paths.anfrage(a.id)}>{a.modul.title}</Link>
              </th>
              {side !== 'institution' && <td>{a.institution?.name}</td>}
              {side !== 'partner' && <td>{a.partner?.name}</td>}
              <td>{anfrageStatusLabel[a.status]}</td>
              <td>
                <NextStep a={a} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
