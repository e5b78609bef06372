// "Anfrage stellen": request a recommended Modul for a need, with period, times, group,
// message, who pays and the contact for the partner. Then the Anfrage's page.
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { AnfrageFormDocument, CreateAnfrageDocument, type AnfrageFormQuery, type BudgetCategory, type FundingSource, type ScheduleSlotInput } from '../gql/graphql';
import { entity, useChange, useData } from '../app/data';
import { euros, isoDay } from '../app/format';
import { Parsed } from '../app/form';
import { fieldErrors, type FieldErrors } from '../app/graphql';
import { budgetCategoryLabel, costUnitLabel, fundingLabel } from '../app/labels';
import { paths } from '../app/paths';
import { FieldGroup, FormErrors, Select, TextArea, TextField, focusFirstError } from '../components/Field';
import { Page } from '../components/Page';
import { SlotPicker } from '../components/SlotPicker';

type Modul = Extract<NonNullable<AnfrageFormQuery['modul']>, { title: string }>;
type Bedarf = Extract<NonNullable<AnfrageFormQuery['bedarf']>, { title: string }>;
type Institution = Extract<NonNullable<AnfrageFormQuery['institution']>, { name: string }>;

export function AnfrageNew() {
  const { ins = '', bed = '', mod = '' } = useParams();
  const q = useData(AnfrageFormDocument, { modul: mod, bedarf: bed, institution: ins, year: new Date().getFullYear() });
  const modul = entity(q.data?.modul, 'title');
  const bedarf = entity(q.data?.bedarf, 'title');
  const institution = entity(q.data?.institution, 'name');
  return (
    <Page title="Anfrage stellen" kicker={modul ? `${modul.title} – ${modul.partner.name}` : undefined} reads={[q]}>
      {q.data && (!modul || !bedarf || !institution) && <p className="status fehler">Modul, Bedarf oder Einrichtung gibt es nicht, oder Sie dürfen sie nicht sehen.</p>}
      {modul && bedarf && institution && <AnfrageForm ins={ins} modul={modul} bedarf={bedarf} institution={institution} />}
    </Page>
  );
}

function defaultPeriod(m: Modul): { from: string; to: string } {
  const day = 86_400_000;
  let from = new Date(Date.now() + 14 * day);
  if (m.schedule.period.from && new Date(m.schedule.period.from) > from) from = new Date(m.schedule.period.from);
  let to = new Date(from.getTime() + 120 * day);
  if (m.schedule.period.to && new Date(m.schedule.period.to) < to) to = new Date(m.schedule.period.to);
  return { from: isoDay(from), to: isoDay(to) };
}

function AnfrageForm({ ins, modul, bedarf, institution }: { ins: string; modul: Modul; bedarf: Bedarf; institution: Institution }) {
  const period = defaultPeriod(modul);
  const shared = bedarf.slots.filter((s) => modul.schedule.slots.some((m) => m.weekday === s.weekday && m.timeSlot === s.timeSlot));
  const lines = institution.kindercampus?.budget ?? [];
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [slots, setSlots] = useState<ScheduleSlotInput[]>((shared.length ? shared : modul.schedule.slots).map((s) => ({ weekday: s.weekday, timeSlot: s.timeSlot })));
  const [sessions, setSessions] = useState(String(modul.schedule.sessions ?? 1));
  const [groupSize, setGroupSize] = useState(String(bedarf.groupSize));
  const [message, setMessage] = useState('');
  const [source, setSource] = useState<FundingSource>(modul.free ? 'FREE' : 'OWN_BUDGET');
  const [category, setCategory] = useState<BudgetCategory | ''>('');
  const [name, setName] = useState(institution.contact?.name ?? '');
  const [email, setEmail] = useState(institution.contact?.email ?? '');
  const [phone, setPhone] = useState(institution.contact?.phone ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = useRef<HTMLFormElement>(null);
  const navigate = useNavigate();
  const create = useChange(CreateAnfrageDocument, { leaves: true });

  const sources: FundingSource[] = modul.free ? ['FREE'] : ['OWN_BUDGET', ...(institution.kindercampus ? (['CAMPUS_BUDGET'] as const) : [])];

  async function submit(e: FormEvent) {
    e.preventDefault();
    const p = new Parsed();
    const n = p.int('sessions', sessions);
    const g = p.int('groupSize', groupSize);
    if (!from) (p.errors['period.from'] ??= []).push('Bitte geben Sie den ersten Tag an.');
    if (!to) (p.errors['period.to'] ??= []).push('Bitte geben Sie den letzten Tag an.');
    if (source === 'CAMPUS_BUDGET' && !category) (p.errors['funding.category'] ??= []).push('Bitte wählen Sie die Budgetlinie des Campus.');
    if (!p.ok) {
      setErrors(p.errors);
      focusFirstError(form.current);
      return;
    }
    setErrors({});
    setErrors({});
    try {
      const out = (
        await create.mutateAsync({
          input: {
            institutionId: ins,
            modulId: modul.id,
            bedarfId: bedarf.id,
            period: { from, to },
            slots,
            sessions: n,
            groupSize: g,
            message: p.text(message),
            funding: { source, category: source === 'CAMPUS_BUDGET' ? (category as BudgetCategory) : null },
            contact: { name: p.text(name), email: p.text(email), phone: p.text(phone) },
          },
        })
      ).createAnfrage;
      if (out.userErrors.length || !out.anfrage) {
        setErrors(fieldErrors(out.userErrors));
        focusFirstError(form.current);
        return;
      }
      navigate(paths.anfrage(out.anfrage.id));
    } catch {
      setErrors({});
      focusFirstError(form.current);
    }
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="formular">
      <FormErrors errors={errors}>{create.error && <p>{create.error.message}</p>}</FormErrors>
      <p>
        Für den Bedarf <strong>{bedarf.title}</strong> von {institution.name}. Preis:{' '}
        {modul.free ? 'kostenfrei' : `${euros(modul.costCent)} ${costUnitLabel[modul.costUnit]}`}
        {modul.fundable && ' (förderfähig' + (modul.fundingNote ? `: ${modul.fundingNote}` : '') + ')'}.
      </p>
      <p className="leise-text">Pflichtangaben sind mit * markiert.</p>
      <FieldGroup legend="Zeitraum" name="period" errors={errors}>
        <TextField label="Erster Tag" name="period.from" type="date" required errors={errors} value={from} onChange={setFrom} />
        <TextField label="Letzter Tag" name="period.to" type="date" required errors={errors} value={to} onChange={setTo} />
      </FieldGroup>
      <SlotPicker legend="Wochentermine" hint="Die Termine, die der Partner anbietet und die zu Ihrem Bedarf passen, sind vorgewählt." value={slots} onChange={setSlots} />
      <div className="nebeneinander">
        <TextField label="Anzahl Termine" name="sessions" required inputMode="numeric" errors={errors} value={sessions} onChange={setSessions} />
        <TextField
          label="Teilnehmende"
          name="groupSize"
          required
          inputMode="numeric"
          errors={errors}
          value={groupSize}
          onChange={setGroupSize}
          hint={`Gruppengröße des Moduls: ${modul.groupSize.min}–${modul.groupSize.max}`}
        />
      </div>
      <Select
        label="Wer soll bezahlen?"
        name="funding.source"
        errors={errors}
        value={source}
        onChange={setSource}
        options={sources.map((s) => ({ value: s, label: fundingLabel[s] }))}
      />
      {source === 'CAMPUS_BUDGET' && (
        <Select
          label="Budgetlinie des Campus"
          name="funding.category"
          required
          errors={errors}
          value={category}
          onChange={setCategory}
          options={[
            { value: '', label: 'Bitte wählen' },
            ...lines.map((l) => ({ value: l.category, label: `${budgetCategoryLabel[l.category]} (${euros(l.amountCent)})` })),
          ]}
        />
      )}
      <TextArea label="Nachricht an den Partner" name="message" errors={errors} value={message} onChange={setMessage} hint="höchstens 2.000 Zeichen" />
      <fieldset className="auswahl">
        <legend>Ansprechperson für diese Anfrage</legend>
        <TextField label="Name" name="contact.name" autoComplete="name" errors={errors} value={name} onChange={setName} />
        <div className="nebeneinander">
          <TextField label="E-Mail" name="contact.email" type="email" autoComplete="email" errors={errors} value={email} onChange={setEmail} />
          <TextField label="Telefon" name="contact.phone" type="tel" autoComplete="tel" errors={errors} value={phone} onChange={setPhone} hint="E-Mail oder Telefon" />
        </div>
      </fieldset>
      <div className="knoepfe">
        <button type="submit" disabled={create.isPending}>
          {create.isPending ? 'Wird gesendet …' : 'Anfrage senden'}
        </button>
        <Link to={paths.bedarf(ins, bedarf.id)}>Abbrechen</Link>
      </div>
    </form>
  );
}
