// The frame of every page: a link to skip to the content, the service's name, who is
// signed in, the links of the role and the sign-out.
import { useState } from 'react';
import { NavLink, Outlet } from 'react-router';

import { signOut, type Session } from '../app/session';
import { useSession } from '../app/session-context';
import { roleLabel } from '../app/labels';
import { paths } from '../app/paths';

/** navigation lists a role's own pages. */
function navigation(s: Session): { to: string; label: string }[] {
  const { partnerId, institutionId, kindercampusId } = s.scope;
  switch (s.role) {
    case 'CAMPUS_MANAGER':
      return kindercampusId ? [{ to: paths.campus(kindercampusId), label: 'Campus' }] : [];
    case 'INSTITUTION':
      return institutionId
        ? [
            { to: paths.institution(institutionId), label: 'Einrichtung' },
            { to: paths.newBedarf(institutionId), label: 'Bedarf erfassen' },
          ]
        : [];
    case 'PARTNER':
      return partnerId
        ? [
            { to: paths.partner(partnerId), label: 'Module und Anfragen' },
            { to: paths.newModul(partnerId), label: 'Modul anlegen' },
          ]
        : [];
    case 'SERVICESTELLE':
      return [
        { to: paths.desk(), label: 'Schreibtisch' },
        { to: paths.curation(), label: 'Prüfung' },
        { to: paths.overdue(), label: 'Umleiten' },
        { to: paths.gaps(), label: 'Lücken' },
        { to: paths.funding(), label: 'Förderung' },
        { to: paths.network(), label: 'Netzwerk' },
        { to: paths.partners(), label: 'Partner' },
        { to: paths.institutions(), label: 'Einrichtungen' },
        { to: paths.keys(), label: 'Schlüssel' },
      ];
    case 'COORDINATOR':
      return [
        { to: paths.curation(), label: 'Prüfung' },
        { to: paths.gaps(), label: 'Lücken' },
        { to: paths.network(), label: 'Netzwerk' },
      ];
    default:
      return [{ to: paths.start(), label: 'Übersicht' }];
  }
}

export function Layout() {
  const session = useSession();
  const [leaving, setLeaving] = useState(false);
  const links = navigation(session);
  return (
    <>
      <a className="sprung" href="#inhalt">
        Zum Inhalt springen
      </a>
      <header className="kopf">
        <div className="kopf-innen">
          <p className="marke">
            Drehscheibe <span>Bildungspartnerschaften Dortmund</span>
          </p>
          <nav aria-label="Hauptnavigation">
            <ul>
              {links.map((l) => (
                <li key={l.to}>
                  <NavLink to={l.to} end>
                    {l.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="wer">
            <span>
              {session.name} <small>({roleLabel[session.role]})</small>
            </span>
            <button
              type="button"
              className="leise"
              disabled={leaving}
              onClick={() => {
                setLeaving(true);
                void signOut();
              }}
            >
              {leaving ? 'Abmelden …' : 'Abmelden'}
            </button>
          </div>
        </div>
      </header>
      <main id="inhalt" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="fuss">
        <p>
          Drehscheibe – Servicestelle Bildungspartnerschaften der Stadt Dortmund ·{' '}
          <a href="../assets/third-party-licenses.txt">Lizenzen der verwendeten Software</a>
        </p>
      </footer>
    </>
  );
}
