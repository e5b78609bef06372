/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An address given by a client. */
export type AddressInput = {
  /** Ort. */
  city?: string | null | undefined;
  /** Land: ISO 3166-1 alpha-2 code ("NL", "BE"); absent or null: Germany (DE). It sets the postal-code rule and the country of phone numbers written without a country code. */
  country?: string | null | undefined;
  /** Hausnummer. */
  houseNumber?: string | null | undefined;
  /** Postleitzahl: five digits in Germany; abroad 3–10 letters, digits, spaces or hyphens with a digit ("1012 AB", "L-1234"). */
  postalCode?: string | null | undefined;
  /** Straße. */
  street?: string | null | undefined;
};

/** Altersband: coarse age group. */
export type AgeBand =
  /** Grundschulalter (6–10). */
  | 'GRUNDSCHULE'
  /** Jugendliche (11–17). */
  | 'JUGEND'
  /** Junge Erwachsene (18–27). */
  | 'JUNGE_ERWACHSENE'
  /** Kita-Alter (3–5). */
  | 'KITA'
  /** Unter 3 Jahre (0–2). */
  | 'U3';

/** An age range given by a client. */
export type AgeRangeInput = {
  /** Oldest age (0–27). */
  max: number;
  /** Youngest age (0–27). */
  min: number;
};

/** A side of an Anfrage. */
export type AnfrageParty =
  /** Both sides (each still has to act). */
  | 'BOTH'
  /** The institution (and its campus management). */
  | 'INSTITUTION'
  /** The Modul's partner. */
  | 'PARTNER'
  /** The Servicestelle, acting for a side. */
  | 'SERVICESTELLE';

/** Why a request was declined, withdrawn or cancelled. */
export type AnfrageReasonCode =
  /** Ausgebucht. */
  | 'FULLY_BOOKED'
  /** The funding is not secured. */
  | 'FUNDING'
  /** The place does not fit. */
  | 'LOCATION'
  /** No longer needed. */
  | 'NO_LONGER_NEEDED'
  /** Another reason (the text says which). */
  | 'OTHER'
  /** Re-routed to another offer by the Servicestelle. */
  | 'REROUTED'
  /** The dates do not fit. */
  | 'SCHEDULE'
  /** The target group does not fit. */
  | 'TARGET_GROUP';

/** State of an Anfrage. */
export type AnfrageStatus =
  /** Angenommen: one unit of the Modul's capacity is reserved; both sides confirm the Kooperationsvereinbarung next. */
  | 'ACCEPTED'
  /** Vereinbart: both sides confirmed the same revision of the agreement. */
  | 'AGREED'
  /** Storniert after acceptance (final); the capacity is released. */
  | 'CANCELLED'
  /** Abgelehnt by the partner (final). */
  | 'DECLINED'
  /** Durchgeführt: the outcome is recorded. */
  | 'DONE'
  /** Angefragt: the partner answers next. */
  | 'REQUESTED'
  /** Zurückgezogen by the institution before an answer (final). */
  | 'WITHDRAWN';

/** Names an Anfrage at the version read. */
export type AnfrageTransitionInput = {
  /** Which Anfrage. */
  id: string | number;
  /** The version you read. */
  version: number;
};

/** Where an application to a programme stands. */
export type AntragStatus =
  /** Approved. */
  | 'APPROVED'
  /** Rejected (see the note). */
  | 'REJECTED'
  /** Applied for; the Servicestelle decides. */
  | 'SUBMITTED';

/** Dringlichkeit of a Bedarf for the institution. */
export type BedarfPriority =
  /** Hoch. */
  | 'HIGH'
  /** Niedrig. */
  | 'LOW'
  /** Mittel. */
  | 'MEDIUM';

/** Status of a Bedarf. */
export type BedarfStatus =
  /** Geschlossen: no longer needed. */
  | 'CLOSED'
  /** Gedeckt: an offer covers it. */
  | 'COVERED'
  /** Offen: still looking for an offer. */
  | 'OPEN';

/** Whether the betweenness of a network was computed. */
export type BetweennessStatus =
  /** Computed: the nodes' `betweenness` and `bridges` are there. */
  | 'COMPUTED'
  /** Not computed: the query selects neither `betweenness` nor `bridges`. */
  | 'NOT_SELECTED'
  /**
   * Being computed in the background (a large network whose graph changed, the first
   * time); `betweenness` is null and `bridges` empty until then. Ask again in a minute.
   */
  | 'PENDING'
  /** Not computed: the network is too large (above about 30 seconds of computing). */
  | 'SKIPPED';

/** Budget line of a Kindercampus (council paper 24046-22). */
export type BudgetCategory =
  /** Fortbildungen. */
  | 'FORTBILDUNGEN'
  /** Materialien. */
  | 'MATERIALIEN'
  /** Projekte. */
  | 'PROJEKTE'
  /** Prozessbegleitung/Moderation und Evaluation. */
  | 'PROZESSBEGLEITUNG_EVALUATION'
  /** Veranstaltungen. */
  | 'VERANSTALTUNGEN';

/** Confirms the current revision of an agreement. */
export type ConfirmVereinbarungInput = {
  /** The `contentHash` of the revision you read and confirm. */
  contentHash: string;
  /** Which Anfrage. */
  id: string | number;
  /** For the Servicestelle: the side it confirms for (INSTITUTION or PARTNER). */
  side?: AnfrageParty | null | undefined;
  /** The version you read. */
  version: number;
};

/** A contact person given by a client. */
export type ContactInput = {
  /** E-Mail. */
  email?: string | null | undefined;
  /** Name. */
  name?: string | null | undefined;
  /** Telefon in any usual notation: "(0231) 50-12345", "0231.5012345", "+31 53 123 4567". Without a country code it is read as a number of the address's country (Germany by default); it must be a valid number of that numbering plan. Kept as typed, and in E.164 (Contact.phoneE164). */
  phone?: string | null | undefined;
};

/** Kosteneinheit: what the price refers to. */
export type CostUnit =
  /** Pro Buchung (per booking, all sessions). */
  | 'PER_BOOKING'
  /** Pro Teilnehmer*in (per participant). */
  | 'PER_PARTICIPANT'
  /** Pro Termin (per session). */
  | 'PER_SESSION';

/** A new request. */
export type CreateAnfrageInput = {
  /** The need it answers (of the same institution, not closed). */
  bedarfId?: string | number | null | undefined;
  /** The institution's contact for this request (default: the institution's contact); e-mail or phone required. */
  contact?: ContactInput | null | undefined;
  /**
   * Who pays which part (default: all the institution's own budget). A campus line only by
   * the campus management or the Servicestelle; a programme only as far as it pays for
   * this request (see `Recommendation.funding`).
   */
  funding?: Array<FundingShareInput> | null | undefined;
  /** Number of participants (1–500; default: the need's group size, or the Modul's smallest group). */
  groupSize?: number | null | undefined;
  /** The requesting institution. */
  institutionId: string | number;
  /** Message to the partner (at most 2,000 characters). */
  message?: string | null | undefined;
  /** The requested Modul (published, with capacity left). */
  modulId: string | number;
  /** When it is to take place (both days required). */
  period: PeriodInput;
  /** Number of sessions (1–500; default: the Modul's, or 1). */
  sessions?: number | null | undefined;
  /** Weekly slots. */
  slots?: Array<ScheduleSlotInput> | null | undefined;
};

/** A new API key. */
export type CreateApiKeyInput = {
  /** When it stops working (at most five years ahead); null = never. */
  expiresAt?: string | null | undefined;
  /** INSTITUTION keys: the institution it acts for. */
  institutionId?: string | number | null | undefined;
  /** CAMPUS_MANAGER keys: the Kindercampus it acts for. */
  kindercampusId?: string | number | null | undefined;
  /** Who or what will use it. */
  name: string;
  /** PARTNER keys: the partner it acts for. */
  partnerId?: string | number | null | undefined;
  /** What it may do. */
  role: Role;
  /** COORDINATOR keys: the Themenfelder it curates. */
  themes?: Array<Theme> | null | undefined;
};

/** A new need. */
export type CreateBedarfInput = {
  /** Ages of the children (0–27); they must overlap the ages the institution serves (no 18–27 at a Kita for 0–6). */
  ageRange: AgeRangeInput;
  /** Budget per booking in euro cents. */
  budgetCent?: number | null | undefined;
  /** Expected number of participants (1–500). */
  groupSize: number;
  /** The institution that has it. */
  institutionId: string | number;
  /** Schlagworte. */
  keywords?: Array<string> | null | undefined;
  /** Notes. */
  notes?: string | null | undefined;
  /** Dringlichkeit (default MEDIUM). */
  priority?: BedarfPriority | null | undefined;
  /** Weekly slots the institution can offer; empty means flexible. */
  slots?: Array<ScheduleSlotInput> | null | undefined;
  /** Themenfeld. */
  theme: Theme;
  /** Short name. */
  title: string;
};

/** A new institution. */
export type CreateInstitutionInput = {
  /** Anschrift. */
  address?: AddressInput | null | undefined;
  /** Ages served (0–27). */
  ageRange: AgeRangeInput;
  /** Number of children (a count). */
  children?: number | null | undefined;
  /** Contact person. */
  contact?: ContactInput | null | undefined;
  /** Also a Familienzentrum. */
  familienzentrum?: boolean;
  /** Family languages: ISO 639 codes, with a script or region where it matters (de, tr, ar, zh-Hant); stored in canonical form. */
  languages?: Array<string> | null | undefined;
  /** Standort: inside the service area and in its Quartier (at most 1 km outside its outline, or 5 km from its centre when no outline is known). */
  location?: GeoPointInput | null | undefined;
  /** Name. */
  name: string;
  /** Offener Ganztag (Grundschulen only). */
  ogs?: boolean;
  /** The Quartier it lies in. */
  quartierId: string | number;
  /** Träger. */
  traeger?: string | null | undefined;
  /** Kind. */
  type: InstitutionType;
  /** Web site: http or https with a host name; without a scheme ("www.awo-dortmund.de") https:// is put in front. */
  website?: string | null | undefined;
};

/** A new Modul; it starts as a draft. */
export type CreateModulInput = {
  /** Ages (0–27). */
  ageRange: AgeRangeInput;
  /** Bookings per period. */
  capacity: number;
  /** Price per unit in euro cents (0 = free). */
  costCent?: number;
  /** What the price refers to. */
  costUnit?: CostUnit;
  /** Where it can take place (at least one). */
  deliveryModes: Array<DeliveryMode>;
  /** Beschreibung. */
  description: string;
  /** Formats (at least one). */
  formats: Array<Format>;
  /** Förderfähig. */
  fundable?: boolean;
  /** Which funding fits. */
  fundingNote?: string | null | undefined;
  /** Further Themenfelder. */
  furtherThemes?: Array<Theme> | null | undefined;
  /** Participants per group. */
  groupSize: GroupSizeInput;
  /** Notes on inclusion and accessibility. */
  inclusion?: string | null | undefined;
  /** Works with parents. */
  involvesParents?: boolean;
  /** Languages it can be held in. */
  languages?: Array<string> | null | undefined;
  /** The partner offering it. */
  partnerId: string | number;
  /** When it takes place. */
  schedule?: ScheduleInput | null | undefined;
  /** Schlagworte (at most 20, each at most 60 characters). */
  tags?: Array<string> | null | undefined;
  /** Institution types (at least one). */
  targetTypes: Array<InstitutionType>;
  /** Primary Themenfeld. */
  theme: Theme;
  /** Titel (at most 150 characters). */
  title: string;
};

/** A new partner. */
export type CreatePartnerInput = {
  /** Anschrift. */
  address?: AddressInput | null | undefined;
  /** Contact person. */
  contact?: ContactInput | null | undefined;
  /** Self-description. */
  description?: string | null | undefined;
  /** Kind of organisation. */
  kind: PartnerKind;
  /** Languages: ISO 639 codes, with a script or region where it matters (de, tr, ar, zh-Hant); stored in canonical form. */
  languages?: Array<string> | null | undefined;
  /** Standort (needed for a radius): at most 100 km from the service area (partners may sit in neighbouring cities or abroad). */
  location?: GeoPointInput | null | undefined;
  /** Name (unique: names that differ only in Unicode form, case, ß and ss, umlaut spelling, accents, punctuation, spacing or invisible characters are the same name; at least one letter or digit). */
  name: string;
  /** Where it brings its offers. */
  serviceArea?: ServiceAreaInput | null | undefined;
  /** Themenfelder (at least one). */
  themes: Array<Theme>;
  /** Web site: http or https with a host name; without a scheme ("www.awo-dortmund.de") https:// is put in front. */
  website?: string | null | undefined;
};

/** The Servicestelle's decision on an application to one programme. */
export type DecideFoerderantragInput = {
  /** Approve (true) or reject (false). */
  approve: boolean;
  /** The request. */
  id: string | number;
  /** Note (required to reject; at most 4,000 characters). */
  note?: string | null | undefined;
  /** The programme. */
  programmeId: string | number;
  /** The version you read. */
  version: number;
};

/** Declines a request. */
export type DeclineAnfrageInput = {
  /** Which Anfrage. */
  id: string | number;
  /** Explanation for the institution. */
  reason?: string | null | undefined;
  /** Why (OTHER needs a text). */
  reasonCode: AnfrageReasonCode;
  /** The version you read. */
  version: number;
};

/** Durchführungsort: where a Modul takes place. */
export type DeliveryMode =
  /** In der Einrichtung: the partner comes to the institution. */
  | 'AT_INSTITUTION'
  /** Beim Partner: the group goes to the partner. */
  | 'AT_PARTNER'
  /** Online. */
  | 'ONLINE';

/** Format: the kind of offer. */
export type Format =
  /** Arbeitsgemeinschaft: a regular group, e.g. weekly in the OGS. */
  | 'AG'
  /** Beratung: counselling. */
  | 'BERATUNG'
  /** Elternangebot: an offer for or with parents. */
  | 'ELTERNANGEBOT'
  /** Ferienangebot: a holiday programme. */
  | 'FERIENANGEBOT'
  /** Fortbildung: training for educational staff. */
  | 'FORTBILDUNG'
  /** Kurs: a course with a fixed number of sessions. */
  | 'KURS'
  /** Offenes Angebot: drop-in, no registration. */
  | 'OFFENES_ANGEBOT'
  /** Projekttag: a single project day. */
  | 'PROJEKTTAG'
  /** Projektwoche: a project week. */
  | 'PROJEKTWOCHE'
  /** Veranstaltung: an event (festival, performance, excursion). */
  | 'VERANSTALTUNG'
  /** Workshop: one or a few sessions on a topic. */
  | 'WORKSHOP';

/** A share of the costs given by a client. */
export type FundingShareInput = {
  /** Amount in euro cents; absent: what the other shares leave of the costs (one share at most). */
  amountCent?: number | null | undefined;
  /** The campus budget line (CAMPUS_BUDGET only). */
  category?: BudgetCategory | null | undefined;
  /** The programme (PROGRAMME only). */
  programmeId?: string | number | null | undefined;
  /** Source. */
  source: FundingSource;
};

/** Who pays a share of a request's costs. */
export type FundingSource =
  /** A budget line of the institution's Kindercampus (committed by its campus management). */
  | 'CAMPUS_BUDGET'
  /** The institution's own budget. */
  | 'OWN_BUDGET'
  /** A Förderprogramm (see `foerderprogramme`). */
  | 'PROGRAMME';

/** A coordinate given by a client; must lie in the Dortmund region. */
export type GeoPointInput = {
  /** Breitengrad (latitude). */
  lat: number;
  /** Längengrad (longitude). */
  lon: number;
};

/** A group size given by a client. */
export type GroupSizeInput = {
  /** Most participants. */
  max: number;
  /** Fewest participants (at least 1). */
  min: number;
};

/** Art der Institution: the kind of an institution. */
export type InstitutionType =
  /** Beratungsstelle (counselling centre). */
  | 'BERATUNGSSTELLE'
  /** Familienbüro (the city's family office in a district). */
  | 'FAMILIENBUERO'
  /** Familienzentrum (family centre). */
  | 'FAMILIENZENTRUM'
  /** Grundschule (primary school), often with Offener Ganztag (OGS). */
  | 'GRUNDSCHULE'
  /** Jugendfreizeitstätte (youth centre). */
  | 'JUGENDFREIZEITSTAETTE'
  /** Kindertageseinrichtung (day-care centre). */
  | 'KITA'
  /** Sonstige: any other institution. */
  | 'SONSTIGE';

/** Marks notifications read. */
export type MarkNotificationsReadInput = {
  /** All of yours up to now. */
  all?: boolean | null | undefined;
  /** These (at most 100). */
  ids?: Array<string | number> | null | undefined;
};

/** Lifecycle of a Modul: DRAFT → IN_REVIEW → PUBLISHED → ARCHIVED; IN_REVIEW → DRAFT on rejection. */
export type ModulStatus =
  /** Archiviert: no longer offered; read-only. */
  | 'ARCHIVED'
  /** Entwurf: being written by the partner; not public. */
  | 'DRAFT'
  /** In Prüfung: waiting for a coordinator; not public. */
  | 'IN_REVIEW'
  /** Veröffentlicht: in the public catalogue and in recommendations. */
  | 'PUBLISHED';

/** Names a Modul and the version a lifecycle step is based on. */
export type ModulTransitionInput = {
  /** Which Modul. */
  id: string | number;
  /** The version you read. */
  version: number;
};

/** Art des Partners: the kind of organisation. */
export type PartnerKind =
  /** Beratungsstelle (counselling service). */
  | 'BERATUNGSSTELLE'
  /** Bildungseinrichtung (adult education centre, university, school lab …). */
  | 'BILDUNGSEINRICHTUNG'
  /** Initiative (civic initiative). */
  | 'INITIATIVE'
  /** Träger der Jugendhilfe (youth-welfare provider). */
  | 'JUGENDHILFETRAEGER'
  /** Kultureinrichtung (museum, theatre, library, music school …). */
  | 'KULTUREINRICHTUNG'
  /** Öffentliche Einrichtung (public body). */
  | 'OEFFENTLICHE_EINRICHTUNG'
  /** Sonstige: any other organisation. */
  | 'SONSTIGE'
  /** Sportverein (sports club). */
  | 'SPORTVEREIN'
  /** Stiftung (foundation). */
  | 'STIFTUNG'
  /** Unternehmen (company). */
  | 'UNTERNEHMEN'
  /** Verein (association). */
  | 'VEREIN';

/** A period given by a client. */
export type PeriodInput = {
  /** First day. */
  from?: string | null | undefined;
  /** Last day (not before `from`, at most five years later). */
  to?: string | null | undefined;
};

/** Sends a Modul back to draft. */
export type RejectModulInput = {
  /** Which Modul. */
  id: string | number;
  /** What the partner should change. */
  note: string;
  /** The version you read. */
  version: number;
};

/** Re-routes a request to another Modul. */
export type RerouteAnfrageInput = {
  /** Which Anfrage (REQUESTED, typically overdue, or DECLINED). */
  id: string | number;
  /** A new message to the new partner (default: the old one). */
  message?: string | null | undefined;
  /** The Modul to ask instead. */
  modulId: string | number;
  /** The version you read. */
  version: number;
};

/** Which key to revoke. */
export type RevokeApiKeyInput = {
  /** The key's ID. */
  id: string | number;
};

/** Rolle: what an API key may do. */
export type Role =
  /** Campus-Management: acts for every institution of its Kindercampus; sees its budget. */
  | 'CAMPUS_MANAGER'
  /** Koordination: curates (publishes, rejects, archives) the Module of its Themenfelder. */
  | 'COORDINATOR'
  /** Einrichtung: records its Bedarfe and gets recommendations. */
  | 'INSTITUTION'
  /** Bildungspartner*in: manages its own profile and Module. */
  | 'PARTNER'
  /** Servicestelle Bildungspartnerschaften: everything, including keys and the audit trail. */
  | 'SERVICESTELLE'
  /** The program itself (command line, demo data, imports); no key has this role. */
  | 'SYSTEM';

/** A schedule given by a client. */
export type ScheduleInput = {
  /** Length of one session in minutes (15–600). */
  durationMinutes?: number | null | undefined;
  /** When the Modul is offered. */
  period?: PeriodInput | null | undefined;
  /** Number of sessions per booking. */
  sessions?: number | null | undefined;
  /** Weekly slots; empty means by arrangement. */
  slots?: Array<ScheduleSlotInput>;
};

/** A weekly slot given by a client. */
export type ScheduleSlotInput = {
  /** Zeitfenster. */
  timeSlot: TimeSlot;
  /** Wochentag. */
  weekday: Weekday;
};

/** Faktor: a component of a recommendation's score. Default weights in parentheses. */
export type ScoreFactor =
  /** Alterspassung (0.15): share of the needed ages the Modul covers. */
  | 'AGE_FIT'
  /** Freie Kapazität (0.05): share of the capacity still free. */
  | 'CAPACITY_HEADROOM'
  /** Kosten (0.10): free 1; fundable 0.8 (0.5 above budget); else 1 − ½·cost/budget, or 1/(1+cost/200 €) without a budget. */
  | 'COST'
  /** Lokale Verankerung (0.10): partner already works on this campus 1, in this Quartier 0.8, names the Quartier 0.4. */
  | 'LOCAL_EMBEDDEDNESS'
  /** Nähe (0.10): partner comes 1/(1+km/5); group travels 0.9·(1−km/limit); online 0.4; unknown 0.5. */
  | 'PROXIMITY'
  /** Terminpassung (0.10): share of the needed slots offered; times by arrangement 0.7; a flexible need 1. */
  | 'SCHEDULE_FIT'
  /**
   * Soziale Priorität (0.20): the Quartier's priority × how low-threshold the offer is
   * (0.35 free or 0.28 fundable, 0.30 on site, 0.20 share of the families' languages, 0.15 with parents).
   */
  | 'SOCIAL_PRIORITY'
  /** Themenpassung (0.20): primary (1) or further (0.6) theme; with keywords 0.6·that + 0.4·share of keywords found in title and tags. */
  | 'THEME_FIT';

/** A service area given by a client. */
export type ServiceAreaInput = {
  /** The whole city. */
  citywide?: boolean;
  /** Quartiere served. */
  quartierIds?: Array<string | number>;
  /** Radius in km around the partner's location (0–50; needs a location). */
  radiusKm?: number | null | undefined;
};

/** Themenfeld: the six theme areas of the Modulsystem, each curated by a coordinating unit. */
export type Theme =
  /** BNE: Bildung für nachhaltige Entwicklung (education for sustainable development). */
  | 'BNE'
  /** Demokratieförderung: participation, children's rights, democracy education. */
  | 'DEMOKRATIEFOERDERUNG'
  /** MINT/Digitales: mathematics, computing, science, technology, media. */
  | 'MINT_DIGITALES'
  /** Musik/Kultur: music, theatre, art, reading, cultural education. */
  | 'MUSIK_KULTUR'
  /** Sozialkompetenz: social skills, conflict resolution, prevention. */
  | 'SOZIALKOMPETENZ'
  /** Sport/Gesundheit: movement, sports, nutrition, health. */
  | 'SPORT_GESUNDHEIT';

/** Zeitfenster: a part of the day as institutions plan it. */
export type TimeSlot =
  /** Nachmittag, 14–17 Uhr (OGS). */
  | 'AFTERNOON'
  /** Abend, 17–20 Uhr. */
  | 'EVENING'
  /** Mittag, 12–14 Uhr. */
  | 'MIDDAY'
  /** Vormittag, 8–12 Uhr. */
  | 'MORNING';

/** Changes to an open need: only the fields given change; null clears an optional field. */
export type UpdateBedarfInput = {
  /** Ages of the children. */
  ageRange?: AgeRangeInput | null | undefined;
  /** Budget per booking in euro cents. */
  budgetCent?: number | null | undefined;
  /** Expected number of participants. */
  groupSize?: number | null | undefined;
  /** Which need. */
  id: string | number;
  /** Schlagworte. */
  keywords?: Array<string> | null | undefined;
  /** Notes. */
  notes?: string | null | undefined;
  /** Dringlichkeit. */
  priority?: BedarfPriority | null | undefined;
  /** Weekly slots. */
  slots?: Array<ScheduleSlotInput> | null | undefined;
  /** Themenfeld. */
  theme?: Theme | null | undefined;
  /** Short name. */
  title?: string | null | undefined;
  /** The version you read. */
  version: number;
};

/** Changes to an institution: only the fields given change; null clears an optional field. */
export type UpdateInstitutionInput = {
  /** Anschrift. */
  address?: AddressInput | null | undefined;
  /** Ages served. */
  ageRange?: AgeRangeInput | null | undefined;
  /** Number of children. */
  children?: number | null | undefined;
  /** Contact person. */
  contact?: ContactInput | null | undefined;
  /** Also a Familienzentrum. */
  familienzentrum?: boolean | null | undefined;
  /** Which institution. */
  id: string | number;
  /** Family languages. */
  languages?: Array<string> | null | undefined;
  /** Standort. */
  location?: GeoPointInput | null | undefined;
  /** Name. */
  name?: string | null | undefined;
  /** Offener Ganztag. */
  ogs?: boolean | null | undefined;
  /** The Quartier it lies in. */
  quartierId?: string | number | null | undefined;
  /** Träger. */
  traeger?: string | null | undefined;
  /** Kind. */
  type?: InstitutionType | null | undefined;
  /** The version you read. */
  version: number;
  /** Web site. */
  website?: string | null | undefined;
};

/** Changes to a Modul: only the fields given change; null clears an optional field. */
export type UpdateModulInput = {
  /** Ages. */
  ageRange?: AgeRangeInput | null | undefined;
  /** Bookings per period (not below those taken). */
  capacity?: number | null | undefined;
  /** Price per unit in euro cents. */
  costCent?: number | null | undefined;
  /** What the price refers to. */
  costUnit?: CostUnit | null | undefined;
  /** Where it can take place. */
  deliveryModes?: Array<DeliveryMode> | null | undefined;
  /** Beschreibung. */
  description?: string | null | undefined;
  /** Formats. */
  formats?: Array<Format> | null | undefined;
  /** Förderfähig. */
  fundable?: boolean | null | undefined;
  /** Which funding fits. */
  fundingNote?: string | null | undefined;
  /** Further Themenfelder. */
  furtherThemes?: Array<Theme> | null | undefined;
  /** Participants per group. */
  groupSize?: GroupSizeInput | null | undefined;
  /** Which Modul. */
  id: string | number;
  /** Notes on inclusion and accessibility. */
  inclusion?: string | null | undefined;
  /** Works with parents. */
  involvesParents?: boolean | null | undefined;
  /** Languages. */
  languages?: Array<string> | null | undefined;
  /** When it takes place (replaces the whole schedule). */
  schedule?: ScheduleInput | null | undefined;
  /** Schlagworte. */
  tags?: Array<string> | null | undefined;
  /** Institution types. */
  targetTypes?: Array<InstitutionType> | null | undefined;
  /** Primary Themenfeld. */
  theme?: Theme | null | undefined;
  /** Titel. */
  title?: string | null | undefined;
  /** The version you read. */
  version: number;
};

/** Changes to a partner: only the fields given change; null clears an optional field. */
export type UpdatePartnerInput = {
  /** Anschrift. */
  address?: AddressInput | null | undefined;
  /** Contact person. */
  contact?: ContactInput | null | undefined;
  /** Self-description. */
  description?: string | null | undefined;
  /** Which partner. */
  id: string | number;
  /** Kind of organisation. */
  kind?: PartnerKind | null | undefined;
  /** Languages. */
  languages?: Array<string> | null | undefined;
  /** Standort. */
  location?: GeoPointInput | null | undefined;
  /** Name. */
  name?: string | null | undefined;
  /** Where it brings its offers. */
  serviceArea?: ServiceAreaInput | null | undefined;
  /** Themenfelder. */
  themes?: Array<Theme> | null | undefined;
  /** The version you read. */
  version: number;
  /** Web site. */
  website?: string | null | undefined;
};

/** Machine-readable kind of a user error. */
export type UserErrorCode =
  /** The entity changed since you read it (stale `version`), or a unique name or number is taken. */
  | 'CONFLICT'
  /** A value breaks a rule (required, too long, out of range, malformed …). */
  | 'INVALID'
  /** The lifecycle does not allow this step. */
  | 'INVALID_TRANSITION'
  /** A referenced entity does not exist. */
  | 'NOT_FOUND';

/** Wochentag. */
export type Weekday =
  /** Freitag. */
  | 'FRIDAY'
  /** Montag. */
  | 'MONDAY'
  /** Samstag. */
  | 'SATURDAY'
  /** Sonntag. */
  | 'SUNDAY'
  /** Donnerstag. */
  | 'THURSDAY'
  /** Dienstag. */
  | 'TUESDAY'
  /** Mittwoch. */
  | 'WEDNESDAY';

/** Withdraws a request. */
export type WithdrawAnfrageInput = {
  /** Which Anfrage. */
  id: string | number;
  /** Explanation for the partner. */
  reason?: string | null | undefined;
  /** Why (default NO_LONGER_NEEDED). */
  reasonCode?: AnfrageReasonCode | null | undefined;
  /** The version you read. */
  version: number;
};

export type AcceptAnfrageMutationVariables = Exact<{
  input: AnfrageTransitionInput;
}>;


export type AcceptAnfrageMutation = { acceptAnfrage: { anfrage: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type AdminInstitutionsQueryVariables = Exact<{
  text?: string | null | undefined;
}>;


export type AdminInstitutionsQuery = { institutionen: { totalCount: number, nodes: Array<{ id: string, name: string, type: InstitutionType, updatedAt: string, quartier: { id: string, name: string }, kindercampus: { id: string, name: string } | null, address: { postalCode: string | null, city: string | null } }> } };

export type AdminPartnersQueryVariables = Exact<{
  text?: string | null | undefined;
}>;


export type AdminPartnersQuery = { partners: { totalCount: number, nodes: Array<{ id: string, name: string, kind: PartnerKind, themes: Array<Theme>, website: string | null, updatedAt: string, address: { postalCode: string | null, city: string | null } }> } };

export type AnfrageFormQueryVariables = Exact<{
  modul: string | number;
  bedarf: string | number;
  institution: string | number;
  year: number;
}>;


export type AnfrageFormQuery = { modul:
    | { id: string, title: string, costCent: number, costUnit: CostUnit, free: boolean, fundable: boolean, fundingNote: string | null, remainingCapacity: number, groupSize: { min: number, max: number }, schedule: { sessions: number | null, durationMinutes: number | null, slots: Array<{ weekday: Weekday, timeSlot: TimeSlot }>, period: { from: string | null, to: string | null } }, partner: { name: string } }
    | Record<PropertyKey, never>
   | null, bedarf:
    | { id: string, title: string, groupSize: number, slots: Array<{ weekday: Weekday, timeSlot: TimeSlot }> }
    | Record<PropertyKey, never>
   | null, institution:
    | { id: string, name: string, contact: { name: string | null, email: string | null, phone: string | null } | null, kindercampus: { id: string, name: string, budget: Array<{ category: BudgetCategory, amountCent: number, remainingCent: number }> | null } | null }
    | Record<PropertyKey, never>
   | null };

export type AnfragePageQueryVariables = Exact<{
  id: string | number;
}>;


export type AnfragePageQuery = { node:
    | { id: string, status: AnfrageStatus, nextActor: AnfrageParty | null, dueAt: string | null, overdue: boolean, version: number, sessions: number, groupSize: number, message: string | null, totalCostCent: number, outside: boolean, modul: { id: string, title: string }, institution: { id: string, name: string }, partner: { id: string, name: string }, bedarf: { id: string, title: string } | null, period: { from: string | null, to: string | null }, slots: Array<{ weekday: Weekday, timeSlot: TimeSlot }>, funding: Array<{ label: string, amountCent: number }>, contact: { name: string | null, email: string | null, phone: string | null } | null, reason: { label: string, text: string | null } | null, history: Array<{ from: AnfrageStatus | null, to: AnfrageStatus, at: string, side: AnfrageParty | null, by: { name: string | null, role: Role }, reason: { label: string, text: string | null } | null }>, vereinbarung: { revision: number, contentHash: string, confirmedBy: Array<AnfrageParty>, agreed: boolean, date: string, totalCostCent: number, payer: string, htmlUrl: string, pdfUrl: string } | null, alternatives: Array<{ rank: number, score: number, reasons: Array<string>, modul: { id: string, title: string, partner: { name: string } } }> }
    | Record<PropertyKey, never>
   | null };

export type ApiKeysPageQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysPageQuery = { apiKeys: { totalCount: number, nodes: Array<{ id: string, name: string, role: Role, themes: Array<Theme>, createdAt: string, lastUsedAt: string | null, expiresAt: string | null, revokedAt: string | null, active: boolean, partner: { id: string, name: string } | null, institution: { id: string, name: string } | null, kindercampus: { id: string, name: string } | null }> }, partners: { totalCount: number, nodes: Array<{ id: string, name: string }> }, institutionen: { totalCount: number, nodes: Array<{ id: string, name: string }> }, kindercampusStandorte: { nodes: Array<{ id: string, name: string }> } };

export type BedarfFormQueryVariables = Exact<{
  institution: string | number;
  bedarf: string | number;
  editing: boolean;
}>;


export type BedarfFormQuery = { institution:
    | { id: string, name: string, ageRange: { min: number, max: number } }
    | Record<PropertyKey, never>
   | null, bedarf?:
    | { id: string, title: string, theme: Theme, groupSize: number, budgetCent: number | null, priority: BedarfPriority, keywords: Array<string>, notes: string | null, status: BedarfStatus, version: number, ageRange: { min: number, max: number }, slots: Array<{ weekday: Weekday, timeSlot: TimeSlot }> }
    | Record<PropertyKey, never>
   | null };

export type BedarfPageQueryVariables = Exact<{
  institution: string | number;
  bedarf: string | number;
}>;


export type BedarfPageQuery = { node:
    | { id: string, title: string, theme: Theme, groupSize: number, budgetCent: number | null, priority: BedarfPriority, keywords: Array<string>, notes: string | null, status: BedarfStatus, version: number, ageRange: { min: number, max: number }, slots: Array<{ weekday: Weekday, timeSlot: TimeSlot }>, institution: { id: string, name: string }, coveredBy: Array<{ id: string, title: string }>, anfragen: Array<{ id: string, status: AnfrageStatus, nextActor: AnfrageParty | null, modul: { id: string, title: string } }> }
    | Record<PropertyKey, never>
   | null, recommendModules: { consideredCount: number, eligibleCount: number, items: Array<{ rank: number, score: number, deliveryMode: DeliveryMode, distanceKm: number | null, reasons: Array<string>, components: Array<{ factor: ScoreFactor, weight: number, value: number, contribution: number, explanation: string }>, modul: { id: string, title: string, costCent: number, costUnit: CostUnit, free: boolean, fundable: boolean, fundingNote: string | null, remainingCapacity: number, partner: { id: string, name: string } } }> } };

export type CampusPageQueryVariables = Exact<{
  id: string | number;
  from: string;
  to: string;
}>;


export type CampusPageQuery = { node:
    | { id: string, name: string, description: string | null, quartier: { id: string, name: string, stadtbezirk: string, priority: number, geometry: unknown }, institutionen: Array<{ id: string, name: string, type: InstitutionType, location: { lat: number, lon: number } | null, ageRange: { min: number, max: number } }>, budget: Array<{ year: number, category: BudgetCategory, amountCent: number, committedCent: number, spentCent: number, remainingCent: number }> | null }
    | Record<PropertyKey, never>
   | null, bedarfe: { totalCount: number, nodes: Array<{ id: string, title: string, theme: Theme, priority: BedarfPriority, groupSize: number, ageRange: { min: number, max: number }, institution: { id: string, name: string } }> }, coverage: Array<{ theme: Theme, ageBand: AgeBand, openBedarfe: number, unmetBedarfe: number, deliverableModules: number, remainingCapacity: number, gapScore: number }>, anfragen: { totalCount: number, nodes: Array<{ id: string, status: AnfrageStatus, nextActor: AnfrageParty | null, dueAt: string | null, overdue: boolean, totalCostCent: number, modul: { id: string, title: string }, institution: { id: string, name: string }, partner: { id: string, name: string, location: { lat: number, lon: number } | null } }> }, viewer: { unreadNotificationCount: number, notifications: { nodes: Array<{ id: string, at: string, title: string, text: string, read: boolean, anfrage: { id: string } }> } }, network: { betweennessStatus: BetweennessStatus, stale: boolean, density: number, cooperations: number, institutions: Array<{ degree: number, cooperations: number, betweenness: number | null, institution: { id: string, name: string, type: InstitutionType } }>, partners: Array<{ degree: number, cooperations: number, betweenness: number | null, partner: { id: string, name: string } }>, edges: Array<{ weight: number, themes: Array<Theme>, firstStart: string, institution: { id: string }, partner: { id: string } }>, isolated: Array<{ id: string }>, themeGaps: Array<{ theme: Theme, institutions: Array<{ id: string }> }>, growth: Array<{ quarter: string, asOf: string, institutions: number, connected: number, partners: number, edges: number, density: number }>, components: Array<{ edges: number, institutions: Array<{ id: string }>, partners: Array<{ id: string }> }> }, evaluation: { from: string, to: string, csvUrl: string, reportUrl: string, pdfUrl: string, months: Array<{ period: string, label: string, bedarfeRecorded: number, bedarfeCovered: number, agreements: number, participants: number, sessionsHeld: number, committedCent: number, spentCent: number }>, total: { label: string, bedarfeRecorded: number, bedarfeCovered: number, medianDaysToCover: number | null, agreements: number, agreementsSozialeStadtPct: number | null, committedCent: number, spentCent: number, institutions: number, institutionsWithPartner: number, partnersPerInstitution: number | null, completed: number, participants: number, sessionsHeld: number, institutionRatings: { count: number, mean: number | null }, partnerRatings: { count: number, mean: number | null } } } };

export type ConfirmVereinbarungMutationVariables = Exact<{
  input: ConfirmVereinbarungInput;
}>;


export type ConfirmVereinbarungMutation = { confirmVereinbarung: { anfrage: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type CreateAnfrageMutationVariables = Exact<{
  input: CreateAnfrageInput;
}>;


export type CreateAnfrageMutation = { createAnfrage: { anfrage: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { key: string | null, apiKey: { id: string, name: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type CreateBedarfMutationVariables = Exact<{
  input: CreateBedarfInput;
}>;


export type CreateBedarfMutation = { createBedarf: { bedarf: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type CreateInstitutionMutationVariables = Exact<{
  input: CreateInstitutionInput;
}>;


export type CreateInstitutionMutation = { createInstitution: { institution: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type CreateModulMutationVariables = Exact<{
  input: CreateModulInput;
}>;


export type CreateModulMutation = { createModul: { modul: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type CreatePartnerMutationVariables = Exact<{
  input: CreatePartnerInput;
}>;


export type CreatePartnerMutation = { createPartner: { partner: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type CurationQueueQueryVariables = Exact<{
  themes?: Array<Theme> | Theme | null | undefined;
}>;


export type CurationQueueQuery = { module: { totalCount: number, nodes: Array<{ id: string, title: string, description: string, theme: Theme, themes: Array<Theme>, version: number, updatedAt: string, targetTypes: Array<InstitutionType>, formats: Array<Format>, deliveryModes: Array<DeliveryMode>, capacity: number, costCent: number, costUnit: CostUnit, free: boolean, fundable: boolean, ageRange: { min: number, max: number }, groupSize: { min: number, max: number }, partner: { id: string, name: string } }> } };

export type DecideFoerderantragMutationVariables = Exact<{
  input: DecideFoerderantragInput;
}>;


export type DecideFoerderantragMutation = { decideFoerderantrag: { anfrage: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type DeclineAnfrageMutationVariables = Exact<{
  input: DeclineAnfrageInput;
}>;


export type DeclineAnfrageMutation = { declineAnfrage: { anfrage: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type DeskCoverageQueryVariables = Exact<{
  stadtbezirk: string;
}>;


export type DeskCoverageQuery = { coverage: Array<{ theme: Theme, ageBand: AgeBand, openBedarfe: number, unmetBedarfe: number, deliverableModules: number, remainingCapacity: number, gapScore: number, bedarfe: Array<{ id: string, title: string, priority: BedarfPriority, institution: { id: string, name: string, quartier: { id: string } } }> }> };

export type DeskPageQueryVariables = Exact<{ [key: string]: never; }>;


export type DeskPageQuery = { inReview: { totalCount: number }, overdue: { totalCount: number }, openBedarfe: { totalCount: number }, activeKeys: { totalCount: number }, viewer: { unreadNotificationCount: number, notifications: { nodes: Array<{ id: string, at: string, title: string, text: string, read: boolean, anfrage: { id: string } }> } } };

export type DeskQuartiereQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type DeskQuartiereQuery = { quartiere: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, number: string, stadtbezirk: string, priority: number, sozialeStadt: boolean, geometry: unknown, centroid: { lat: number, lon: number } | null }> } };

export type EvaluationViewFragment = { from: string, to: string, csvUrl: string, reportUrl: string, pdfUrl: string, months: Array<{ period: string, label: string, bedarfeRecorded: number, bedarfeCovered: number, agreements: number, participants: number, sessionsHeld: number, committedCent: number, spentCent: number }>, total: { label: string, bedarfeRecorded: number, bedarfeCovered: number, medianDaysToCover: number | null, agreements: number, agreementsSozialeStadtPct: number | null, committedCent: number, spentCent: number, institutions: number, institutionsWithPartner: number, partnersPerInstitution: number | null, completed: number, participants: number, sessionsHeld: number, institutionRatings: { count: number, mean: number | null }, partnerRatings: { count: number, mean: number | null } } };

export type FundingOptionsQueryVariables = Exact<{
  modul: string | number;
  institution: string | number;
  sessions: number;
  groupSize: number;
}>;


export type FundingOptionsQuery = { node:
    | { id: string, fundingOptions: Array<{ coveredCent: number, remainingCent: number, reasons: Array<string>, programme: { id: string, name: string } }> }
    | Record<PropertyKey, never>
   | null };

export type FundingPageQueryVariables = Exact<{
  year: number;
}>;


export type FundingPageQuery = { fundingReport: { year: number, budgetCent: number, committedCent: number, spentCent: number, remainingCent: number, sozialeStadtCent: number, sozialeStadtSharePct: number | null, sources: Array<{ label: string, category: BudgetCategory | null, budgetCent: number, committedCent: number, spentCent: number, remainingCent: number, programme: { id: string } | null, kindercampus: { id: string } | null }>, rows: Array<{ category: BudgetCategory | null, theme: Theme | null, sozialeStadt: boolean, committedCent: number, spentCent: number, anfragen: number, programme: { id: string, name: string } | null, kindercampus: { id: string, name: string } | null, quartier: { id: string, name: string } | null }> }, applications: { totalCount: number, nodes: Array<{ id: string, version: number, status: AnfrageStatus, totalCostCent: number, modul: { id: string, title: string }, institution: { id: string, name: string }, foerderantrag: { programmes: Array<{ status: AntragStatus | null, statusLabel: string, coveredCent: number, submittedAt: string | null, note: string | null, formUrl: string, pdfUrl: string, programme: { id: string, name: string } }> } | null }> } };

export type InstitutionFormQueryVariables = Exact<{
  id: string | number;
  editing: boolean;
}>;


export type InstitutionFormQuery = { node?:
    | { id: string, version: number, name: string, type: InstitutionType, traeger: string | null, children: number | null, languages: Array<string>, ogs: boolean, familienzentrum: boolean, website: string | null, ageRange: { min: number, max: number }, quartier: { id: string }, address: { street: string | null, houseNumber: string | null, postalCode: string | null, city: string | null, country: string }, location: { lat: number, lon: number } | null, contact: { name: string | null, email: string | null, phone: string | null } | null }
    | Record<PropertyKey, never>
   | null, quartiere: { totalCount: number, nodes: Array<{ id: string, name: string, stadtbezirk: string }> } };

export type InstitutionPageQueryVariables = Exact<{
  id: string | number;
}>;


export type InstitutionPageQuery = { node:
    | { id: string, name: string, type: InstitutionType, address: { street: string | null, houseNumber: string | null, postalCode: string | null, city: string | null }, quartier: { name: string, stadtbezirk: string }, kindercampus: { id: string, name: string } | null, ageRange: { min: number, max: number }, bedarfe: Array<{ id: string, title: string, theme: Theme, priority: BedarfPriority, status: BedarfStatus, groupSize: number, ageRange: { min: number, max: number } }> }
    | Record<PropertyKey, never>
   | null, anfragen: { nodes: Array<{ id: string, status: AnfrageStatus, nextActor: AnfrageParty | null, dueAt: string | null, overdue: boolean, modul: { id: string, title: string }, partner: { name: string }, bedarf: { title: string } | null }> }, viewer: { unreadNotificationCount: number, notifications: { nodes: Array<{ id: string, at: string, title: string, text: string, read: boolean, anfrage: { id: string } }> } } };

export type LiveQueryVariables = Exact<{ [key: string]: never; }>;


export type LiveQuery = { __typename: 'Query' };

export type MarkReadMutationVariables = Exact<{
  input: MarkNotificationsReadInput;
}>;


export type MarkReadMutation = { markNotificationsRead: { unreadCount: number, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type ModulFormQueryVariables = Exact<{
  id: string | number;
}>;


export type ModulFormQuery = { node:
    | { id: string, title: string, description: string, theme: Theme, status: ModulStatus, version: number, targetTypes: Array<InstitutionType>, formats: Array<Format>, deliveryModes: Array<DeliveryMode>, capacity: number, costCent: number, costUnit: CostUnit, fundable: boolean, ageRange: { min: number, max: number }, groupSize: { min: number, max: number }, schedule: { sessions: number | null, durationMinutes: number | null, slots: Array<{ weekday: Weekday, timeSlot: TimeSlot }>, period: { from: string | null, to: string | null } }, partner: { id: string } }
    | Record<PropertyKey, never>
   | null };

export type ModulPageQueryVariables = Exact<{
  id: string | number;
}>;


export type ModulPageQuery = { node:
    | { id: string, title: string, description: string, theme: Theme, status: ModulStatus, reviewNote: string | null, version: number, targetTypes: Array<InstitutionType>, formats: Array<Format>, deliveryModes: Array<DeliveryMode>, capacity: number, booked: number, remainingCapacity: number, costCent: number, costUnit: CostUnit, free: boolean, fundable: boolean, ageRange: { min: number, max: number }, groupSize: { min: number, max: number }, schedule: { sessions: number | null, durationMinutes: number | null, slots: Array<{ weekday: Weekday, timeSlot: TimeSlot }>, period: { from: string | null, to: string | null } }, partner: { id: string, name: string } }
    | Record<PropertyKey, never>
   | null, placementSuggestions: Array<{ rank: number, score: number, distanceKm: number | null, deliveryMode: DeliveryMode, reasons: Array<string>, institution: { id: string, name: string, type: InstitutionType, location: { lat: number, lon: number } | null, quartier: { id: string, name: string, geometry: unknown } }, bedarf: { id: string, title: string, priority: BedarfPriority, ageRange: { min: number, max: number } } }> };

export type NetworkPageQueryVariables = Exact<{
  kindercampusId?: string | number | null | undefined;
  theme?: Theme | null | undefined;
  withEvaluation: boolean;
  from: string;
  to: string;
}>;


export type NetworkPageQuery = { network: { betweennessStatus: BetweennessStatus, stale: boolean, density: number, cooperations: number, institutions: Array<{ degree: number, cooperations: number, betweenness: number | null, institution: { id: string, name: string, type: InstitutionType } }>, partners: Array<{ degree: number, cooperations: number, betweenness: number | null, partner: { id: string, name: string } }>, edges: Array<{ weight: number, themes: Array<Theme>, firstStart: string, institution: { id: string }, partner: { id: string } }>, isolated: Array<{ id: string }>, themeGaps: Array<{ theme: Theme, institutions: Array<{ id: string }> }>, growth: Array<{ quarter: string, asOf: string, institutions: number, connected: number, partners: number, edges: number, density: number }>, components: Array<{ edges: number, institutions: Array<{ id: string }>, partners: Array<{ id: string }> }> }, kindercampusStandorte: { nodes: Array<{ id: string, name: string }> }, evaluation?: { from: string, to: string, csvUrl: string, reportUrl: string, pdfUrl: string, months: Array<{ period: string, label: string, bedarfeRecorded: number, bedarfeCovered: number, agreements: number, participants: number, sessionsHeld: number, committedCent: number, spentCent: number }>, total: { label: string, bedarfeRecorded: number, bedarfeCovered: number, medianDaysToCover: number | null, agreements: number, agreementsSozialeStadtPct: number | null, committedCent: number, spentCent: number, institutions: number, institutionsWithPartner: number, partnersPerInstitution: number | null, completed: number, participants: number, sessionsHeld: number, institutionRatings: { count: number, mean: number | null }, partnerRatings: { count: number, mean: number | null } } } };

export type NetworkViewFragment = { betweennessStatus: BetweennessStatus, stale: boolean, density: number, cooperations: number, institutions: Array<{ degree: number, cooperations: number, betweenness: number | null, institution: { id: string, name: string, type: InstitutionType } }>, partners: Array<{ degree: number, cooperations: number, betweenness: number | null, partner: { id: string, name: string } }>, edges: Array<{ weight: number, themes: Array<Theme>, firstStart: string, institution: { id: string }, partner: { id: string } }>, isolated: Array<{ id: string }>, themeGaps: Array<{ theme: Theme, institutions: Array<{ id: string }> }>, growth: Array<{ quarter: string, asOf: string, institutions: number, connected: number, partners: number, edges: number, density: number }>, components: Array<{ edges: number, institutions: Array<{ id: string }>, partners: Array<{ id: string }> }> };

export type OverdueAnfragenQueryVariables = Exact<{ [key: string]: never; }>;


export type OverdueAnfragenQuery = { overdue: { totalCount: number, nodes: Array<{ id: string, version: number, status: AnfrageStatus, nextActor: AnfrageParty | null, dueAt: string | null, overdue: boolean, createdAt: string, modul: { id: string, title: string }, institution: { id: string, name: string }, partner: { id: string, name: string }, bedarf: { id: string, title: string, status: BedarfStatus } | null, alternatives: Array<{ rank: number, score: number, reasons: Array<string>, modul: { id: string, title: string, partner: { name: string } } }> }> }, declined: { nodes: Array<{ id: string, version: number, status: AnfrageStatus, nextActor: AnfrageParty | null, dueAt: string | null, overdue: boolean, createdAt: string, reroutedTo: { id: string } | null, reason: { label: string, text: string | null } | null, modul: { id: string, title: string }, institution: { id: string, name: string }, partner: { id: string, name: string }, bedarf: { id: string, title: string, status: BedarfStatus } | null, alternatives: Array<{ rank: number, score: number, reasons: Array<string>, modul: { id: string, title: string, partner: { name: string } } }> }> } };

export type ReroutableFragment = { id: string, version: number, status: AnfrageStatus, nextActor: AnfrageParty | null, dueAt: string | null, overdue: boolean, createdAt: string, modul: { id: string, title: string }, institution: { id: string, name: string }, partner: { id: string, name: string }, bedarf: { id: string, title: string, status: BedarfStatus } | null, alternatives: Array<{ rank: number, score: number, reasons: Array<string>, modul: { id: string, title: string, partner: { name: string } } }> };

export type PartnerFormQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerFormQuery = { node:
    | { id: string, version: number, name: string, kind: PartnerKind, description: string | null, themes: Array<Theme>, website: string | null, languages: Array<string>, address: { street: string | null, houseNumber: string | null, postalCode: string | null, city: string | null, country: string }, location: { lat: number, lon: number } | null, contact: { name: string | null, email: string | null, phone: string | null } | null, serviceArea: { citywide: boolean, radiusKm: number | null, quartiere: Array<{ id: string }> } }
    | Record<PropertyKey, never>
   | null };

export type PartnerPageQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerPageQuery = { node:
    | { id: string, name: string, kind: PartnerKind, module: { nodes: Array<{ id: string, title: string, theme: Theme, status: ModulStatus, capacity: number, booked: number, remainingCapacity: number, reviewNote: string | null, version: number }> } }
    | Record<PropertyKey, never>
   | null, anfragen: { nodes: Array<{ id: string, status: AnfrageStatus, nextActor: AnfrageParty | null, dueAt: string | null, overdue: boolean, createdAt: string, groupSize: number, modul: { id: string, title: string }, institution: { id: string, name: string } }> }, viewer: { unreadNotificationCount: number, notifications: { nodes: Array<{ id: string, at: string, title: string, text: string, read: boolean, anfrage: { id: string } }> } } };

export type PublishModulMutationVariables = Exact<{
  input: ModulTransitionInput;
}>;


export type PublishModulMutation = { publishModul: { modul: { id: string, status: ModulStatus } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type RejectModulMutationVariables = Exact<{
  input: RejectModulInput;
}>;


export type RejectModulMutation = { rejectModul: { modul: { id: string, status: ModulStatus } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type RerouteAnfrageMutationVariables = Exact<{
  input: RerouteAnfrageInput;
}>;


export type RerouteAnfrageMutation = { rerouteAnfrage: { anfrage: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { apiKey: { id: string, active: boolean } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type SubmitModulMutationVariables = Exact<{
  input: ModulTransitionInput;
}>;


export type SubmitModulMutation = { submitModulForReview: { modul: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type UpdateBedarfMutationVariables = Exact<{
  input: UpdateBedarfInput;
}>;


export type UpdateBedarfMutation = { updateBedarf: { bedarf: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type UpdateInstitutionMutationVariables = Exact<{
  input: UpdateInstitutionInput;
}>;


export type UpdateInstitutionMutation = { updateInstitution: { institution: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type UpdateModulMutationVariables = Exact<{
  input: UpdateModulInput;
}>;


export type UpdateModulMutation = { updateModul: { modul: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type UpdatePartnerMutationVariables = Exact<{
  input: UpdatePartnerInput;
}>;


export type UpdatePartnerMutation = { updatePartner: { partner: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export type WithdrawAnfrageMutationVariables = Exact<{
  input: WithdrawAnfrageInput;
}>;


export type WithdrawAnfrageMutation = { withdrawAnfrage: { anfrage: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: UserErrorCode }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EvaluationViewFragmentDoc = new TypedDocumentString(`
    fragment EvaluationView on Evaluation {
  from
  to
  csvUrl
  reportUrl
  pdfUrl
  months {
    period
    label
    bedarfeRecorded
    bedarfeCovered
    agreements
    participants
    sessionsHeld
    committedCent
    spentCent
  }
  total {
    label
    bedarfeRecorded
    bedarfeCovered
    medianDaysToCover
    agreements
    agreementsSozialeStadtPct
    committedCent
    spentCent
    institutions
    institutionsWithPartner
    partnersPerInstitution
    completed
    participants
    sessionsHeld
    institutionRatings {
      count
      mean
    }
    partnerRatings {
      count
      mean
    }
  }
}
    `, {"fragmentName":"EvaluationView"}) as unknown as TypedDocumentString<EvaluationViewFragment, unknown>;
export const NetworkViewFragmentDoc = new TypedDocumentString(`
    fragment NetworkView on Network {
  betweennessStatus
  stale
  density
  cooperations
  institutions {
    degree
    cooperations
    betweenness
    institution {
      id
      name
      type
    }
  }
  partners {
    degree
    cooperations
    betweenness
    partner {
      id
      name
    }
  }
  edges {
    weight
    themes
    firstStart
    institution {
      id
    }
    partner {
      id
    }
  }
  isolated {
    id
  }
  themeGaps {
    theme
    institutions {
      id
    }
  }
  growth {
    quarter
    asOf
    institutions
    connected
    partners
    edges
    density
  }
  components {
    edges
    institutions {
      id
    }
    partners {
      id
    }
  }
}
    `, {"fragmentName":"NetworkView"}) as unknown as TypedDocumentString<NetworkViewFragment, unknown>;
export const ReroutableFragmentDoc = new TypedDocumentString(`
    fragment Reroutable on Anfrage {
  id
  version
  status
  nextActor
  dueAt
  overdue
  createdAt
  modul {
    id
    title
  }
  institution {
    id
    name
  }
  partner {
    id
    name
  }
  bedarf {
    id
    title
    status
  }
  alternatives(first: 3) {
    rank
    score
    reasons
    modul {
      id
      title
      partner {
        name
      }
    }
  }
}
    `, {"fragmentName":"Reroutable"}) as unknown as TypedDocumentString<ReroutableFragment, unknown>;
export const AcceptAnfrageDocument = new TypedDocumentString(`
    mutation AcceptAnfrage($input: AnfrageTransitionInput!) {
  acceptAnfrage(input: $input) {
    anfrage {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptAnfrageMutation, AcceptAnfrageMutationVariables>;
export const AdminInstitutionsDocument = new TypedDocumentString(`
    query AdminInstitutions($text: String) {
  institutionen(first: 100, filter: {text: $text}, orderBy: {field: NAME}) {
    totalCount
    nodes {
      id
      name
      type
      quartier {
        id
        name
      }
      kindercampus {
        id
        name
      }
      address {
        postalCode
        city
      }
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AdminInstitutionsQuery, AdminInstitutionsQueryVariables>;
export const AdminPartnersDocument = new TypedDocumentString(`
    query AdminPartners($text: String) {
  partners(first: 100, filter: {text: $text}, orderBy: {field: NAME}) {
    totalCount
    nodes {
      id
      name
      kind
      themes
      website
      address {
        postalCode
        city
      }
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<AdminPartnersQuery, AdminPartnersQueryVariables>;
export const AnfrageFormDocument = new TypedDocumentString(`
    query AnfrageForm($modul: ID!, $bedarf: ID!, $institution: ID!, $year: Int!) {
  modul: node(id: $modul) {
    ... on Modul {
      id
      title
      costCent
      costUnit
      free
      fundable
      fundingNote
      remainingCapacity
      groupSize {
        min
        max
      }
      schedule {
        slots {
          weekday
          timeSlot
        }
        period {
          from
          to
        }
        sessions
        durationMinutes
      }
      partner {
        name
      }
    }
  }
  bedarf: node(id: $bedarf) {
    ... on Bedarf {
      id
      title
      groupSize
      slots {
        weekday
        timeSlot
      }
    }
  }
  institution: node(id: $institution) {
    ... on Institution {
      id
      name
      contact {
        name
        email
        phone
      }
      kindercampus {
        id
        name
        budget(year: $year) {
          category
          amountCent
          remainingCent
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnfrageFormQuery, AnfrageFormQueryVariables>;
export const AnfragePageDocument = new TypedDocumentString(`
    query AnfragePage($id: ID!) {
  node(id: $id) {
    ... on Anfrage {
      id
      status
      nextActor
      dueAt
      overdue
      version
      modul {
        id
        title
      }
      institution {
        id
        name
      }
      partner {
        id
        name
      }
      bedarf {
        id
        title
      }
      period {
        from
        to
      }
      slots {
        weekday
        timeSlot
      }
      sessions
      groupSize
      message
      totalCostCent
      outside
      funding {
        label
        amountCent
      }
      contact {
        name
        email
        phone
      }
      reason {
        label
        text
      }
      history {
        from
        to
        at
        by {
          name
          role
        }
        side
        reason {
          label
          text
        }
      }
      vereinbarung {
        revision
        contentHash
        confirmedBy
        agreed
        date
        totalCostCent
        payer
        htmlUrl
        pdfUrl
      }
      alternatives(first: 3) {
        rank
        score
        modul {
          id
          title
          partner {
            name
          }
        }
        reasons
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AnfragePageQuery, AnfragePageQueryVariables>;
export const ApiKeysPageDocument = new TypedDocumentString(`
    query ApiKeysPage {
  apiKeys(first: 100) {
    totalCount
    nodes {
      id
      name
      role
      themes
      createdAt
      lastUsedAt
      expiresAt
      revokedAt
      active
      partner {
        id
        name
      }
      institution {
        id
        name
      }
      kindercampus {
        id
        name
      }
    }
  }
  partners(first: 100, orderBy: {field: NAME}) {
    totalCount
    nodes {
      id
      name
    }
  }
  institutionen(first: 100, orderBy: {field: NAME}) {
    totalCount
    nodes {
      id
      name
    }
  }
  kindercampusStandorte {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeysPageQuery, ApiKeysPageQueryVariables>;
export const BedarfFormDocument = new TypedDocumentString(`
    query BedarfForm($institution: ID!, $bedarf: ID!, $editing: Boolean!) {
  institution: node(id: $institution) {
    ... on Institution {
      id
      name
      ageRange {
        min
        max
      }
    }
  }
  bedarf: node(id: $bedarf) @include(if: $editing) {
    ... on Bedarf {
      id
      title
      theme
      ageRange {
        min
        max
      }
      slots {
        weekday
        timeSlot
      }
      groupSize
      budgetCent
      priority
      keywords
      notes
      status
      version
    }
  }
}
    `) as unknown as TypedDocumentString<BedarfFormQuery, BedarfFormQueryVariables>;
export const BedarfPageDocument = new TypedDocumentString(`
    query BedarfPage($institution: ID!, $bedarf: ID!) {
  node(id: $bedarf) {
    ... on Bedarf {
      id
      title
      theme
      ageRange {
        min
        max
      }
      slots {
        weekday
        timeSlot
      }
      groupSize
      budgetCent
      priority
      keywords
      notes
      status
      version
      institution {
        id
        name
      }
      coveredBy {
        id
        title
      }
      anfragen {
        id
        status
        nextActor
        modul {
          id
          title
        }
      }
    }
  }
  recommendModules(
    input: {institutionId: $institution, bedarfIds: [$bedarf], first: 10}
  ) {
    consideredCount
    eligibleCount
    items {
      rank
      score
      deliveryMode
      distanceKm
      reasons
      components {
        factor
        weight
        value
        contribution
        explanation
      }
      modul {
        id
        title
        costCent
        costUnit
        free
        fundable
        fundingNote
        remainingCapacity
        partner {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BedarfPageQuery, BedarfPageQueryVariables>;
export const CampusPageDocument = new TypedDocumentString(`
    query CampusPage($id: ID!, $from: String!, $to: String!) {
  node(id: $id) {
    ... on Kindercampus {
      id
      name
      description
      quartier {
        id
        name
        stadtbezirk
        priority
        geometry
      }
      institutionen {
        id
        name
        type
        location {
          lat
          lon
        }
        ageRange {
          min
          max
        }
      }
      budget {
        year
        category
        amountCent
        committedCent
        spentCent
        remainingCent
      }
    }
  }
  bedarfe(filter: {kindercampusId: $id}, first: 100) {
    totalCount
    nodes {
      id
      title
      theme
      ageRange {
        min
        max
      }
      priority
      groupSize
      institution {
        id
        name
      }
    }
  }
  coverage(filter: {kindercampusId: $id}) {
    theme
    ageBand
    openBedarfe
    unmetBedarfe
    deliverableModules
    remainingCapacity
    gapScore
  }
  anfragen(filter: {kindercampusId: $id}, first: 100) {
    totalCount
    nodes {
      id
      status
      nextActor
      dueAt
      overdue
      totalCostCent
      modul {
        id
        title
      }
      institution {
        id
        name
      }
      partner {
        id
        name
        location {
          lat
          lon
        }
      }
    }
  }
  viewer {
    unreadNotificationCount
    notifications(first: 5) {
      nodes {
        id
        at
        title
        text
        read
        anfrage {
          id
        }
      }
    }
  }
  network(filter: {kindercampusId: $id}) {
    ...NetworkView
  }
  evaluation(filter: {kindercampusId: $id, from: $from, to: $to}) {
    ...EvaluationView
  }
}
    fragment EvaluationView on Evaluation {
  from
  to
  csvUrl
  reportUrl
  pdfUrl
  months {
    period
    label
    bedarfeRecorded
    bedarfeCovered
    agreements
    participants
    sessionsHeld
    committedCent
    spentCent
  }
  total {
    label
    bedarfeRecorded
    bedarfeCovered
    medianDaysToCover
    agreements
    agreementsSozialeStadtPct
    committedCent
    spentCent
    institutions
    institutionsWithPartner
    partnersPerInstitution
    completed
    participants
    sessionsHeld
    institutionRatings {
      count
      mean
    }
    partnerRatings {
      count
      mean
    }
  }
}
fragment NetworkView on Network {
  betweennessStatus
  stale
  density
  cooperations
  institutions {
    degree
    cooperations
    betweenness
    institution {
      id
      name
      type
    }
  }
  partners {
    degree
    cooperations
    betweenness
    partner {
      id
      name
    }
  }
  edges {
    weight
    themes
    firstStart
    institution {
      id
    }
    partner {
      id
    }
  }
  isolated {
    id
  }
  themeGaps {
    theme
    institutions {
      id
    }
  }
  growth {
    quarter
    asOf
    institutions
    connected
    partners
    edges
    density
  }
  components {
    edges
    institutions {
      id
    }
    partners {
      id
    }
  }
}`) as unknown as TypedDocumentString<CampusPageQuery, CampusPageQueryVariables>;
export const ConfirmVereinbarungDocument = new TypedDocumentString(`
    mutation ConfirmVereinbarung($input: ConfirmVereinbarungInput!) {
  confirmVereinbarung(input: $input) {
    anfrage {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ConfirmVereinbarungMutation, ConfirmVereinbarungMutationVariables>;
export const CreateAnfrageDocument = new TypedDocumentString(`
    mutation CreateAnfrage($input: CreateAnfrageInput!) {
  createAnfrage(input: $input) {
    anfrage {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateAnfrageMutation, CreateAnfrageMutationVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey {
      id
      name
    }
    key
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const CreateBedarfDocument = new TypedDocumentString(`
    mutation CreateBedarf($input: CreateBedarfInput!) {
  createBedarf(input: $input) {
    bedarf {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateBedarfMutation, CreateBedarfMutationVariables>;
export const CreateInstitutionDocument = new TypedDocumentString(`
    mutation CreateInstitution($input: CreateInstitutionInput!) {
  createInstitution(input: $input) {
    institution {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateInstitutionMutation, CreateInstitutionMutationVariables>;
export const CreateModulDocument = new TypedDocumentString(`
    mutation CreateModul($input: CreateModulInput!) {
  createModul(input: $input) {
    modul {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateModulMutation, CreateModulMutationVariables>;
export const CreatePartnerDocument = new TypedDocumentString(`
    mutation CreatePartner($input: CreatePartnerInput!) {
  createPartner(input: $input) {
    partner {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreatePartnerMutation, CreatePartnerMutationVariables>;
export const CurationQueueDocument = new TypedDocumentString(`
    query CurationQueue($themes: [Theme!]) {
  module(
    filter: {status: [IN_REVIEW], themes: $themes}
    orderBy: {field: UPDATED_AT, direction: ASC}
    first: 100
  ) {
    totalCount
    nodes {
      id
      title
      description
      theme
      themes
      version
      updatedAt
      ageRange {
        min
        max
      }
      targetTypes
      formats
      deliveryModes
      groupSize {
        min
        max
      }
      capacity
      costCent
      costUnit
      free
      fundable
      partner {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CurationQueueQuery, CurationQueueQueryVariables>;
export const DecideFoerderantragDocument = new TypedDocumentString(`
    mutation DecideFoerderantrag($input: DecideFoerderantragInput!) {
  decideFoerderantrag(input: $input) {
    anfrage {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DecideFoerderantragMutation, DecideFoerderantragMutationVariables>;
export const DeclineAnfrageDocument = new TypedDocumentString(`
    mutation DeclineAnfrage($input: DeclineAnfrageInput!) {
  declineAnfrage(input: $input) {
    anfrage {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<DeclineAnfrageMutation, DeclineAnfrageMutationVariables>;
export const DeskCoverageDocument = new TypedDocumentString(`
    query DeskCoverage($stadtbezirk: String!) {
  coverage(filter: {stadtbezirk: $stadtbezirk}) {
    theme
    ageBand
    openBedarfe
    unmetBedarfe
    deliverableModules
    remainingCapacity
    gapScore
    bedarfe {
      id
      title
      priority
      institution {
        id
        name
        quartier {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskCoverageQuery, DeskCoverageQueryVariables>;
export const DeskPageDocument = new TypedDocumentString(`
    query DeskPage {
  inReview: module(filter: {status: [IN_REVIEW]}, first: 1) {
    totalCount
  }
  overdue: anfragen(filter: {overdue: true}, first: 1) {
    totalCount
  }
  openBedarfe: bedarfe(first: 1) {
    totalCount
  }
  activeKeys: apiKeys(filter: {active: true}, first: 1) {
    totalCount
  }
  viewer {
    unreadNotificationCount
    notifications(first: 5) {
      nodes {
        id
        at
        title
        text
        read
        anfrage {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskPageQuery, DeskPageQueryVariables>;
export const DeskQuartiereDocument = new TypedDocumentString(`
    query DeskQuartiere($after: String) {
  quartiere(first: 100, after: $after, orderBy: {field: NUMBER}) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      number
      stadtbezirk
      priority
      sozialeStadt
      geometry
      centroid {
        lat
        lon
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DeskQuartiereQuery, DeskQuartiereQueryVariables>;
export const FundingOptionsDocument = new TypedDocumentString(`
    query FundingOptions($modul: ID!, $institution: ID!, $sessions: Int!, $groupSize: Int!) {
  node(id: $modul) {
    ... on Modul {
      id
      fundingOptions(
        institutionId: $institution
        sessions: $sessions
        groupSize: $groupSize
      ) {
        programme {
          id
          name
        }
        coveredCent
        remainingCent
        reasons
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FundingOptionsQuery, FundingOptionsQueryVariables>;
export const FundingPageDocument = new TypedDocumentString(`
    query FundingPage($year: Int!) {
  fundingReport(filter: {year: $year}) {
    year
    budgetCent
    committedCent
    spentCent
    remainingCent
    sozialeStadtCent
    sozialeStadtSharePct
    sources {
      label
      category
      budgetCent
      committedCent
      spentCent
      remainingCent
      programme {
        id
      }
      kindercampus {
        id
      }
    }
    rows {
      programme {
        id
        name
      }
      category
      kindercampus {
        id
        name
      }
      theme
      quartier {
        id
        name
      }
      sozialeStadt
      committedCent
      spentCent
      anfragen
    }
  }
  applications: anfragen(
    filter: {status: [REQUESTED, ACCEPTED, AGREED]}
    first: 100
  ) {
    totalCount
    nodes {
      id
      version
      status
      totalCostCent
      modul {
        id
        title
      }
      institution {
        id
        name
      }
      foerderantrag {
        programmes {
          programme {
            id
            name
          }
          status
          statusLabel
          coveredCent
          submittedAt
          note
          formUrl
          pdfUrl
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FundingPageQuery, FundingPageQueryVariables>;
export const InstitutionFormDocument = new TypedDocumentString(`
    query InstitutionForm($id: ID!, $editing: Boolean!) {
  node(id: $id) @include(if: $editing) {
    ... on Institution {
      id
      version
      name
      type
      traeger
      children
      languages
      ogs
      familienzentrum
      website
      ageRange {
        min
        max
      }
      quartier {
        id
      }
      address {
        street
        houseNumber
        postalCode
        city
        country
      }
      location {
        lat
        lon
      }
      contact {
        name
        email
        phone
      }
    }
  }
  quartiere(first: 100, orderBy: {field: NAME}) {
    totalCount
    nodes {
      id
      name
      stadtbezirk
    }
  }
}
    `) as unknown as TypedDocumentString<InstitutionFormQuery, InstitutionFormQueryVariables>;
export const InstitutionPageDocument = new TypedDocumentString(`
    query InstitutionPage($id: ID!) {
  node(id: $id) {
    ... on Institution {
      id
      name
      type
      address {
        street
        houseNumber
        postalCode
        city
      }
      quartier {
        name
        stadtbezirk
      }
      kindercampus {
        id
        name
      }
      ageRange {
        min
        max
      }
      bedarfe(status: [OPEN, COVERED]) {
        id
        title
        theme
        ageRange {
          min
          max
        }
        priority
        status
        groupSize
      }
    }
  }
  anfragen(filter: {institutionId: $id}, first: 50) {
    nodes {
      id
      status
      nextActor
      dueAt
      overdue
      modul {
        id
        title
      }
      partner {
        name
      }
      bedarf {
        title
      }
    }
  }
  viewer {
    unreadNotificationCount
    notifications(first: 5) {
      nodes {
        id
        at
        title
        text
        read
        anfrage {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InstitutionPageQuery, InstitutionPageQueryVariables>;
export const LiveDocument = new TypedDocumentString(`
    query Live {
  __typename
}
    `) as unknown as TypedDocumentString<LiveQuery, LiveQueryVariables>;
export const MarkReadDocument = new TypedDocumentString(`
    mutation MarkRead($input: MarkNotificationsReadInput!) {
  markNotificationsRead(input: $input) {
    unreadCount
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<MarkReadMutation, MarkReadMutationVariables>;
export const ModulFormDocument = new TypedDocumentString(`
    query ModulForm($id: ID!) {
  node(id: $id) {
    ... on Modul {
      id
      title
      description
      theme
      status
      version
      ageRange {
        min
        max
      }
      targetTypes
      formats
      deliveryModes
      groupSize {
        min
        max
      }
      capacity
      costCent
      costUnit
      fundable
      schedule {
        slots {
          weekday
          timeSlot
        }
        period {
          from
          to
        }
        sessions
        durationMinutes
      }
      partner {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ModulFormQuery, ModulFormQueryVariables>;
export const ModulPageDocument = new TypedDocumentString(`
    query ModulPage($id: ID!) {
  node(id: $id) {
    ... on Modul {
      id
      title
      description
      theme
      status
      reviewNote
      version
      ageRange {
        min
        max
      }
      targetTypes
      formats
      deliveryModes
      groupSize {
        min
        max
      }
      capacity
      booked
      remainingCapacity
      costCent
      costUnit
      free
      fundable
      schedule {
        slots {
          weekday
          timeSlot
        }
        period {
          from
          to
        }
        sessions
        durationMinutes
      }
      partner {
        id
        name
      }
    }
  }
  placementSuggestions(modulId: $id, first: 10) {
    rank
    score
    distanceKm
    deliveryMode
    reasons
    institution {
      id
      name
      type
      location {
        lat
        lon
      }
      quartier {
        id
        name
        geometry
      }
    }
    bedarf {
      id
      title
      ageRange {
        min
        max
      }
      priority
    }
  }
}
    `) as unknown as TypedDocumentString<ModulPageQuery, ModulPageQueryVariables>;
export const NetworkPageDocument = new TypedDocumentString(`
    query NetworkPage($kindercampusId: ID, $theme: Theme, $withEvaluation: Boolean!, $from: String!, $to: String!) {
  network(filter: {kindercampusId: $kindercampusId, theme: $theme}) {
    ...NetworkView
  }
  kindercampusStandorte {
    nodes {
      id
      name
    }
  }
  evaluation(filter: {kindercampusId: $kindercampusId, from: $from, to: $to}) @include(if: $withEvaluation) {
    ...EvaluationView
  }
}
    fragment EvaluationView on Evaluation {
  from
  to
  csvUrl
  reportUrl
  pdfUrl
  months {
    period
    label
    bedarfeRecorded
    bedarfeCovered
    agreements
    participants
    sessionsHeld
    committedCent
    spentCent
  }
  total {
    label
    bedarfeRecorded
    bedarfeCovered
    medianDaysToCover
    agreements
    agreementsSozialeStadtPct
    committedCent
    spentCent
    institutions
    institutionsWithPartner
    partnersPerInstitution
    completed
    participants
    sessionsHeld
    institutionRatings {
      count
      mean
    }
    partnerRatings {
      count
      mean
    }
  }
}
fragment NetworkView on Network {
  betweennessStatus
  stale
  density
  cooperations
  institutions {
    degree
    cooperations
    betweenness
    institution {
      id
      name
      type
    }
  }
  partners {
    degree
    cooperations
    betweenness
    partner {
      id
      name
    }
  }
  edges {
    weight
    themes
    firstStart
    institution {
      id
    }
    partner {
      id
    }
  }
  isolated {
    id
  }
  themeGaps {
    theme
    institutions {
      id
    }
  }
  growth {
    quarter
    asOf
    institutions
    connected
    partners
    edges
    density
  }
  components {
    edges
    institutions {
      id
    }
    partners {
      id
    }
  }
}`) as unknown as TypedDocumentString<NetworkPageQuery, NetworkPageQueryVariables>;
export const OverdueAnfragenDocument = new TypedDocumentString(`
    query OverdueAnfragen {
  overdue: anfragen(
    filter: {overdue: true}
    orderBy: {field: DUE_AT, direction: ASC}
    first: 50
  ) {
    totalCount
    nodes {
      ...Reroutable
    }
  }
  declined: anfragen(
    filter: {status: [DECLINED]}
    orderBy: {field: UPDATED_AT, direction: DESC}
    first: 20
  ) {
    nodes {
      ...Reroutable
      reroutedTo {
        id
      }
      reason {
        label
        text
      }
    }
  }
}
    fragment Reroutable on Anfrage {
  id
  version
  status
  nextActor
  dueAt
  overdue
  createdAt
  modul {
    id
    title
  }
  institution {
    id
    name
  }
  partner {
    id
    name
  }
  bedarf {
    id
    title
    status
  }
  alternatives(first: 3) {
    rank
    score
    reasons
    modul {
      id
      title
      partner {
        name
      }
    }
  }
}`) as unknown as TypedDocumentString<OverdueAnfragenQuery, OverdueAnfragenQueryVariables>;
export const PartnerFormDocument = new TypedDocumentString(`
    query PartnerForm($id: ID!) {
  node(id: $id) {
    ... on Partner {
      id
      version
      name
      kind
      description
      themes
      website
      languages
      address {
        street
        houseNumber
        postalCode
        city
        country
      }
      location {
        lat
        lon
      }
      contact {
        name
        email
        phone
      }
      serviceArea {
        citywide
        radiusKm
        quartiere {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerFormQuery, PartnerFormQueryVariables>;
export const PartnerPageDocument = new TypedDocumentString(`
    query PartnerPage($id: ID!) {
  node(id: $id) {
    ... on Partner {
      id
      name
      kind
      module(filter: {status: [DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED]}, first: 100) {
        nodes {
          id
          title
          theme
          status
          capacity
          booked
          remainingCapacity
          reviewNote
          version
        }
      }
    }
  }
  anfragen(filter: {partnerId: $id}, first: 50) {
    nodes {
      id
      status
      nextActor
      dueAt
      overdue
      createdAt
      groupSize
      modul {
        id
        title
      }
      institution {
        id
        name
      }
    }
  }
  viewer {
    unreadNotificationCount
    notifications(first: 5) {
      nodes {
        id
        at
        title
        text
        read
        anfrage {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PartnerPageQuery, PartnerPageQueryVariables>;
export const PublishModulDocument = new TypedDocumentString(`
    mutation PublishModul($input: ModulTransitionInput!) {
  publishModul(input: $input) {
    modul {
      id
      status
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PublishModulMutation, PublishModulMutationVariables>;
export const RejectModulDocument = new TypedDocumentString(`
    mutation RejectModul($input: RejectModulInput!) {
  rejectModul(input: $input) {
    modul {
      id
      status
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RejectModulMutation, RejectModulMutationVariables>;
export const RerouteAnfrageDocument = new TypedDocumentString(`
    mutation RerouteAnfrage($input: RerouteAnfrageInput!) {
  rerouteAnfrage(input: $input) {
    anfrage {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RerouteAnfrageMutation, RerouteAnfrageMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($input: RevokeApiKeyInput!) {
  revokeApiKey(input: $input) {
    apiKey {
      id
      active
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const SubmitModulDocument = new TypedDocumentString(`
    mutation SubmitModul($input: ModulTransitionInput!) {
  submitModulForReview(input: $input) {
    modul {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitModulMutation, SubmitModulMutationVariables>;
export const UpdateBedarfDocument = new TypedDocumentString(`
    mutation UpdateBedarf($input: UpdateBedarfInput!) {
  updateBedarf(input: $input) {
    bedarf {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateBedarfMutation, UpdateBedarfMutationVariables>;
export const UpdateInstitutionDocument = new TypedDocumentString(`
    mutation UpdateInstitution($input: UpdateInstitutionInput!) {
  updateInstitution(input: $input) {
    institution {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateInstitutionMutation, UpdateInstitutionMutationVariables>;
export const UpdateModulDocument = new TypedDocumentString(`
    mutation UpdateModul($input: UpdateModulInput!) {
  updateModul(input: $input) {
    modul {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateModulMutation, UpdateModulMutationVariables>;
export const UpdatePartnerDocument = new TypedDocumentString(`
    mutation UpdatePartner($input: UpdatePartnerInput!) {
  updatePartner(input: $input) {
    partner {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<UpdatePartnerMutation, UpdatePartnerMutationVariables>;
export const WithdrawAnfrageDocument = new TypedDocumentString(`
    mutation WithdrawAnfrage($input: WithdrawAnfrageInput!) {
  withdrawAnfrage(input: $input) {
    anfrage {
      id
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<WithdrawAnfrageMutation, WithdrawAnfrageMutationVariables>;