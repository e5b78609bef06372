// "Anfrage stellen": request a recommended Modul for a need, with period, times, group,
// message, who pays and the contact for the partner. Then the Anfrage's page.
import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { AnfrageFormDocument, CreateAnfrageDocument, FundingOptionsDocument, type AnfrageFormQuery, type BudgetCategory, type FundingShareInput, type ScheduleSlotInput } from '../gql/graphql';
import { entity, useChange, useData } from '../app/data';
import { euros, isoDay } from '../app/format';
import { Parsed } from '../app/form';
import { fieldErrors, type FieldErrors } from '../app/graphql';
import { budgetCategoryLabel, costUnitLabel } from '../app/labels';
import { useSession } from '../app/session-context';
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
  // who pays: a programme (or none), and who takes the rest: the institution or a campus line
  const [programme, setProgramme] = useState('');
  const [rest, setRest] = useState<'OWN_BUDGET' | 'CAMPUS_BUDGET'>('OWN_BUDGET');
  const [category, setCategory] = useState<BudgetCategory | ''>('');
  const [name, setName] = useState(institution.contact?.name ?? '');
  const [email, setEmail] = useState(institution.contact?.email ?? '');
  const [phone, setPhone] = useState(institution.contact?.phone ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = useRef<HTMLFormElement>(null);
  const navigate = useNavigate();
  const create = useChange(CreateAnfrageDocument, { leaves: true });

  const role = useSession().role;
  // a campus line is committed by the campus management or the Servicestelle only
  const campusLines = institution.kindercampus && (role === 'CAMPUS_MANAGER' || role === 'SERVICESTELLE');
  const counted = { sessions: Number.parseInt(sessions, 10), groupSize: Number.parseInt(groupSize, 10) };
  const countsOk = Number.isInteger(counted.sessions) && counted.sessions >= 1 && Number.isInteger(counted.groupSize) && counted.groupSize >= 1;
  const funding = useData(
    FundingOptionsDocument,
    { modul: modul.id, institution: institution.id, sessions: countsOk ? counted.sessions : 1, groupSize: countsOk ? counted.groupSize : 1 },
    { enabled: !modul.free && countsOk },
  );
  const options = (funding.data?.node && 'fundingOptions' in funding.data.node ? funding.data.node.fundingOptions : null) ?? [];
  const chosen = options.find((o) => o.programme.id === programme);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const p = new Parsed();
    const n = p.int('sessions', sessions);
    const g = p.int('groupSize', groupSize);
    if (!from) (p.errors['period.from'] ??= []).push('Bitte geben Sie den ersten Tag an.');
    if (!to) (p.errors['period.to'] ??= []).push('Bitte geben Sie den letzten Tag an.');
    if (rest === 'CAMPUS_BUDGET' && !category) (p.errors['funding.category'] ??= []).push('Bitte wählen Sie die Budgetlinie des Campus.');
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
            funding: modul.free ? null : shares(chosen, rest, category),
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
      {!modul.free && (
        <fieldset className="auswahl">
          <legend>Wer bezahlt?</legend>
          <Select
            label="Förderprogramm"
            name="funding.0.programmeId"
            errors={errors}
            value={programme}
            onChange={setProgramme}
            hint={
              funding.isFetching
                ? 'Förderprogramme werden geprüft …'
                : options.length === 0
                  ? 'Für diese Anfrage kommt kein Förderprogramm in Frage.'
                  : chosen
                    ? chosen.reasons.join('; ')
                    : 'Programme, die für diese Einrichtung und dieses Modul in Frage kommen.'
            }
            options={[
              { value: '', label: 'keines' },
              ...options.map((o) => ({ value: o.programme.id, label: `${o.programme.name}: übernimmt ${euros(o.coveredCent)}, Rest ${euros(o.remainingCent)}` })),
            ]}
          />
          <Select
            label={chosen ? 'Den Rest trägt' : 'Die Kosten trägt'}
            name="funding.source"
            errors={errors}
            value={rest}
            onChange={setRest}
            options={[
              { value: 'OWN_BUDGET', label: 'die Einrichtung aus eigenen Mitteln' },
              ...(campusLines ? [{ value: 'CAMPUS_BUDGET' as const, label: 'das Budget des Kindercampus' }] : []),
            ]}
          />
          {rest === 'CAMPUS_BUDGET' && (
            <Select
              label="Budgetlinie des Campus"
              name="funding.category"
              required
              errors={errors}
              value={category}
              onChange={setCategory}
              options={[
                { value: '', label: 'Bitte wählen' },
                ...lines.map((l) => ({ value: l.category, label: `${budgetCategoryLabel[l.category]} (frei: ${euros(l.remainingCent)})` })),
              ]}
            />
          )}
        </fieldset>
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

/** shares says who pays: the chosen programme what it covers, the rest the institution or a campus line. */
function shares(
  chosen: { programme: { id: string }; coveredCent: number } | undefined,
  rest: 'OWN_BUDGET' | 'CAMPUS_BUDGET',
  category: BudgetCategory | '',
): FundingShareInput[] {
  const out: FundingShareInput[] = [];
  if (chosen) out.push({ source: 'PROGRAMME', programmeId: chosen.programme.id, amountCent: chosen.coveredCent });
  out.push(rest === 'CAMPUS_BUDGET' ? { source: 'CAMPUS_BUDGET', category: (category || null) as BudgetCategory | null } : { source: 'OWN_BUDGET' });
  return out;
}
