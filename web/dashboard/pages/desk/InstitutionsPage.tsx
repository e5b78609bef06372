// The institutions for the Servicestelle to manage: a search over name, Träger, type
// and address, the list (first 100 by name) and the way to create or change one. One
// request.
import { Link } from 'react-router';
import { keepPreviousData } from '@tanstack/react-query';

import { AdminInstitutionsDocument } from '../../gql/graphql';
import { useData } from '../../app/data';
import { institutionTypeLabel } from '../../app/labels';
import { paths } from '../../app/paths';
import { AdminList, useSearchText } from '../../components/AdminList';

export function InstitutionsPage() {
  const [text, setText] = useSearchText();
  const q = useData(AdminInstitutionsDocument, { text: text || null }, { placeholderData: keepPreviousData });
  return (
    <AdminList
      title="Einrichtungen"
      noun="Einrichtungen"
      newPath={paths.newInstitution()}
      newLabel="Einrichtung anlegen"
      searchLabel="Einrichtungen suchen"
      searchHint="Name, Träger, Art oder Anschrift"
      text={text}
      onSearch={setText}
      reads={[q]}
      list={q.data?.institutionen}
      columns={['Art', 'Quartier', 'Kindercampus']}
      row={(i) => ({
        name: <Link to={paths.editInstitution(i.id)}>{i.name}</Link>,
        cells: [institutionTypeLabel[i.type], i.quartier.name, i.kindercampus?.name ?? '–'],
      })}
    />
  );
}
