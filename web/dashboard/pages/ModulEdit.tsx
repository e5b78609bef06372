// Create a Modul (as a draft) or change one; then its page, where it is submitted for
// review.
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router';

import {
  CreateModulDocument,
  ModulFormDocument,
  UpdateModulDocument,
  type CostUnit,
  type DeliveryMode,
  type Format,
  type InstitutionType,
  type ScheduleSlotInput,
  type Theme,
} from '../gql/graphql';
import { entity, useData } from '../app/data';
import { euroInput } from '../app/format';
import { useEditForm } from '../app/edit-form';
import { Parsed } from '../app/form';
import { costUnitLabel, deliveryModeLabel, deliveryModes, formatLabel, formats, institutionTypeLabel, institutionTypes, themeLabel, themes } from '../app/labels';
import { paths } from '../app/paths';
import { Checkbox, Choices, FieldGroup, FormErrors, Select, TextArea, TextField } from '../components/Field';
import { Page } from '../components/Page';
import { SlotPicker } from '../components/SlotPicker';

interface Values {
  title: string;
  description: string;
  theme: Theme | '';
  ageMin: string;
  ageMax: string;
  targetTypes: InstitutionType[];
  formats: Format[];
  deliveryModes: DeliveryMode[];
  groupMin: string;
  groupMax: string;
  capacity: string;
  cost: string;
  costUnit: CostUnit;
  fundable: boolean;
  sessions: string;
  duration: string;
  from: string;
  to: string;
  slots: ScheduleSlotInput[];
}

const empty: Values = {
  title: '',
  description: '',
  theme: '',
  ageMin: '6',
  ageMax: '10',
  targetTypes: [],
  formats: [],
  deliveryModes: ['AT_INSTITUTION'],
  groupMin: '5',
  groupMax: '15',
  capacity: '',
  cost: '0',
  costUnit: 'PER_BOOKING',
  fundable: false,
  sessions: '',
  duration: '',
  from: '',
  to: '',
  slots: [],
};

export function ModulEdit() {
  const { id, par = '' } = useParams();
  const q = useData(ModulFormDocument, { id: id ?? '' }, { enabled: !!id });
  const m = entity(q.data?.node, 'title');
  const reads = id ? [q] : [];
  return (
    <Page title={id ? 'Modul bearbeiten' : 'Modul anlegen'} reads={reads}>
      {id && q.data && !m && <p className="status fehler">Dieses Modul gibt es nicht, oder Sie dürfen es nicht ändern.</p>}
      {!id && <ModulForm partnerId={par} existing={null} initial={empty} />}
      {m && (
        <ModulForm
          partnerId={m.partner.id}
          existing={{ id: m.id, version: m.version }}
          initial={{
            title: m.title,
            description: m.description,
            theme: m.theme,
            ageMin: String(m.ageRange.min),
            ageMax: String(m.ageRange.max),
            targetTypes: m.targetTypes,
            formats: m.formats,
            deliveryModes: m.deliveryModes,
            groupMin: String(m.groupSize.min),
            groupMax: String(m.groupSize.max),
            capacity: String(m.capacity),
            cost: euroInput(m.costCent),
            costUnit: m.costUnit,
            fundable: m.fundable,
            sessions: m.schedule.sessions == null ? '' : String(m.schedule.sessions),
            duration: m.schedule.durationMinutes == null ? '' : String(m.schedule.durationMinutes),
            from: m.schedule.period.from ?? '',
            to: m.schedule.period.to ?? '',
            slots: m.schedule.slots.map((s) => ({ weekday: s.weekday, timeSlot: s.timeSlot })),
          }}
        />
      )}
    </Page>
  );
}

function ModulForm({ partnerId, existing, initial }: { partnerId: string; existing: { id: string; version: number } | null; initial: Values }) {
  const { v, set, errors, form, navigate, create, update, busy, failure, save } = useEditForm(initial, CreateModulDocument, UpdateModulDocument);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const p = new Parsed();
    const ageRange = { min: p.int('ageRange.min', v.ageMin), max: p.int('ageRange.max', v.ageMax) };
    const groupSize = { min: p.int('groupSize.min', v.groupMin), max: p.int('groupSize.max', v.groupMax) };
    const capacity = p.int('capacity', v.capacity);
    const costCent = p.euro('costCent', v.cost) ?? 0;
    const sessions = p.int('schedule.sessions', v.sessions, true);
    const durationMinutes = p.int('schedule.durationMinutes', v.duration, true);
    if (!v.title.trim()) (p.errors['title'] ??= []).push('Bitte geben Sie dem Modul einen Titel.');
    if (!v.theme) (p.errors['theme'] ??= []).push('Bitte wählen Sie ein Themenfeld.');
    const fields = {
      title: v.title.trim(),
      description: v.description.trim(),
      theme: v.theme as Theme,
      ageRange: ageRange as { min: number; max: number },
      targetTypes: v.targetTypes,
      formats: v.formats,
      deliveryModes: v.deliveryModes,
      groupSize: groupSize as { min: number; max: number },
      capacity: capacity!,
      costCent,
      costUnit: v.costUnit,
      fundable: v.fundable,
      schedule: { slots: v.slots, sessions, durationMinutes, period: v.from || v.to ? { from: v.from || null, to: v.to || null } : null },
    };
    await save(
      p,
      async () =>
        existing
          ? (await update.mutateAsync({ input: { id: existing.id, version: existing.version, ...fields } })).updateModul
          : (await create.mutateAsync({ input: { partnerId, ...fields } })).createModul,
      (out) => out.modul,
      (m) => navigate(paths.modul(m.id)),
    );
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="formular">
      <FormErrors errors={errors}>{failure && <p>{failure.message}</p>}</FormErrors>
      <p className="leise-text">Pflichtangaben sind mit * markiert. Ein neues Modul ist ein Entwurf, bis Sie es zur Prüfung einreichen.</p>
      <TextField label="Titel" name="title" required errors={errors} value={v.title} onChange={set('title')} />
      <TextArea label="Beschreibung" name="description" required errors={errors} value={v.description} onChange={set('description')} />
      <Select
        label="Themenfeld"
        name="theme"
        required
        errors={errors}
        value={v.theme}
        onChange={set('theme')}
        options={[{ value: '', label: 'Bitte wählen' }, ...themes.map((t) => ({ value: t, label: themeLabel[t] }))]}
      />
      <FieldGroup legend="Alter" name="ageRange" errors={errors}>
        <TextField label="Alter von (Jahre)" name="ageRange.min" required inputMode="numeric" errors={errors} value={v.ageMin} onChange={set('ageMin')} />
        <TextField label="Alter bis (Jahre)" name="ageRange.max" required inputMode="numeric" errors={errors} value={v.ageMax} onChange={set('ageMax')} />
      </FieldGroup>
      <Choices legend="Für diese Einrichtungen *" name="targetTypes" errors={errors} value={v.targetTypes} onChange={set('targetTypes')} options={institutionTypes.map((t) => ({ value: t, label: institutionTypeLabel[t] }))} />
      <Choices legend="Format *" name="formats" errors={errors} value={v.formats} onChange={set('formats')} options={formats.map((t) => ({ value: t, label: formatLabel[t] }))} />
      <Choices legend="Ort *" name="deliveryModes" errors={errors} value={v.deliveryModes} onChange={set('deliveryModes')} options={deliveryModes.map((t) => ({ value: t, label: deliveryModeLabel[t] }))} />
      <FieldGroup legend="Gruppengröße" name="groupSize" errors={errors}>
        <TextField label="Gruppe von" name="groupSize.min" required inputMode="numeric" errors={errors} value={v.groupMin} onChange={set('groupMin')} />
        <TextField label="Gruppe bis" name="groupSize.max" required inputMode="numeric" errors={errors} value={v.groupMax} onChange={set('groupMax')} />
      </FieldGroup>
      <TextField label="Kapazität (Buchungen)" name="capacity" required inputMode="numeric" errors={errors} value={v.capacity} onChange={set('capacity')} />
      <div className="nebeneinander">
        <TextField label="Preis (Euro)" name="costCent" inputMode="decimal" errors={errors} value={v.cost} onChange={set('cost')} hint="0 heißt kostenfrei" />
        <Select label="Preis gilt" name="costUnit" errors={errors} value={v.costUnit} onChange={set('costUnit')} options={(Object.keys(costUnitLabel) as CostUnit[]).map((u) => ({ value: u, label: costUnitLabel[u] }))} />
      </div>
      <Checkbox label="Förderfähig" checked={v.fundable} onChange={set('fundable')} />
      <div className="nebeneinander">
        <TextField label="Anzahl Termine" name="schedule.sessions" inputMode="numeric" errors={errors} value={v.sessions} onChange={set('sessions')} hint="leer bei einer laufenden AG" />
        <TextField label="Dauer eines Termins (Minuten)" name="schedule.durationMinutes" inputMode="numeric" errors={errors} value={v.duration} onChange={set('duration')} />
      </div>
      <FieldGroup legend="Zeitraum des Angebots" name="schedule.period" errors={errors}>
        <TextField label="Angeboten ab" name="schedule.period.from" type="date" errors={errors} value={v.from} onChange={set('from')} />
        <TextField label="Angeboten bis" name="schedule.period.to" type="date" errors={errors} value={v.to} onChange={set('to')} />
      </FieldGroup>
      <SlotPicker legend="Wochentermine" hint="Keine Auswahl heißt: nach Absprache." value={v.slots} onChange={set('slots')} />
      <div className="knoepfe">
        <button type="submit" disabled={busy}>
          {busy ? 'Wird gespeichert …' : existing ? 'Änderungen speichern' : 'Entwurf anlegen'}
        </button>
        <Link to={existing ? paths.modul(existing.id) : paths.partner(partnerId)}>Abbrechen</Link>
      </div>
    </form>
  );
}
