// An institution's own page: its needs (record, edit, see recommendations) and its
// Anfragen. One request; it follows changes by others (live updates).
import { Link, useParams } from 'react-router';

import { InstitutionPageDocument } from '../gql/graphql';
import { entity, useData } from '../app/data';
import { ages } from '../app/format';
import { bedarfStatusLabel, institutionTypeLabel, priorityLabel, themeLabel } from '../app/labels';
import { paths } from '../app/paths';
import { AnfrageTable } from '../components/AnfrageTable';
import { Notifications } from '../components/Notifications';
import { Page } from '../components/Page';

export function InstitutionPage() {
  const { ins = '' } = useParams();
  const q = useData(InstitutionPageDocument, { id: ins }, { live: true });
  const i = entity(q.data?.node, 'name');
  return (
    <Page
      title={i?.name ?? 'Einrichtung'}
      kicker={i ? institutionTypeLabel[i.type] : 'Einrichtung'}
      reads={[q]}
      actions={
        i && (
          <Link className="knopf" to={paths.newBedarf(i.id)}>
            Bedarf erfassen
          </Link>
        )
      }
    >
      {q.data && !i && <p className="status fehler">Diese Einrichtung gibt es nicht, oder Sie dürfen sie nicht sehen.</p>}
      {q.data && i && (
        <>
          <p className="leise-text">
            {[i.address.street, i.address.houseNumber].filter(Boolean).join(' ')}
            {i.address.city && `, ${[i.address.postalCode, i.address.city].filter(Boolean).join(' ')}`} · Quartier {i.quartier.name} ({i.quartier.stadtbezirk}) · {ages(i.ageRange)}
            {i.kindercampus && (
              <>
                {' '}
                · Kindercampus <Link to={paths.campus(i.kindercampus.id)}>{i.kindercampus.name}</Link>
              </>
            )}
          </p>
          <Notifications unread={q.data.viewer.unreadNotificationCount} items={q.data.viewer.notifications.nodes} />
          <section aria-labelledby="bedarfe" className="karte-box">
            <h2 id="bedarfe">Bedarfe</h2>
            {i.bedarfe.length === 0 ? (
              <p className="hinweis">
                Noch keine Bedarfe erfasst. <Link to={paths.newBedarf(i.id)}>Ersten Bedarf erfassen</Link>
              </p>
            ) : (
              <div className="breit" tabIndex={0} role="region" aria-label="Tabelle, seitlich verschiebbar">
                <table>
                  <caption>Offene und gedeckte Bedarfe; zu jedem offenen Bedarf gibt es Empfehlungen</caption>
                  <thead>
                    <tr>
                      <th scope="col">Bedarf</th>
                      <th scope="col">Themenfeld</th>
                      <th scope="col">Alter</th>
                      <th scope="col">Dringlichkeit</th>
                      <th scope="col">Stand</th>
                    </tr>
                  </thead>
                  <tbody>
                    {i.bedarfe.map((b) => (
                      <tr key={b.id}>
                        <th scope="row">
                          <Link to={paths.bedarf(i.id, b.id)}>{b.title}</Link>
                        </th>
                        <td>{themeLabel[b.theme]}</td>
                        <td>{ages(b.ageRange)}</td>
                        <td>{priorityLabel[b.priority]}</td>
                        <td>{bedarfStatusLabel[b.status]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          <section aria-labelledby="anfragen" className="karte-box">
            <h2 id="anfragen">Anfragen</h2>
            <AnfrageTable caption="Anfragen der Einrichtung, neueste zuerst" side="institution" rows={q.data.anfragen.nodes} />
          </section>
        </>
      )}
    </Page>
  );
}
