// A partner's page: its inbox of Anfragen (what waits for it first) and its Module in
// every state. One request.
import { Link, useParams } from 'react-router';

import { PartnerPageDocument } from '../gql/graphql';
import { entity, useData } from '../app/data';
import { modulStatusLabel, partnerKindLabel, themeLabel } from '../app/labels';
import { paths } from '../app/paths';
import { AnfrageTable } from '../components/AnfrageTable';
import { Notifications } from '../components/Notifications';
import { Page } from '../components/Page';

export function PartnerPage() {
  const { id = '' } = useParams();
  const q = useData(PartnerPageDocument, { id }, { live: true });
  const p = entity(q.data?.node, 'name');
  const inbox = q.data?.anfragen.nodes ?? [];
  const mine = inbox.filter((a) => a.nextActor === 'PARTNER' || a.nextActor === 'BOTH');
  const rest = inbox.filter((a) => !mine.includes(a));
  return (
    <Page
      title={p?.name ?? 'Partner'}
      kicker={p ? partnerKindLabel[p.kind] : 'Partner'}
      reads={[q]}
      actions={
        p && (
          <Link className="knopf" to={paths.newModul(p.id)}>
            Modul anlegen
          </Link>
        )
      }
    >
      {q.data && !p && <p className="status fehler">Diesen Partner gibt es nicht, oder Sie dürfen ihn nicht sehen.</p>}
      {q.data && p && (
        <>
          <Notifications unread={q.data.viewer.unreadNotificationCount} items={q.data.viewer.notifications.nodes} />
          <section aria-labelledby="eingang" className="karte-box">
            <h2 id="eingang">
              Eingang: Sie sind am Zug <span className="zahl">{mine.length}</span>
            </h2>
            <AnfrageTable caption="Anfragen, auf die Sie antworten oder die Sie bestätigen" side="partner" rows={mine} />
            <h3>Weitere Anfragen</h3>
            <AnfrageTable caption="Anfragen, bei denen die Einrichtung am Zug ist oder die abgeschlossen sind" side="partner" rows={rest} />
          </section>
          <section aria-labelledby="module" className="karte-box">
            <h2 id="module">Ihre Module</h2>
            {p.module.nodes.length === 0 ? (
              <p className="hinweis">Noch keine Module.</p>
            ) : (
              <div className="breit" tabIndex={0} role="region" aria-label="Tabelle, seitlich verschiebbar">
                <table>
                  <caption>Module in jedem Stand; bei jedem Modul: Wo werde ich gebraucht?</caption>
                  <thead>
                    <tr>
                      <th scope="col">Modul</th>
                      <th scope="col">Themenfeld</th>
                      <th scope="col">Stand</th>
                      <th scope="col">Gebucht</th>
                    </tr>
                  </thead>
                  <tbody>
                    {p.module.nodes.map((m) => (
                      <tr key={m.id}>
                        <th scope="row">
                          <Link to={paths.modul(m.id)}>{m.title}</Link>
                        </th>
                        <td>{themeLabel[m.theme]}</td>
                        <td>
                          {modulStatusLabel[m.status]}
                          {m.status === 'DRAFT' && m.reviewNote && <> (zurückgegeben)</>}
                        </td>
                        <td>
                          {m.booked} von {m.capacity}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
