// The institutions for the Servicestelle to manage: a search over name, Träger, type
// and address, the list (first 100 by name) and the way to create or change one. One
// request.
import { Link, useLocation, useSearchParams } from 'react-router';
import { keepPreviousData } from '@tanstack/react-query';

import { AdminInstitutionsDocument } from '../../gql/graphql';
import { useData } from '../../app/data';
import { institutionTypeLabel } from '../../app/labels';
import { paths } from '../../app/paths';
import { Page } from '../../components/Page';
import { SearchForm } from '../../components/SearchForm';
import { Done, type DoneMessage } from '../../components/Status';

export function InstitutionsPage() {
  const [search, setSearch] = useSearchParams();
  const text = search.get('suche') ?? '';
  const q = useData(AdminInstitutionsDocument, { text: text || null }, { placeholderData: keepPreviousData });
  const done = (useLocation().state as { done?: DoneMessage } | null)?.done ?? null;
  const list = q.data?.institutionen;
  return (
    <Page
      title="Einrichtungen"
      kicker="Verwaltung"
      reads={[q]}
      actions={
        <Link className="knopf" to={paths.newInstitution()}>
          Einrichtung anlegen
        </Link>
      }
    >
      <Done message={done} />
      <SearchForm label="Einrichtungen suchen" hint="Name, Träger, Art oder Anschrift" value={text} onSearch={(t) => setSearch(t ? { suche: t } : {})} />
      {list && (
        <div className="breit" tabIndex={0} role="region" aria-label="Tabelle, seitlich verschiebbar">
          <table>
            <caption>
              {list.totalCount} Einrichtungen{text && ` zu „${text}“`}
              {list.totalCount > list.nodes.length && `, die ersten ${list.nodes.length} nach Name`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Art</th>
                <th scope="col">Quartier</th>
                <th scope="col">Kindercampus</th>
              </tr>
            </thead>
            <tbody>
              {list.nodes.map((i) => (
                <tr key={i.id}>
                  <th scope="row">
                    <Link to={paths.editInstitution(i.id)}>{i.name}</Link>
                  </th>
                  <td>{institutionTypeLabel[i.type]}</td>
                  <td>{i.quartier.name}</td>
                  <td>{i.kindercampus?.name ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
