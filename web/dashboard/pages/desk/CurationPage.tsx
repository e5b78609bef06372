// The curation queue: Module in review, the oldest change first, to publish or to
// give back to the partner with a note. Coordinators see those of their Themenfelder
// (the Modul's main theme decides who may publish it). One request; it follows
// changes by others (live updates).
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { CurationQueueDocument, PublishModulDocument, RejectModulDocument, type CurationQueueQuery, type Theme } from '../../gql/graphql';
import { useChange, useData, useRefresh } from '../../app/data';
import { ages, date, euros } from '../../app/format';
import { fieldErrors, isConflict, type FieldErrors, type UserError } from '../../app/graphql';
import { costUnitLabel, deliveryModeLabel, formatLabel, institutionTypeLabel, themeLabel } from '../../app/labels';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session-context';
import { FormErrors, TextArea, focusFirstError } from '../../components/Field';
import { Page } from '../../components/Page';
import { Done, type DoneMessage } from '../../components/Status';

type Modul = CurationQueueQuery['module']['nodes'][number];

export function CurationPage() {
  const session = useSession();
  const themes = session.role === 'COORDINATOR' ? (session.scope.themes as Theme[]) : null;
  const q = useData(CurationQueueDocument, { themes }, { live: true });
  const [done, setDone] = useState<DoneMessage | null>(null);
  const all = q.data?.module.nodes ?? [];
  const mine = themes ? all.filter((m) => themes.includes(m.theme)) : all;
  return (
    <Page
      title="Module in Prüfung"
      kicker={themes ? `Koordination ${themes.map((t) => themeLabel[t]).join(', ')}` : 'Servicestelle'}
      reads={[q]}
    >
      <Done message={done} />
      {q.data && (
        <>
          <p className="leise-text">
            {mine.length === 0
              ? 'Kein Modul wartet auf Prüfung.'
              : `${mine.length} ${mine.length === 1 ? 'Modul wartet' : 'Module warten'} auf Prüfung, das am längsten wartende zuerst.`}{' '}
            Die Liste folgt Änderungen anderer von selbst.
          </p>
          <ul className="karten">
            {mine.map((m) => (
              <CurationItem key={m.id} m={m} onDone={setDone} />
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}

function problems(errors: readonly UserError[]): FieldErrors {
  const fe = fieldErrors(errors);
  if (isConflict(errors)) (fe[''] ??= []).push('Das Modul wurde inzwischen geändert; der aktuelle Stand wird angezeigt.');
  return fe;
}

function CurationItem({ m, onDone }: { m: Modul; onDone: (d: DoneMessage) => void }) {
  const publish = useChange(PublishModulDocument);
  const reject = useChange(RejectModulDocument);
  const refresh = useRefresh();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const form = useRef<HTMLFormElement>(null);
  const busy = publish.isPending || reject.isPending;
  const failure = publish.error ?? reject.error;
  const headingId = 'modul-' + m.id;

  async function run(step: () => Promise<readonly UserError[]>, success: string) {
    setErrors({});
    try {
      const ue = await step();
      if (ue.length) {
        setErrors(problems(ue));
        focusFirstError(form.current);
        if (isConflict(ue)) void refresh();
        return;
      }
      onDone({ text: success });
    } catch {
      /* shown from the mutation's error */
    }
  }

  function sendBack(e: FormEvent) {
    e.preventDefault();
    if (!note.trim()) {
      setErrors({ note: ['Bitte schreiben Sie dem Partner, was er ändern soll.'] });
      focusFirstError(form.current);
      return;
    }
    void run(
      async () => (await reject.mutateAsync({ input: { id: m.id, version: m.version, note: note.trim() } })).rejectModul.userErrors,
      `„${m.title}“ ist mit Ihrem Hinweis an ${m.partner.name} zurückgegeben.`,
    );
  }

  return (
    <li className="karte-box" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link to={paths.modul(m.id)}>{m.title}</Link>
      </h2>
      <p className="leise-text">
        {m.partner.name} · {themeLabel[m.theme]}
        {m.themes.length > 1 && ` (auch ${m.themes.filter((t) => t !== m.theme).map((t) => themeLabel[t]).join(', ')})`} · eingereicht oder geändert am{' '}
        {date(m.updatedAt.slice(0, 10))}
      </p>
      <p className="beschreibung">{m.description}</p>
      <dl className="eckdaten">
        <div>
          <dt>Alter</dt>
          <dd>{ages(m.ageRange)}</dd>
        </div>
        <div>
          <dt>Für</dt>
          <dd>{m.targetTypes.map((t) => institutionTypeLabel[t]).join(', ')}</dd>
        </div>
        <div>
          <dt>Format und Ort</dt>
          <dd>
            {m.formats.map((f) => formatLabel[f]).join(', ')} · {m.deliveryModes.map((d) => deliveryModeLabel[d]).join(', ')}
          </dd>
        </div>
        <div>
          <dt>Gruppe, Plätze</dt>
          <dd>
            {m.groupSize.min}–{m.groupSize.max} · {m.capacity} Buchungen
          </dd>
        </div>
        <div>
          <dt>Preis</dt>
          <dd>
            {m.free ? 'kostenfrei' : `${euros(m.costCent)} ${costUnitLabel[m.costUnit]}`}
            {m.fundable && ' · förderfähig'}
          </dd>
        </div>
      </dl>
      <FormErrors errors={rejecting ? {} : errors}>{failure && <p>{failure.message}</p>}</FormErrors>
      <div className="knoepfe">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            run(async () => (await publish.mutateAsync({ input: { id: m.id, version: m.version } })).publishModul.userErrors, `„${m.title}“ ist veröffentlicht.`)
          }
        >
          Veröffentlichen<span className="nur-vorlesen">: {m.title}</span>
        </button>
        <button type="button" className="leise" disabled={busy} aria-expanded={rejecting} onClick={() => setRejecting(!rejecting)}>
          Zurückgeben …<span className="nur-vorlesen"> {m.title}</span>
        </button>
      </div>
      {rejecting && (
        <form ref={form} onSubmit={sendBack} noValidate className="formular">
          <FormErrors errors={errors} />
          <TextArea
            label="Hinweis an den Partner"
            name="note"
            required
            errors={errors}
            value={note}
            onChange={setNote}
            hint="Was soll geändert werden? Der Partner sieht den Hinweis bei seinem Entwurf."
          />
          <div className="knoepfe">
            <button type="submit" disabled={busy}>
              Mit Hinweis zurückgeben
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
