// One Anfrage from the request to the agreement: the terms, who acts next, what the
// signed-in side can do now (accept, decline with a reason, withdraw, confirm the
// Kooperationsvereinbarung), the agreement to view and download, and the history.
// It follows changes by the other side (live updates).
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';

import {
  AcceptAnfrageDocument,
  AnfragePageDocument,
  ConfirmVereinbarungDocument,
  DeclineAnfrageDocument,
  WithdrawAnfrageDocument,
  type AnfragePageQuery,
  type AnfrageParty,
  type AnfrageReasonCode,
} from '../gql/graphql';
import { entity, useChange, useData, useRefresh } from '../app/data';
import { date, euros, instant, percent } from '../app/format';
import { fieldErrors, isConflict, type FieldErrors, type UserError } from '../app/graphql';
import { anfrageStatusLabel, partyLabel, reasonLabel, roleLabel } from '../app/labels';
import { paths } from '../app/paths';
import type { Session } from '../app/session';
import { useSession } from '../app/session-context';
import { NextStep } from '../components/AnfrageTable';
import { FormErrors, Select, TextArea, focusFirstError } from '../components/Field';
import { Page } from '../components/Page';
import { slotsText } from '../components/SlotPicker';

type Anfrage = Extract<NonNullable<AnfragePageQuery['node']>, { status: string }>;

/** The side the session acts for in an Anfrage (the Servicestelle names a side itself). */
function mySide(s: Session): AnfrageParty | null {
  if (s.role === 'PARTNER') return 'PARTNER';
  if (s.role === 'INSTITUTION' || s.role === 'CAMPUS_MANAGER') return 'INSTITUTION';
  return null;
}

export function AnfragePage() {
  const { id = '' } = useParams();
  const q = useData(AnfragePageDocument, { id }, { live: true });
  const a = entity(q.data?.node, 'status');
  return (
    <Page title={a ? `Anfrage: ${a.modul.title}` : 'Anfrage'} kicker={a ? anfrageStatusLabel[a.status] : undefined} reads={[q]}>
      {q.data && !a && <p className="status fehler">Diese Anfrage gibt es nicht, oder Sie dürfen sie nicht sehen.</p>}
      {a && <AnfrageView a={a} />}
    </Page>
  );
}

function AnfrageView({ a }: { a: Anfrage }) {
  const session = useSession();
  const side = mySide(session);
  const v = a.vereinbarung;
  return (
    <>
      <dl className="eckdaten">
        <div>
          <dt>Stand</dt>
          <dd>
            <strong>{anfrageStatusLabel[a.status]}</strong>
          </dd>
        </div>
        <div>
          <dt>Als Nächstes</dt>
          <dd>
            <NextStep a={a} />
          </dd>
        </div>
        <div>
          <dt>Einrichtung</dt>
          <dd>
            {side === 'PARTNER' ? a.institution.name : <Link to={paths.institution(a.institution.id)}>{a.institution.name}</Link>}
          </dd>
        </div>
        <div>
          <dt>Partner</dt>
          <dd>{a.partner.name}</dd>
        </div>
        {a.bedarf && (
          <div>
            <dt>Bedarf</dt>
            <dd>{side === 'PARTNER' ? a.bedarf.title : <Link to={paths.bedarf(a.institution.id, a.bedarf.id)}>{a.bedarf.title}</Link>}</dd>
          </div>
        )}
        <div>
          <dt>Zeitraum</dt>
          <dd>
            {date(a.period.from)} bis {date(a.period.to)}
          </dd>
        </div>
        <div>
          <dt>Termine</dt>
          <dd>
            {a.sessions} · {slotsText(a.slots, 'nach Absprache')}
          </dd>
        </div>
        <div>
          <dt>Teilnehmende</dt>
          <dd>{a.groupSize}</dd>
        </div>
        <div>
          <dt>Kosten</dt>
          <dd>
            {euros(a.totalCostCent)}
            {a.funding.length > 0 && ' · ' + a.funding.map((f) => `${f.label}: ${euros(f.amountCent)}`).join('; ')}
          </dd>
        </div>
        {a.contact && (
          <div>
            <dt>Ansprechperson</dt>
            <dd>{[a.contact.name, a.contact.email, a.contact.phone].filter(Boolean).join(' · ')}</dd>
          </div>
        )}
      </dl>
      {a.message && (
        <blockquote className="nachricht">
          <p>{a.message}</p>
        </blockquote>
      )}
      {a.reason && (
        <p className="status hinweis">
          Grund: {a.reason.label}
          {a.reason.text && ` – ${a.reason.text}`}
        </p>
      )}
      <Actions a={a} side={side} />
      {v && (
        <section aria-labelledby="vereinbarung" className="karte-box">
          <h2 id="vereinbarung">Kooperationsvereinbarung</h2>
          <p>
            Fassung {v.revision} vom {date(v.date)} · {euros(v.totalCostCent)} · {v.payer}
          </p>
          <p>
            {v.agreed
              ? 'Beide Seiten haben diese Fassung bestätigt.'
              : v.confirmedBy.length
                ? `Bestätigt von: ${v.confirmedBy.map((p) => partyLabel[p]).join(', ')}. Es fehlt die andere Seite.`
                : 'Noch von keiner Seite bestätigt.'}
          </p>
          <p className="knoepfe">
            <a href={v.htmlUrl} className="knopf leise">
              Vereinbarung ansehen
            </a>
            <a href={v.pdfUrl} className="knopf leise" download>
              Vereinbarung als PDF herunterladen
            </a>
          </p>
        </section>
      )}
      {a.alternatives.length > 0 && side === 'INSTITUTION' && a.bedarf && ['DECLINED', 'WITHDRAWN', 'CANCELLED'].includes(a.status) && (
        <section aria-labelledby="alternativen" className="karte-box">
          <h2 id="alternativen">Andere passende Module</h2>
          <ul className="liste">
            {a.alternatives.map((r) => (
              <li key={r.modul.id}>
                <Link to={paths.newAnfrage(a.institution.id, a.bedarf!.id, r.modul.id)}>{r.modul.title}</Link>{' '}
                <span className="leise-text">
                  {r.modul.partner.name} · Passung {percent(r.score)} · {r.reasons[0]}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="verlauf" className="karte-box">
        <h2 id="verlauf">Verlauf</h2>
        <div className="breit" tabIndex={0} role="region" aria-label="Tabelle, seitlich verschiebbar">
          <table>
            <caption>Jede Änderung des Stands, älteste zuerst</caption>
            <thead>
              <tr>
                <th scope="col">Wann</th>
                <th scope="col">Stand</th>
                <th scope="col">Wer</th>
                <th scope="col">Grund</th>
              </tr>
            </thead>
            <tbody>
              {a.history.map((h, i) => (
                <tr key={i}>
                  <td>{instant(h.at)}</td>
                  <td>{anfrageStatusLabel[h.to]}</td>
                  <td>
                    {h.by.name ?? '–'} ({roleLabel[h.by.role]})
                  </td>
                  <td>{h.reason ? h.reason.label + (h.reason.text ? `: ${h.reason.text}` : '') : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}

/** outcome turns a mutation's userErrors into a message, with advice on a conflict. */
function problems(errors: readonly UserError[]): FieldErrors {
  const fe = fieldErrors(errors);
  if (isConflict(errors)) (fe[''] ??= []).push('Die Anfrage hat sich inzwischen geändert; der aktuelle Stand wird angezeigt.');
  return fe;
}

function Actions({ a, side }: { a: Anfrage; side: AnfrageParty | null }) {
  const accept = useChange(AcceptAnfrageDocument);
  const withdraw = useChange(WithdrawAnfrageDocument);
  const confirm = useChange(ConfirmVereinbarungDocument);
  const refresh = useRefresh();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [declining, setDeclining] = useState(false);
  const failure = accept.error ?? withdraw.error ?? confirm.error;
  const busy = accept.isPending || withdraw.isPending || confirm.isPending;
  const ref = { id: a.id, version: a.version };

  async function run(step: () => Promise<readonly UserError[]>) {
    setErrors({});
    try {
      const ue = await step();
      if (ue.length) {
        setErrors(problems(ue));
        if (isConflict(ue)) void refresh();
      }
    } catch {
      /* shown from the mutation's error */
    }
  }

  const v = a.vereinbarung;
  const canConfirm = side && a.status === 'ACCEPTED' && v && !v.confirmedBy.includes(side) && !v.agreed;
  const buttons = [];
  if (side === 'PARTNER' && a.status === 'REQUESTED') {
    buttons.push(
      <button key="annehmen" type="button" disabled={busy} onClick={() => run(async () => (await accept.mutateAsync({ input: ref })).acceptAnfrage.userErrors)}>
        Anfrage annehmen
      </button>,
      <button key="ablehnen" type="button" className="leise" disabled={busy} aria-expanded={declining} onClick={() => setDeclining(!declining)}>
        Anfrage ablehnen …
      </button>,
    );
  }
  if (side === 'INSTITUTION' && a.status === 'REQUESTED') {
    buttons.push(
      <button key="zurueck" type="button" className="leise" disabled={busy} onClick={() => run(async () => (await withdraw.mutateAsync({ input: ref })).withdrawAnfrage.userErrors)}>
        Anfrage zurückziehen
      </button>,
    );
  }
  if (canConfirm) {
    buttons.push(
      <button
        key="bestaetigen"
        type="button"
        disabled={busy}
        onClick={() => run(async () => (await confirm.mutateAsync({ input: { ...ref, contentHash: v.contentHash } })).confirmVereinbarung.userErrors)}
      >
        Vereinbarung bestätigen (Fassung {v.revision})
      </button>,
    );
  }
  if (!buttons.length) return null;
  return (
    <section aria-labelledby="schritte" className="karte-box">
      <h2 id="schritte">Ihr nächster Schritt</h2>
      <FormErrors errors={errors}>{failure && <p>{failure.message}</p>}</FormErrors>
      {canConfirm && <p>Lesen Sie die Vereinbarung (unten) und bestätigen Sie sie für Ihre Seite.</p>}
      <div className="knoepfe">{buttons}</div>
      {declining && <DeclineForm a={a} onDone={() => setDeclining(false)} />}
    </section>
  );
}

const declineReasons: AnfrageReasonCode[] = ['FULLY_BOOKED', 'SCHEDULE', 'TARGET_GROUP', 'LOCATION', 'FUNDING', 'OTHER'];

function DeclineForm({ a, onDone }: { a: Anfrage; onDone: () => void }) {
  const decline = useChange(DeclineAnfrageDocument);
  const [code, setCode] = useState<AnfrageReasonCode | ''>('');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = useRef<HTMLFormElement>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!code) {
      setErrors({ reasonCode: ['Bitte wählen Sie einen Grund.'] });
      focusFirstError(form.current);
      return;
    }
    setErrors({});
    try {
      const out = (await decline.mutateAsync({ input: { id: a.id, version: a.version, reasonCode: code, reason: text.trim() || null } })).declineAnfrage;
      if (out.userErrors.length) {
        setErrors(problems(out.userErrors));
        focusFirstError(form.current);
        return;
      }
      onDone();
    } catch {
      focusFirstError(form.current);
    }
  }

  return (
    <form ref={form} onSubmit={submit} noValidate className="formular">
      <FormErrors errors={errors}>{decline.error && <p>{decline.error.message}</p>}</FormErrors>
      <Select
        label="Grund der Ablehnung"
        name="reasonCode"
        required
        errors={errors}
        value={code}
        onChange={setCode}
        options={[{ value: '', label: 'Bitte wählen' }, ...declineReasons.map((r) => ({ value: r, label: reasonLabel[r] }))]}
      />
      <TextArea label="Erläuterung für die Einrichtung" name="reason" errors={errors} value={text} onChange={setText} hint="bei „Anderer Grund“ erforderlich" />
      <div className="knoepfe">
        <button type="submit" disabled={decline.isPending}>
          Ablehnung senden
        </button>
      </div>
    </form>
  );
}
