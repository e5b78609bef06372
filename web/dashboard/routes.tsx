// The route table: one home per role (the start page leads there), and the pages the
// roles share. A further role's desk (the Servicestelle's, issue 15) is one more
// entry in roleHome and its routes here.
import { Navigate, Route, Routes } from 'react-router';

import { paths } from './app/paths';
import type { Session } from './app/session';
import { useSession } from './app/session-context';
import { Layout } from './components/Layout';
import { Page } from './components/Page';
import { AnfrageNew } from './pages/AnfrageNew';
import { AnfragePage } from './pages/AnfragePage';
import { BedarfEdit } from './pages/BedarfEdit';
import { BedarfPage } from './pages/BedarfPage';
import { CampusPage } from './pages/CampusPage';
import { InstitutionPage } from './pages/InstitutionPage';
import { ModulEdit } from './pages/ModulEdit';
import { ModulPage } from './pages/ModulPage';
import { PartnerPage } from './pages/PartnerPage';

/** roleHome is the page a role starts on, or null when the dashboard has none for it yet. */
export function roleHome(s: Session): string | null {
  const { partnerId, institutionId, kindercampusId } = s.scope;
  switch (s.role) {
    case 'CAMPUS_MANAGER':
      return kindercampusId ? paths.campus(kindercampusId) : null;
    case 'INSTITUTION':
      return institutionId ? paths.institution(institutionId) : null;
    case 'PARTNER':
      return partnerId ? paths.partner(partnerId) : null;
    default:
      return null;
  }
}

function Start() {
  const home = roleHome(useSession());
  if (home) return <Navigate to={home} replace />;
  return (
    <Page title="Übersicht">
      <p>
        Für Ihre Rolle gibt es im Campus-Dashboard noch keine eigene Ansicht. Campus-Management, Einrichtungen und
        Bildungspartner*innen finden hier ihre Seiten; die Ansicht der Servicestelle folgt.
      </p>
    </Page>
  );
}

function NotFound() {
  return (
    <Page title="Seite nicht gefunden">
      <p>Diese Seite gibt es im Dashboard nicht.</p>
    </Page>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Start />} />
        <Route path="campus/:id" element={<CampusPage />} />
        <Route path="einrichtung/:ins" element={<InstitutionPage />} />
        <Route path="einrichtung/:ins/bedarf/neu" element={<BedarfEdit />} />
        <Route path="einrichtung/:ins/bedarf/:bed" element={<BedarfPage />} />
        <Route path="einrichtung/:ins/bedarf/:bed/bearbeiten" element={<BedarfEdit />} />
        <Route path="einrichtung/:ins/bedarf/:bed/anfrage/:mod" element={<AnfrageNew />} />
        <Route path="anfrage/:id" element={<AnfragePage />} />
        <Route path="partner/:id" element={<PartnerPage />} />
        <Route path="partner/:par/modul/neu" element={<ModulEdit />} />
        <Route path="modul/:id" element={<ModulPage />} />
        <Route path="modul/:id/bearbeiten" element={<ModulEdit />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
