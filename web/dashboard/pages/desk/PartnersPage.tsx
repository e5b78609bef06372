// The partners for the Servicestelle to manage: a search over name, kind and
// description, the list (first 100 by name) and the way to create or change one.
// One request.
import { Link } from 'react-router';
import { keepPreviousData } from '@tanstack/react-query';

import { AdminPartnersDocument } from '../../gql/graphql';
import { useData } from '../../app/data';
import { partnerKindLabel, themeLabel } from '../../app/labels';
import { paths } from '../../app/paths';
import { AdminList, useSearchText } from '../../components/AdminList';

export function PartnersPage() {
  const [text, setText] = useSearchText();
  const q = useData(AdminPartnersDocument, { text: text || null }, { placeholderData: keepPreviousData });
  return (
    <AdminList
      title="Partner"
      noun="Partner"
      newPath={paths.newPartner()}
      newLabel="Partner anlegen"
      searchLabel="Partner suchen"
      searchHint="Name, Art oder Beschreibung"
      text={text}
      onSearch={setText}
      reads={[q]}
      list={q.data?.partners}
      columns={['Art', 'Themenfelder', 'Ort']}
      row={(p) => ({
        name: <Link to={paths.editPartner(p.id)}>{p.name}</Link>,
        cells: [
          partnerKindLabel[p.kind],
          p.themes.map((t) => themeLabel[t]).join(', '),
          [p.address.postalCode, p.address.city].filter(Boolean).join(' ') || '–',
        ],
      })}
    />
  );
}
