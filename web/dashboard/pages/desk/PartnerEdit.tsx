// Create a partner, or change one (the Servicestelle): name, kind, Themenfelder,
// description, where it works, address, place and contact. The service checks every
// value and says in German what it refuses, at the field.
import type { FormEvent } from 'react';
import { useParams } from 'react-router';

import { CreatePartnerDocument, PartnerFormDocument, UpdatePartnerDocument, type PartnerFormQuery, type PartnerKind, type Theme } from '../../gql/graphql';
import { entity, useData } from '../../app/data';
import { useEditForm } from '../../app/edit-form';
import { Parsed } from '../../app/form';
import { partnerKindLabel, themeLabel, themes } from '../../app/labels';
import { paths } from '../../app/paths';
import { Checkbox, Choices, FieldGroup, FormErrors, Select, TextArea, TextField } from '../../components/Field';
import { OrgFields, orgInput, orgValues, type OrgValues } from '../../components/OrgFields';
import { Page } from '../../components/Page';

type Partner = Extract<NonNullable<PartnerFormQuery['node']>, { name: string }>;

interface Values extends OrgValues {
  name: string;
  kind: PartnerKind | '';
  themes: Theme[];
  description: string;
  citywide: boolean;
  radiusKm: string;
}

const kinds = Object.keys(partnerKindLabel) as PartnerKind[];

export function PartnerEdit() {
  const { id } = useParams();
  if (id) return <PartnerLoad id={id} />;
  return (
    <Page title="Partner anlegen" kicker="Verwaltung">
      <PartnerForm partner={null} />
    </Page>
  );
}

function PartnerLoad({ id }: { id: string }) {
  const q = useData(PartnerFormDocument, { id });
  const p = entity(q.data?.node, 'name');
  return (
    <Page title={p ? `${p.name} bearbeiten` : 'Partner bearbeiten'} kicker="Verwaltung" reads={[q]}>
      {q.data && !p && <p className="status fehler">Diesen Partner gibt es nicht.</p>}
      {p && <PartnerForm partner={p} />}
    </Page>
  );
}

function PartnerForm({ partner }: { partner: Partner | null }) {
  const initial: Values = {
  ...orgValues(partner),
  name: partner?.name ?? '',
  kind: partner?.kind ?? '',
  themes: partner ? [...partner.themes] : [],
  description: partner?.description ?? '',
  citywide: partner?.serviceArea.citywide ?? false,
  radiusKm: partner?.serviceArea.radiusKm != null ? String(partner.serviceArea.radiusKm).replace('.', ',') : '',
};
  const { v, set, errors, form, navigate, create, update, busy, failure, save } = useEditForm(initial, CreatePartnerDocument, UpdatePartnerDocument);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const p = new Parsed();
    const org = orgInput(v, p);
    const radiusKm = p.decimal('serviceArea.radiusKm', v.radiusKm);
    if (!v.name.trim()) (p.errors['name'] ??= []).push('Bitte geben Sie den Namen an.');
    if (!v.kind) (p.errors['kind'] ??= []).push('Bitte wählen Sie die Art.');
    const serviceArea = { citywide: v.citywide, radiusKm, quartierIds: partner?.serviceArea.quartiere.map((q) => q.id) ?? [] };
    const fields = { name: v.name.trim(), kind: v.kind as PartnerKind, themes: v.themes, description: p.text(v.description), serviceArea, ...org };
    await save(
      p,
      async () =>
        partner
          ? (await update.mutateAsync({ input: { id: partner.id, version: partner.version, ...fields } })).updatePartner
          : (await create.mutateAsync({ input: fields })).createPartner,
      (out) => out.partner,
      (written) =>
        navigate(paths.partners(), {
          state: { done: { text: `„${fields.name}“ ist ${partner ? 'gespeichert' : 'angelegt'}.`, link: { to: paths.editPartner(written.id), label: 'Bearbeiten' } } },
        }),
    );
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="formular">
      <FormErrors errors={errors}>{failure && <p>{failure.message}</p>}</FormErrors>
      <TextField label="Name" name="name" required errors={errors} value={v.name} onChange={set('name')} autoComplete="organization" />
      <Select
        label="Art"
        name="kind"
        required
        errors={errors}
        value={v.kind}
        onChange={set('kind')}
        options={[{ value: '', label: 'Bitte wählen' }, ...kinds.map((k) => ({ value: k, label: partnerKindLabel[k] }))]}
      />
      <Choices legend="Themenfelder" name="themes" errors={errors} value={v.themes} onChange={set('themes')} options={themes.map((t) => ({ value: t, label: themeLabel[t] }))} />
      <TextArea label="Beschreibung" name="description" errors={errors} value={v.description} onChange={set('description')} />
      <FieldGroup legend="Wo der Partner hinkommt" name="serviceArea" errors={errors}>
        <Checkbox label="stadtweit" checked={v.citywide} onChange={set('citywide')} />
        <TextField
          label="Umkreis in km"
          name="serviceArea.radiusKm"
          errors={errors}
          value={v.radiusKm}
          onChange={set('radiusKm')}
          inputMode="decimal"
          hint="um die Lage auf der Karte"
        />
      </FieldGroup>
      <OrgFields v={v} set={set} errors={errors} />
      <div className="knoepfe">
        <button type="submit" disabled={busy}>
          {partner ? 'Änderungen speichern' : 'Partner anlegen'}
        </button>
      </div>
    </form>
  );
}
