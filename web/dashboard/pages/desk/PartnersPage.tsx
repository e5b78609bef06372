// The partners for the Servicestelle to manage: a search over name, kind and
// description, the list (first 100 by name) and the way to create or change one.
// One request.
import { Link, useLocation, useSearchParams } from 'react-router';
import { keepPreviousData } from '@tanstack/react-query';

import { AdminPartnersDocument } from '../../gql/graphql';
import { useData } from '../../app/data';
import { partnerKindLabel, themeLabel } from '../../app/labels';
import { paths } from '../../app/paths';
import { Page } from '../../components/Page';
import { Done, type DoneMessage } from '../../components/Status';
import { SearchForm } from '../../components/SearchForm';

export function PartnersPage() {
  const [search, setSearch] = useSearchParams();
  const text = search.get('suche') ?? '';
  const q = useData(AdminPartnersDocument, { text: text || null }, { placeholderData: keepPreviousData });
  const done = (useLocation().state as { done?: DoneMessage } | null)?.done ?? null;
  const list = q.data?.partners;
  return (
    <Page
      title="Partner"
      kicker="Verwaltung"
      reads={[q]}
      actions={
        <Link className="knopf" to={paths.newPartner()}>
          Partner anlegen
        </Link>
      }
    >
      <Done message={done} />
      <SearchForm label="Partner suchen" hint="Name, Art oder Beschreibung" value={text} onSearch={(t) => setSearch(t ? { suche: t } : {})} />
      {list && (
        <div className="breit" tabIndex={0} role="region" aria-label="Tabelle, seitlich verschiebbar">
          <table>
            <caption>
              {list.totalCount} Partner{text && ` zu „${text}“`}
              {list.totalCount > list.nodes.length && `, die ersten ${list.nodes.length} nach Name`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Art</th>
                <th scope="col">Themenfelder</th>
                <th scope="col">Ort</th>
              </tr>
            </thead>
            <tbody>
              {list.nodes.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={paths.editPartner(p.id)}>{p.name}</Link>
                  </th>
                  <td>{partnerKindLabel[p.kind]}</td>
                  <td>{p.themes.map((t) => themeLabel[t]).join(', ')}</td>
                  <td>{[p.address.postalCode, p.address.city].filter(Boolean).join(' ') || '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
