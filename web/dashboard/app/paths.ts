// The dashboard's routes (below /dashboard/), one function per page, so that links and
// the route table (routes.tsx) agree.
const e = encodeURIComponent;

export const paths = {
  start: () => '/',
  campus: (kc: string) => `/campus/${e(kc)}`,
  institution: (ins: string) => `/einrichtung/${e(ins)}`,
  newBedarf: (ins: string) => `/einrichtung/${e(ins)}/bedarf/neu`,
  bedarf: (ins: string, bed: string) => `/einrichtung/${e(ins)}/bedarf/${e(bed)}`,
  editBedarf: (ins: string, bed: string) => `/einrichtung/${e(ins)}/bedarf/${e(bed)}/bearbeiten`,
  newAnfrage: (ins: string, bed: string, mod: string) => `/einrichtung/${e(ins)}/bedarf/${e(bed)}/anfrage/${e(mod)}`,
  anfrage: (anf: string) => `/anfrage/${e(anf)}`,
  partner: (par: string) => `/partner/${e(par)}`,
  newModul: (par: string) => `/partner/${e(par)}/modul/neu`,
  modul: (mod: string) => `/modul/${e(mod)}`,
  editModul: (mod: string) => `/modul/${e(mod)}/bearbeiten`,
  // the Servicestelle's desk (coordinators see the queue, the map and the network)
  desk: () => '/servicestelle',
  curation: () => '/servicestelle/pruefung',
  overdue: () => '/servicestelle/ueberfaellig',
  gaps: (bezirk?: string) => '/servicestelle/luecken' + (bezirk ? `?bezirk=${e(bezirk)}` : ''),
  funding: (year?: number) => '/servicestelle/foerderung' + (year ? `?jahr=${year}` : ''),
  partners: () => '/servicestelle/partner',
  newPartner: () => '/servicestelle/partner/neu',
  editPartner: (par: string) => `/servicestelle/partner/${e(par)}`,
  institutions: () => '/servicestelle/einrichtungen',
  newInstitution: () => '/servicestelle/einrichtungen/neu',
  editInstitution: (ins: string) => `/servicestelle/einrichtungen/${e(ins)}`,
  keys: () => '/servicestelle/schluessel',
  network: () => '/servicestelle/netzwerk',
};
