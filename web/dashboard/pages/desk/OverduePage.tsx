// Anfragen to re-route ("umleiten"): those whose next actor let the deadline pass,
// longest overdue first, and declined ones not yet sent elsewhere — each with the next
// best Module for its need, one click to ask that one instead (the old request is
// withdrawn and linked to the new one). One request; it follows changes by others.
import { useState } from 'react';
import { Link } from 'react-router';

import { OverdueAnfragenDocument, RerouteAnfrageDocument, type OverdueAnfragenQuery } from '../../gql/graphql';
import { useChange, useData, useRefresh } from '../../app/data';
import { instant, percent } from '../../app/format';
import { fieldErrors, isConflict, type FieldErrors } from '../../app/graphql';
import { anfrageStatusLabel } from '../../app/labels';
import { paths } from '../../app/paths';
import { NextStep } from '../../components/AnfrageTable';
import { FormErrors } from '../../components/Field';
import { Page } from '../../components/Page';
import { Done, type DoneMessage } from '../../components/Status';

type Anfrage = OverdueAnfragenQuery['overdue']['nodes'][number] & {
  reroutedTo?: { id: string } | null;
  reason?: { label: string; text?: string | null } | null;
};

export function OverduePage() {
  const q = useData(OverdueAnfragenDocument, {}, { live: true });
  const [done, setDone] = useState<DoneMessage | null>(null);
  const overdue = q.data?.overdue.nodes ?? [];
  // declined ones whose need is still open and that nobody re-routed yet
  const declined = (q.data?.declined.nodes ?? []).filter((a) => !a.reroutedTo && a.bedarf?.status === 'OPEN');
  return (
    <Page title="Anfragen umleiten" kicker="Servicestelle" reads={[q]}>
      <Done message={done} />
      {q.data && (
        <>
          <section aria-labelledby="ueberfaellig">
            <h2 id="ueberfaellig">
              Überfällig <span className="zahl">{q.data.overdue.totalCount}</span>
            </h2>
            {overdue.length === 0 ? (
              <p className="hinweis">Keine Anfrage ist überfällig.</p>
            ) : (
              <>
                {q.data.overdue.totalCount > overdue.length && (
                  <p className="leise-text">Die {overdue.length} am längsten überfälligen sind gezeigt.</p>
                )}
                <ul className="karten">
                  {overdue.map((a) => (
                    <Reroutable key={a.id} a={a} onDone={setDone} />
                  ))}
                </ul>
              </>
            )}
          </section>
          <section aria-labelledby="abgelehnt">
            <h2 id="abgelehnt">Abgelehnt, Bedarf noch offen</h2>
            {declined.length === 0 ? (
              <p className="hinweis">Keine abgelehnte Anfrage wartet auf eine Vermittlung.</p>
            ) : (
              <ul className="karten">
                {declined.map((a) => (
                  <Reroutable key={a.id} a={a} onDone={setDone} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Page>
  );
}

function Reroutable({ a, onDone }: { a: Anfrage; onDone: (d: DoneMessage) => void }) {
  const reroute = useChange(RerouteAnfrageDocument);
  const refresh = useRefresh();
  const [errors, setErrors] = useState<FieldErrors>({});
  const headingId = 'anfrage-' + a.id;

  async function to(modul: { id: string; title: string; partner: { name: string } }) {
    setErrors({});
    try {
      const out = (await reroute.mutateAsync({ input: { id: a.id, version: a.version, modulId: modul.id } })).rerouteAnfrage;
      if (out.userErrors.length || !out.anfrage) {
        const fe = fieldErrors(out.userErrors);
        if (isConflict(out.userErrors)) {
          (fe[''] ??= []).push('Die Anfrage hat sich inzwischen geändert; der aktuelle Stand wird angezeigt.');
          void refresh();
        }
        setErrors(fe);
        return;
      }
      onDone({
        text: `Die Anfrage von ${a.institution.name} ist an „${modul.title}“ (${modul.partner.name}) umgeleitet.`,
        link: { to: paths.anfrage(out.anfrage.id), label: 'Neue Anfrage ansehen' },
      });
    } catch {
      /* shown from the mutation's error */
    }
  }

  return (
    <li className="karte-box" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <Link to={paths.anfrage(a.id)}>{a.modul.title}</Link>
      </h3>
      <p>
        {a.institution.name} bei {a.partner.name} · {anfrageStatusLabel[a.status]} seit {instant(a.createdAt)}
        {a.reason && ` · Grund: ${a.reason.label}${a.reason.text ? ` – ${a.reason.text}` : ''}`}
      </p>
      {a.nextActor && (
        <p>
          Am Zug: <NextStep a={a} />
        </p>
      )}
      {a.bedarf && (
        <p className="leise-text">
          Bedarf: <Link to={paths.bedarf(a.institution.id, a.bedarf.id)}>{a.bedarf.title}</Link>
        </p>
      )}
      <FormErrors errors={errors}>{reroute.error && <p>{reroute.error.message}</p>}</FormErrors>
      {a.alternatives.length === 0 ? (
        <p className="hinweis">
          {a.bedarf ? 'Kein anderes Modul passt zu diesem Bedarf.' : 'Die Anfrage nennt keinen Bedarf: es gibt keine Empfehlungen.'} Andere Module
          wählen Sie auf der Seite der Anfrage oder des Bedarfs.
        </p>
      ) : (
        <>
          <h4>Nächstbeste Module</h4>
          <ul className="alternativen">
            {a.alternatives.map((r) => (
              <li key={r.modul.id}>
                <div>
                  <Link to={paths.modul(r.modul.id)}>{r.modul.title}</Link>{' '}
                  <span className="leise-text">
                    {r.modul.partner.name} · Passung {percent(r.score)}
                    {r.reasons[0] && ` · ${r.reasons[0]}`}
                  </span>
                </div>
                <button type="button" className="leise" disabled={reroute.isPending} onClick={() => to(r.modul)}>
                  Umleiten<span className="nur-vorlesen"> an {r.modul.title}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
