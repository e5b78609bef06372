// The fields partners and institutions share in the Servicestelle's forms: address,
// place on the map and contact, as the page holds them (text) and as the API takes
// them (AddressInput, GeoPointInput, ContactInput).
import type { AddressInput, ContactInput, GeoPointInput } from '../gql/graphql';
import type { Parsed } from '../app/form';
import type { FieldErrors } from '../app/graphql';
import { FieldGroup, TextField } from './Field';

export interface OrgValues {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  country: string;
  lat: string;
  lon: string;
  contactName: string;
  email: string;
  phone: string;
  website: string;
  languages: string;
}

type Known = {
  address?: { street?: string | null; houseNumber?: string | null; postalCode?: string | null; city?: string | null; country: string } | null;
  location?: { lat: number; lon: number } | null;
  contact?: { name?: string | null; email?: string | null; phone?: string | null } | null;
  website?: string | null;
  languages?: readonly string[];
};

const decimal = (n: number | undefined) => (n === undefined ? '' : String(n).replace('.', ','));

/** orgValues are the form's values of an entity read (or empty ones for a new one). */
export function orgValues(e: Known | null): OrgValues {
  const a = e?.address;
  const c = e?.contact;
  return {
    street: a?.street ?? '',
    houseNumber: a?.houseNumber ?? '',
    postalCode: a?.postalCode ?? '',
    city: a?.city ?? (e ? '' : 'Dortmund'),
    country: a?.country && a.country !== 'DE' ? a.country : '',
    lat: decimal(e?.location?.lat),
    lon: decimal(e?.location?.lon),
    contactName: c?.name ?? '',
    email: c?.email ?? '',
    phone: c?.phone ?? '',
    website: e?.website ?? '',
    languages: (e?.languages ?? []).join(', '),
  };
}

/** orgInput reads the values into the API's inputs (messages into p). */
export function orgInput(v: OrgValues, p: Parsed) {
  const lat = p.decimal('location.lat', v.lat);
  const lon = p.decimal('location.lon', v.lon);
  if ((lat === null) !== (lon === null)) (p.errors['location'] ??= []).push('Bitte geben Sie Breiten- und Längengrad an, oder keinen von beiden.');
  const address: AddressInput = {
    street: p.text(v.street),
    houseNumber: p.text(v.houseNumber),
    postalCode: p.text(v.postalCode),
    city: p.text(v.city),
    country: p.text(v.country),
  };
  const contact: ContactInput = { name: p.text(v.contactName), email: p.text(v.email), phone: p.text(v.phone) };
  const location: GeoPointInput | null = lat !== null && lon !== null ? { lat, lon } : null;
  return { address, contact, location, website: p.text(v.website), languages: p.list(v.languages) };
}

/** OrgFields are the shared fields of the form. */
export function OrgFields({ v, set, errors }: { v: OrgValues; set: <K extends keyof OrgValues>(k: K) => (x: OrgValues[K]) => void; errors: FieldErrors }) {
  return (
    <>
      <FieldGroup legend="Anschrift" name="address" errors={errors}>
        <TextField label="Straße" name="address.street" errors={errors} value={v.street} onChange={set('street')} autoComplete="address-line1" />
        <TextField label="Hausnummer" name="address.houseNumber" errors={errors} value={v.houseNumber} onChange={set('houseNumber')} />
        <TextField label="Postleitzahl" name="address.postalCode" errors={errors} value={v.postalCode} onChange={set('postalCode')} autoComplete="postal-code" />
        <TextField label="Ort" name="address.city" errors={errors} value={v.city} onChange={set('city')} autoComplete="address-level2" />
        <TextField
          label="Land"
          name="address.country"
          errors={errors}
          value={v.country}
          onChange={set('country')}
          hint="leer für Deutschland, sonst der Ländercode, z. B. NL"
        />
      </FieldGroup>
      <FieldGroup legend="Lage auf der Karte" name="location" errors={errors}>
        <TextField label="Breitengrad" name="location.lat" errors={errors} value={v.lat} onChange={set('lat')} inputMode="decimal" hint="z. B. 51,5136" />
        <TextField label="Längengrad" name="location.lon" errors={errors} value={v.lon} onChange={set('lon')} inputMode="decimal" hint="z. B. 7,4653" />
      </FieldGroup>
      <FieldGroup legend="Kontakt" name="contact" errors={errors}>
        <TextField label="Ansprechperson" name="contact.name" errors={errors} value={v.contactName} onChange={set('contactName')} />
        <TextField label="E-Mail" name="contact.email" type="email" errors={errors} value={v.email} onChange={set('email')} />
        <TextField label="Telefon" name="contact.phone" type="tel" errors={errors} value={v.phone} onChange={set('phone')} hint="z. B. (0231) 50-12345" />
      </FieldGroup>
      <TextField label="Website" name="website" errors={errors} value={v.website} onChange={set('website')} hint="z. B. www.verein-dortmund.de" />
      <TextField label="Sprachen" name="languages" errors={errors} value={v.languages} onChange={set('languages')} hint="Sprachcodes durch Kommas getrennt, z. B. de, tr, ar" />
    </>
  );
}
