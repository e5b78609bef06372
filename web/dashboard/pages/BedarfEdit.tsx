// Record a need, or change an open one. After recording, the need's page shows the
// recommendations for it.
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router';

import { BedarfFormDocument, CreateBedarfDocument, UpdateBedarfDocument, type BedarfPriority, type ScheduleSlotInput, type Theme } from '../gql/graphql';
import { entity, useData } from '../app/data';
import { euroInput } from '../app/format';
import { useEditForm } from '../app/edit-form';
import { Parsed } from '../app/form';
import { priorities, priorityLabel, themeLabel, themes } from '../app/labels';
import { paths } from '../app/paths';
import { FieldGroup, FormErrors, Select, TextArea, TextField } from '../components/Field';
import { Page } from '../components/Page';
import { SlotPicker } from '../components/SlotPicker';

interface Values {
  title: string;
  theme: Theme | '';
  ageMin: string;
  ageMax: string;
  slots: ScheduleSlotInput[];
  groupSize: string;
  budget: string;
  priority: BedarfPriority;
  keywords: string;
  notes: string;
}

export function BedarfEdit() {
  const { ins = '', bed } = useParams();
  const editing = !!bed;
  const q = useData(BedarfFormDocument, { institution: ins, bedarf: bed ?? '', editing });
  const institution = entity(q.data?.institution, 'name');
  const bedarf = entity(q.data?.bedarf, 'title');
  const title = editing ? 'Bedarf bearbeiten' : 'Bedarf erfassen';
  return (
    <Page title={title} kicker={institution?.name} reads={[q]}>
      {q.data && (!institution || (editing && !bedarf)) && <p className="status fehler">Nicht gefunden, oder Sie dürfen es nicht ändern.</p>}
      {q.data && institution && (!editing || bedarf) && (
        <BedarfForm
          ins={ins}
          existing={bedarf ? { id: bedarf.id, version: bedarf.version } : null}
          initial={
            bedarf
              ? {
                  title: bedarf.title,
                  theme: bedarf.theme,
                  ageMin: String(bedarf.ageRange.min),
                  ageMax: String(bedarf.ageRange.max),
                  slots: bedarf.slots.map((s) => ({ weekday: s.weekday, timeSlot: s.timeSlot })),
                  groupSize: String(bedarf.groupSize),
                  budget: euroInput(bedarf.budgetCent),
                  priority: bedarf.priority,
                  keywords: bedarf.keywords.join(', '),
                  notes: bedarf.notes ?? '',
                }
              : {
                  title: '',
                  theme: '',
                  ageMin: String(institution.ageRange.min),
                  ageMax: String(institution.ageRange.max),
                  slots: [],
                  groupSize: '',
                  budget: '',
                  priority: 'MEDIUM',
                  keywords: '',
                  notes: '',
                }
          }
        />
      )}
    </Page>
  );
}

function BedarfForm({ ins, existing, initial }: { ins: string; existing: { id: string; version: number } | null; initial: Values }) {
  const { v, set, errors, form, navigate, create, update, busy, failure, save } = useEditForm(initial, CreateBedarfDocument, UpdateBedarfDocument);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const p = new Parsed();
    const min = p.int('ageRange.min', v.ageMin);
    const max = p.int('ageRange.max', v.ageMax);
    const groupSize = p.int('groupSize', v.groupSize);
    const budgetCent = p.euro('budgetCent', v.budget);
    if (!v.title.trim()) (p.errors['title'] ??= []).push('Bitte geben Sie dem Bedarf einen Namen.');
    if (!v.theme) (p.errors['theme'] ??= []).push('Bitte wählen Sie ein Themenfeld.');
    const fields = {
      title: v.title.trim(),
      theme: v.theme as Theme,
      ageRange: { min: min!, max: max! },
      slots: v.slots,
      groupSize: groupSize!,
      budgetCent,
      priority: v.priority,
      keywords: p.list(v.keywords),
      notes: p.text(v.notes),
    };
    await save(
      p,
      async () =>
        existing
          ? (await update.mutateAsync({ input: { id: existing.id, version: existing.version, ...fields } })).updateBedarf
          : (await create.mutateAsync({ input: { institutionId: ins, ...fields } })).createBedarf,
      (out) => out.bedarf,
      (b) => navigate(paths.bedarf(ins, b.id)),
    );
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="formular">
      <FormErrors errors={errors}>{failure && <p>{failure.message}</p>}</FormErrors>
      <p className="leise-text">Pflichtangaben sind mit * markiert.</p>
      <TextField label="Bezeichnung" name="title" required errors={errors} value={v.title} onChange={set('title')} hint="z. B. Bewegung im Ganztag" />
      <Select
        label="Themenfeld"
        name="theme"
        required
        errors={errors}
        value={v.theme}
        onChange={set('theme')}
        options={[{ value: '', label: 'Bitte wählen' }, ...themes.map((t) => ({ value: t, label: themeLabel[t] }))]}
      />
      <FieldGroup legend="Alter der Kinder" name="ageRange" errors={errors}>
        <TextField label="Alter von (Jahre)" name="ageRange.min" required inputMode="numeric" errors={errors} value={v.ageMin} onChange={set('ageMin')} />
        <TextField label="Alter bis (Jahre)" name="ageRange.max" required inputMode="numeric" errors={errors} value={v.ageMax} onChange={set('ageMax')} />
      </FieldGroup>
      <div className="nebeneinander">
        <TextField label="Teilnehmende" name="groupSize" required inputMode="numeric" errors={errors} value={v.groupSize} onChange={set('groupSize')} />
        <TextField
          label="Budget je Buchung (Euro)"
          name="budgetCent"
          inputMode="decimal"
          errors={errors}
          value={v.budget}
          onChange={set('budget')}
          hint="leer lassen, wenn noch offen"
        />
      </div>
      <Select
        label="Dringlichkeit"
        name="priority"
        errors={errors}
        value={v.priority}
        onChange={set('priority')}
        options={priorities.map((x) => ({ value: x, label: priorityLabel[x] }))}
      />
      <SlotPicker legend="Mögliche Zeiten" hint="Keine Auswahl heißt: zeitlich flexibel." value={v.slots} onChange={set('slots')} />
      <TextField label="Schlagworte" name="keywords" errors={errors} value={v.keywords} onChange={set('keywords')} hint="durch Kommas getrennt, z. B. Fußball, Mädchen" />
      <TextArea label="Notizen" name="notes" errors={errors} value={v.notes} onChange={set('notes')} />
      <div className="knoepfe">
        <button type="submit" disabled={busy}>
          {busy ? 'Wird gespeichert …' : existing ? 'Änderungen speichern' : 'Bedarf erfassen'}
        </button>
        <Link to={existing ? paths.bedarf(ins, existing.id) : paths.institution(ins)}>Abbrechen</Link>
      </div>
    </form>
  );
}
