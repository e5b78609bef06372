// German names of the schema's values, for everything the dashboard shows.
import type {
  AgeBand,
  AnfrageParty,
  AnfrageReasonCode,
  AnfrageStatus,
  BedarfPriority,
  BedarfStatus,
  BudgetCategory,
  CostUnit,
  DeliveryMode,
  Format,
  FundingSource,
  InstitutionType,
  ModulStatus,
  PartnerKind,
  Role,
  ScoreFactor,
  Theme,
  TimeSlot,
  Weekday,
} from '../gql/graphql';

export const themeLabel: Record<Theme, string> = {
  SPORT_GESUNDHEIT: 'Sport/Gesundheit',
  MINT_DIGITALES: 'MINT/Digitales',
  DEMOKRATIEFOERDERUNG: 'Demokratieförderung',
  SOZIALKOMPETENZ: 'Sozialkompetenz',
  BNE: 'BNE',
  MUSIK_KULTUR: 'Musik/Kultur',
};
export const themes = Object.keys(themeLabel) as Theme[];

export const ageBandLabel: Record<AgeBand, string> = {
  U3: 'unter 3',
  KITA: '3–5',
  GRUNDSCHULE: '6–10',
  JUGEND: '11–17',
  JUNGE_ERWACHSENE: '18–27',
};
/** The age bands with their ages, youngest first. */
export const ageBands: { band: AgeBand; min: number; max: number }[] = [
  { band: 'U3', min: 0, max: 2 },
  { band: 'KITA', min: 3, max: 5 },
  { band: 'GRUNDSCHULE', min: 6, max: 10 },
  { band: 'JUGEND', min: 11, max: 17 },
  { band: 'JUNGE_ERWACHSENE', min: 18, max: 27 },
];

/** ageBandOf is the band an age range overlaps most (the first of equals), as coverage counts it. */
export function ageBandOf(r: { min: number; max: number }): AgeBand {
  let best = ageBands[0];
  let most = -1;
  for (const b of ageBands) {
    const overlap = Math.min(r.max, b.max) - Math.max(r.min, b.min) + 1;
    if (overlap > most) {
      best = b;
      most = overlap;
    }
  }
  return best.band;
}

export const roleLabel: Record<Role, string> = {
  PARTNER: 'Bildungspartner*in',
  INSTITUTION: 'Einrichtung',
  CAMPUS_MANAGER: 'Campus-Management',
  COORDINATOR: 'Koordination',
  SERVICESTELLE: 'Servicestelle',
  SYSTEM: 'System',
};

export const anfrageStatusLabel: Record<AnfrageStatus, string> = {
  REQUESTED: 'Angefragt',
  ACCEPTED: 'Angenommen',
  AGREED: 'Vereinbart',
  DONE: 'Durchgeführt',
  DECLINED: 'Abgelehnt',
  WITHDRAWN: 'Zurückgezogen',
  CANCELLED: 'Storniert',
};

export const partyLabel: Record<AnfrageParty, string> = {
  INSTITUTION: 'Einrichtung',
  PARTNER: 'Partner',
  BOTH: 'beide Seiten',
  SERVICESTELLE: 'Servicestelle',
};

export const reasonLabel: Record<AnfrageReasonCode, string> = {
  FULLY_BOOKED: 'Ausgebucht',
  SCHEDULE: 'Termine passen nicht',
  TARGET_GROUP: 'Zielgruppe passt nicht',
  LOCATION: 'Ort passt nicht',
  FUNDING: 'Finanzierung nicht gesichert',
  NO_LONGER_NEEDED: 'Nicht mehr benötigt',
  REROUTED: 'Umgeleitet',
  OTHER: 'Anderer Grund',
};

export const bedarfStatusLabel: Record<BedarfStatus, string> = { OPEN: 'Offen', COVERED: 'Gedeckt', CLOSED: 'Geschlossen' };

export const priorityLabel: Record<BedarfPriority, string> = { LOW: 'niedrig', MEDIUM: 'mittel', HIGH: 'hoch' };
export const priorities: BedarfPriority[] = ['HIGH', 'MEDIUM', 'LOW'];

export const modulStatusLabel: Record<ModulStatus, string> = {
  DRAFT: 'Entwurf',
  IN_REVIEW: 'In Prüfung',
  PUBLISHED: 'Veröffentlicht',
  ARCHIVED: 'Archiviert',
};

export const budgetCategoryLabel: Record<BudgetCategory, string> = {
  PROZESSBEGLEITUNG_EVALUATION: 'Prozessbegleitung und Evaluation',
  PROJEKTE: 'Projekte',
  FORTBILDUNGEN: 'Fortbildungen',
  MATERIALIEN: 'Materialien',
  VERANSTALTUNGEN: 'Veranstaltungen',
};
export const budgetCategories = Object.keys(budgetCategoryLabel) as BudgetCategory[];

export const fundingLabel: Record<FundingSource, string> = {
  OWN_BUDGET: 'Eigenes Budget der Einrichtung',
  CAMPUS_BUDGET: 'Budget des Kindercampus',
  PROGRAMME: 'Förderprogramm',
};

export const institutionTypeLabel: Record<InstitutionType, string> = {
  KITA: 'Kita',
  GRUNDSCHULE: 'Grundschule',
  JUGENDFREIZEITSTAETTE: 'Jugendfreizeitstätte',
  FAMILIENZENTRUM: 'Familienzentrum',
  BERATUNGSSTELLE: 'Beratungsstelle',
  FAMILIENBUERO: 'Familienbüro',
  SONSTIGE: 'Sonstige',
};
export const institutionTypes = Object.keys(institutionTypeLabel) as InstitutionType[];

export const partnerKindLabel: Record<PartnerKind, string> = {
  VEREIN: 'Verein',
  SPORTVEREIN: 'Sportverein',
  JUGENDHILFETRAEGER: 'Träger der Jugendhilfe',
  KULTUREINRICHTUNG: 'Kultureinrichtung',
  BILDUNGSEINRICHTUNG: 'Bildungseinrichtung',
  BERATUNGSSTELLE: 'Beratungsstelle',
  INITIATIVE: 'Initiative',
  STIFTUNG: 'Stiftung',
  UNTERNEHMEN: 'Unternehmen',
  OEFFENTLICHE_EINRICHTUNG: 'Öffentliche Einrichtung',
  SONSTIGE: 'Sonstige',
};

export const formatLabel: Record<Format, string> = {
  AG: 'AG',
  WORKSHOP: 'Workshop',
  PROJEKTTAG: 'Projekttag',
  PROJEKTWOCHE: 'Projektwoche',
  KURS: 'Kurs',
  ELTERNANGEBOT: 'Elternangebot',
  FORTBILDUNG: 'Fortbildung',
  FERIENANGEBOT: 'Ferienangebot',
  BERATUNG: 'Beratung',
  VERANSTALTUNG: 'Veranstaltung',
  OFFENES_ANGEBOT: 'Offenes Angebot',
};
export const formats = Object.keys(formatLabel) as Format[];

export const deliveryModeLabel: Record<DeliveryMode, string> = {
  AT_INSTITUTION: 'In der Einrichtung',
  AT_PARTNER: 'Beim Partner',
  ONLINE: 'Online',
};
export const deliveryModes = Object.keys(deliveryModeLabel) as DeliveryMode[];

export const costUnitLabel: Record<CostUnit, string> = {
  PER_SESSION: 'pro Termin',
  PER_PARTICIPANT: 'pro Teilnehmer*in',
  PER_BOOKING: 'pro Buchung',
};

export const weekdayLabel: Record<Weekday, string> = {
  MONDAY: 'Montag',
  TUESDAY: 'Dienstag',
  WEDNESDAY: 'Mittwoch',
  THURSDAY: 'Donnerstag',
  FRIDAY: 'Freitag',
  SATURDAY: 'Samstag',
  SUNDAY: 'Sonntag',
};
export const weekdays = Object.keys(weekdayLabel) as Weekday[];

export const timeSlotLabel: Record<TimeSlot, string> = {
  MORNING: 'Vormittag',
  MIDDAY: 'Mittag',
  AFTERNOON: 'Nachmittag',
  EVENING: 'Abend',
};
export const timeSlots = Object.keys(timeSlotLabel) as TimeSlot[];

export const factorLabel: Record<ScoreFactor, string> = {
  THEME_FIT: 'Themenpassung',
  AGE_FIT: 'Alterspassung',
  PROXIMITY: 'Nähe',
  SCHEDULE_FIT: 'Terminpassung',
  SOCIAL_PRIORITY: 'Soziale Priorität',
  LOCAL_EMBEDDEDNESS: 'Lokale Verankerung',
  CAPACITY_HEADROOM: 'Freie Kapazität',
  COST: 'Kosten',
};
