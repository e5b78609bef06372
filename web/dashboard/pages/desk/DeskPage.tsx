// The Servicestelle's desk at a glance: what waits (Module in review, overdue
// Anfragen, open needs, keys) with a link to each part, and its notifications. One
// request.
import { Link } from 'react-router';

import { DeskPageDocument } from '../../gql/graphql';
import { useData } from '../../app/data';
import { paths } from '../../app/paths';
import { Notifications } from '../../components/Notifications';
import { Page } from '../../components/Page';

export function DeskPage() {
  const q = useData(DeskPageDocument, {}, { live: true });
  const d = q.data;
  return (
    <Page title="Schreibtisch der Servicestelle" kicker="Servicestelle Bildungspartnerschaften" reads={[q]}>
      {d && (
        <>
          <ul className="kacheln">
            <Tile to={paths.curation()} count={d.inReview.totalCount} label="Module in Prüfung" hint="veröffentlichen oder mit Hinweis zurückgeben" />
            <Tile to={paths.overdue()} count={d.overdue.totalCount} label="Überfällige Anfragen" hint="umleiten an das nächstbeste Modul" urgent={d.overdue.totalCount > 0} />
            <Tile to={paths.gaps()} count={d.openBedarfe.totalCount} label="Offene Bedarfe" hint="Karte der Versorgungslücken" />
            <Tile to={paths.funding()} label="Förderung" hint="Controlling, Förderanträge, CSV" />
            <Tile to={paths.network()} label="Kooperationsnetz" hint="wer mit wem arbeitet, Auswertung" />
            <Tile to={paths.keys()} count={d.activeKeys.totalCount} label="Aktive API-Schlüssel" hint="anlegen und sperren" />
            <Tile to={paths.partners()} label="Partner" hint="anlegen und bearbeiten" />
            <Tile to={paths.institutions()} label="Einrichtungen" hint="anlegen und bearbeiten" />
          </ul>
          <Notifications unread={d.viewer.unreadNotificationCount} items={d.viewer.notifications.nodes} />
        </>
      )}
    </Page>
  );
}

function Tile({ to, count, label, hint, urgent }: { to: string; count?: number; label: string; hint: string; urgent?: boolean }) {
  return (
    <li className={'kachel' + (urgent ? ' dringend' : '')}>
      <Link to={to}>
        {count !== undefined && <span className="kachel-zahl">{count}</span>} <span className="kachel-titel">{label}</span>
      </Link>
      <span className="leise-text">{hint}</span>
    </li>
  );
}
