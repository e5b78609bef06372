// Create an institution, or change one (the Servicestelle): name, type, Träger,
// Quartier, ages, children, OGS and Familienzentrum, address, place and contact. The
// service checks every value and says in German what it refuses, at the field.
import type { FormEvent } from 'react';
import { useParams } from 'react-router';

import { CreateInstitutionDocument, InstitutionFormDocument, UpdateInstitutionDocument, type InstitutionFormQuery, type InstitutionType } from '../../gql/graphql';
import { entity, useData } from '../../app/data';
import { useEditForm } from '../../app/edit-form';
import { Parsed } from '../../app/form';
import { institutionTypeLabel, institutionTypes } from '../../app/labels';
import { paths } from '../../app/paths';
import { Checkbox, FieldGroup, FormErrors, Select, TextField } from '../../components/Field';
import { OrgFields, orgInput, orgValues, type OrgValues } from '../../components/OrgFields';
import { Page } from '../../components/Page';

type Institution = Extract<NonNullable<InstitutionFormQuery['node']>, { name: string }>;
type Quartier = InstitutionFormQuery['quartiere']['nodes'][number];

interface Values extends OrgValues {
  name: string;
  type: InstitutionType | '';
  traeger: string;
  quartierId: string;
  ageMin: string;
  ageMax: string;
  children: string;
  ogs: boolean;
  familienzentrum: boolean;
}

export function InstitutionEdit() {
  const { id } = useParams();
  const q = useData(InstitutionFormDocument, { id: id ?? '', editing: !!id });
  const institution = entity(q.data?.node, 'name');
  const title = id ? (institution ? `${institution.name} bearbeiten` : 'Einrichtung bearbeiten') : 'Einrichtung anlegen';
  return (
    <Page title={title} kicker="Verwaltung" reads={[q]}>
      {q.data && id && !institution && <p className="status fehler">Diese Einrichtung gibt es nicht.</p>}
      {q.data && (!id || institution) && <InstitutionForm institution={institution} quartiere={q.data.quartiere.nodes} />}
    </Page>
  );
}

function InstitutionForm({ institution: ins, quartiere }: { institution: Institution | null; quartiere: Quartier[] }) {
  const initial: Values = {
  ...orgValues(ins),
  name: ins?.name ?? '',
  type: ins?.type ?? '',
  traeger: ins?.traeger ?? '',
  quartierId: ins?.quartier.id ?? '',
  ageMin: ins ? String(ins.ageRange.min) : '',
  ageMax: ins ? String(ins.ageRange.max) : '',
  children: ins?.children != null ? String(ins.children) : '',
  ogs: ins?.ogs ?? false,
  familienzentrum: ins?.familienzentrum ?? false,
};
  const { v, set, errors, form, navigate, create, update, busy, failure, save } = useEditForm(initial, CreateInstitutionDocument, UpdateInstitutionDocument);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const p = new Parsed();
    const org = orgInput(v, p);
    const min = p.int('ageRange.min', v.ageMin);
    const max = p.int('ageRange.max', v.ageMax);
    const children = p.int('children', v.children, true);
    if (!v.name.trim()) (p.errors['name'] ??= []).push('Bitte geben Sie den Namen an.');
    if (!v.type) (p.errors['type'] ??= []).push('Bitte wählen Sie die Art.');
    if (!v.quartierId) (p.errors['quartierId'] ??= []).push('Bitte wählen Sie das Quartier.');
    const fields = {
      name: v.name.trim(),
      type: v.type as InstitutionType,
      traeger: p.text(v.traeger),
      quartierId: v.quartierId,
      ageRange: { min: min!, max: max! },
      children,
      ogs: v.ogs,
      familienzentrum: v.familienzentrum,
      ...org,
    };
    await save(
      p,
      async () =>
        ins
          ? (await update.mutateAsync({ input: { id: ins.id, version: ins.version, ...fields } })).updateInstitution
          : (await create.mutateAsync({ input: fields })).createInstitution,
      (out) => out.institution,
      (written) =>
        navigate(paths.institutions(), {
          state: { done: { text: `„${fields.name}“ ist ${ins ? 'gespeichert' : 'angelegt'}.`, link: { to: paths.editInstitution(written.id), label: 'Bearbeiten' } } },
        }),
    );
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="formular">
      <FormErrors errors={errors}>{failure && <p>{failure.message}</p>}</FormErrors>
      <TextField label="Name" name="name" required errors={errors} value={v.name} onChange={set('name')} autoComplete="organization" />
      <Select
        label="Art"
        name="type"
        required
        errors={errors}
        value={v.type}
        onChange={set('type')}
        options={[{ value: '', label: 'Bitte wählen' }, ...institutionTypes.map((t) => ({ value: t, label: institutionTypeLabel[t] }))]}
      />
      <TextField label="Träger" name="traeger" errors={errors} value={v.traeger} onChange={set('traeger')} />
      <Select
        label="Quartier"
        name="quartierId"
        required
        errors={errors}
        value={v.quartierId}
        onChange={set('quartierId')}
        options={[{ value: '', label: 'Bitte wählen' }, ...quartiere.map((q) => ({ value: q.id, label: `${q.name} (${q.stadtbezirk})` }))]}
      />
      <FieldGroup legend="Alter der Kinder und Jugendlichen" name="ageRange" errors={errors}>
        <TextField label="Alter von" name="ageRange.min" required errors={errors} value={v.ageMin} onChange={set('ageMin')} inputMode="numeric" />
        <TextField label="Alter bis" name="ageRange.max" required errors={errors} value={v.ageMax} onChange={set('ageMax')} inputMode="numeric" />
      </FieldGroup>
      <TextField label="Zahl der Kinder" name="children" errors={errors} value={v.children} onChange={set('children')} inputMode="numeric" />
      <Checkbox label="Offener Ganztag (OGS)" checked={v.ogs} onChange={set('ogs')} />
      <Checkbox label="Familienzentrum" checked={v.familienzentrum} onChange={set('familienzentrum')} />
      <OrgFields v={v} set={set} errors={errors} />
      <div className="knoepfe">
        <button type="submit" disabled={busy}>
          {ins ? 'Änderungen speichern' : 'Einrichtung anlegen'}
        </button>
      </div>
    </form>
  );
}
