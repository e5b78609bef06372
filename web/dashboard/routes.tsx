// The route table: one home per role (the start page leads there), and the pages the
// roles share. The Servicestelle's desk lives below /servicestelle/; coordinators
// start on its curation queue (restricted to their Themenfelder).
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
import { CurationPage } from './pages/desk/CurationPage';
import { DeskPage } from './pages/desk/DeskPage';
import { FundingPage } from './pages/desk/FundingPage';
import { GapsPage } from './pages/desk/GapsPage';
import { InstitutionEdit } from './pages/desk/InstitutionEdit';
import { InstitutionsPage } from './pages/desk/InstitutionsPage';
import { KeysPage } from './pages/desk/KeysPage';
import { NetworkPage } from './pages/desk/NetworkPage';
import { OverduePage } from './pages/desk/OverduePage';
import { PartnerEdit } from './pages/desk/PartnerEdit';
import { PartnersPage } from './pages/desk/PartnersPage';

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
    case 'SERVICESTELLE':
      return paths.desk();
    case 'COORDINATOR':
      return paths.curation();
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
        Für Ihre Rolle gibt es im Dashboard keine eigene Ansicht. Servicestelle, Koordination, Campus-Management, Einrichtungen
        und Bildungspartner*innen finden hier ihre Seiten.
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
        <Route path="servicestelle" element={<DeskPage />} />
        <Route path="servicestelle/pruefung" element={<CurationPage />} />
        <Route path="servicestelle/ueberfaellig" element={<OverduePage />} />
        <Route path="servicestelle/luecken" element={<GapsPage />} />
        <Route path="servicestelle/foerderung" element={<FundingPage />} />
        <Route path="servicestelle/partner" element={<PartnersPage />} />
        <Route path="servicestelle/partner/neu" element={<PartnerEdit />} />
        <Route path="servicestelle/partner/:id" element={<PartnerEdit />} />
        <Route path="servicestelle/einrichtungen" element={<InstitutionsPage />} />
        <Route path="servicestelle/einrichtungen/neu" element={<InstitutionEdit />} />
        <Route path="servicestelle/einrichtungen/:id" element={<InstitutionEdit />} />
        <Route path="servicestelle/schluessel" element={<KeysPage />} />
        <Route path="servicestelle/netzwerk" element={<NetworkPage />} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
