// Funding controlling for a year: budget, committed, spent and free money per source
// (programmes and campus budget lines) and by Themenfeld, as charts and tables, the
// report as CSV, and the applications for funding waiting for the Servicestelle's
// decision (approve, or reject with a note). One request.
import { useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { keepPreviousData } from '@tanstack/react-query';

import { DecideFoerderantragDocument, FundingPageDocument, type FundingPageQuery } from '../../gql/graphql';
import { useChange, useData, useRefresh } from '../../app/data';
import { serviceUrl } from '../../app/endpoints';
import { euros, instant, num } from '../../app/format';
import { fieldErrors, isConflict, type FieldErrors } from '../../app/graphql';
import { anfrageStatusLabel, budgetCategoryLabel, themeLabel, themes } from '../../app/labels';
import { paths } from '../../app/paths';
import { BarChart, ChartWithTable, colours, wrapLabel } from '../../components/Chart';
import { FormErrors, Select, TextArea, focusFirstError } from '../../components/Field';
import { Page } from '../../components/Page';
import { Done, type DoneMessage } from '../../components/Status';

type Report = FundingPageQuery['fundingReport'];
type Application = FundingPageQuery['applications']['nodes'][number];

export function FundingPage() {
  const [search, setSearch] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const asked = Number(search.get('jahr'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : thisYear;
  const q = useData(FundingPageDocument, { year }, { placeholderData: keepPreviousData });
  const [done, setDone] = useState<DoneMessage | null>(null);
  const years = [...new Set([thisYear - 2, thisYear - 1, thisYear, thisYear + 1, year])].sort();
  const report = q.data?.fundingReport;
  return (
    <Page title={`Förderung ${year}`} kicker="Controlling der Mittel" reads={[q]}>
      <Done message={done} />
      <form className="filterzeile" onSubmit={(e) => e.preventDefault()}>
        <Select
          label="Haushaltsjahr"
          name="year"
          errors={{}}
          value={String(year)}
          onChange={(y) => setSearch({ jahr: y })}
          options={years.map((y) => ({ value: String(y), label: String(y) }))}
        />
        <p>
          <a className="knopf leise" href={serviceUrl(`export/foerderung.csv?year=${year}`)} download>
            Bericht {year} als CSV herunterladen
          </a>
        </p>
      </form>
      {q.isPlaceholderData && (
        <p className="status laden" role="status">
          Die Zahlen für {year} werden geladen …
        </p>
      )}
      {report && !q.isPlaceholderData && (
        <>
          <Totals r={report} />
          <Sources r={report} />
          <ByTheme r={report} />
          <Applications apps={q.data!.applications.nodes} total={q.data!.applications.totalCount} onDone={setDone} />
        </>
      )}
    </Page>
  );
}

function Totals({ r }: { r: Report }) {
  return (
    <dl className="zahlen geld">
      <div>
        <dt>Budget</dt>
        <dd>{euros(r.budgetCent)}</dd>
      </div>
      <div>
        <dt>Gebunden</dt>
        <dd>{euros(r.committedCent)}</dd>
      </div>
      <div>
        <dt>Ausgegeben</dt>
        <dd>{euros(r.spentCent)}</dd>
      </div>
      <div>
        <dt>Frei</dt>
        <dd>{euros(r.remainingCent)}</dd>
      </div>
      <div>
        <dt>in Aktionsräumen Soziale Stadt</dt>
        <dd>
          {euros(r.sozialeStadtCent)}
          {r.sozialeStadtSharePct != null && <span className="klein"> ({num(r.sozialeStadtSharePct)} %)</span>}
        </dd>
      </div>
    </dl>
  );
}

function Sources({ r }: { r: Report }) {
  const s = r.sources;
  return (
    <section aria-labelledby="quellen" className="karte-box">
      <h2 id="quellen">Je Quelle</h2>
      {s.length === 0 ? (
        <p className="hinweis">Für {r.year} ist kein Budget erfasst.</p>
      ) : (
        <ChartWithTable
          tableTitle="Quellen als Tabelle"
          chart={
            <BarChart
              height={60 + 44 * s.length}
              label={`Gestapeltes Balkendiagramm: je Förderprogramm und Budgetlinie ${r.year} ausgegeben, gebunden und frei, in Euro. Die Daten stehen in der Tabelle darunter.`}
              data={{
                labels: s.map((x) => wrapLabel(x.label)),
                datasets: [
                  { label: 'Ausgegeben', data: s.map((x) => x.spentCent / 100), backgroundColor: colours[3] },
                  { label: 'Gebunden', data: s.map((x) => x.committedCent / 100), backgroundColor: colours[1] },
                  { label: 'Frei', data: s.map((x) => Math.max(0, x.remainingCent) / 100), backgroundColor: colours[2] },
                ],
              }}
              options={{
                indexAxis: 'y',
                scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true, ticks: { autoSkip: false } } },
                plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${euros(Number(c.raw) * 100)}` } } },
              }}
            />
          }
          table={
            <table>
              <caption>Quellen {r.year}: Budget, ausgegeben, gebunden und frei</caption>
              <thead>
                <tr>
                  <th scope="col">Quelle</th>
                  <th scope="col">Budget</th>
                  <th scope="col">Ausgegeben</th>
                  <th scope="col">Gebunden</th>
                  <th scope="col">Frei</th>
                </tr>
              </thead>
              <tbody>
                {s.map((x) => (
                  <tr key={x.label}>
                    <th scope="row">{x.label}</th>
                    <td className="zahl">{euros(x.budgetCent)}</td>
                    <td className="zahl">{euros(x.spentCent)}</td>
                    <td className="zahl">{euros(x.committedCent)}</td>
                    <td className="zahl">{euros(x.remainingCent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
    </section>
  );
}

function ByTheme({ r }: { r: Report }) {
  const perTheme = themes
    .map((t) => {
      const rows = r.rows.filter((x) => x.theme === t);
      return { theme: t, committed: rows.reduce((a, x) => a + x.committedCent, 0), spent: rows.reduce((a, x) => a + x.spentCent, 0), n: rows.reduce((a, x) => a + x.anfragen, 0) };
    })
    .filter((x) => x.n > 0);
  return (
    <section aria-labelledby="verwendung" className="karte-box">
      <h2 id="verwendung">Wofür das Geld gebunden ist</h2>
      {r.rows.length === 0 ? (
        <p className="hinweis">{r.year} ist noch kein Geld gebunden oder ausgegeben.</p>
      ) : (
        <ChartWithTable
          tableTitle="Verwendung als Tabelle"
          chart={
            <BarChart
              label={`Balkendiagramm: ${r.year} gebundenes und ausgegebenes Geld je Themenfeld, in Euro. Die Daten stehen in der Tabelle darunter.`}
              data={{
                labels: perTheme.map((x) => themeLabel[x.theme]),
                datasets: [
                  { label: 'Gebunden', data: perTheme.map((x) => x.committed / 100), backgroundColor: colours[1] },
                  { label: 'Ausgegeben', data: perTheme.map((x) => x.spent / 100), backgroundColor: colours[3] },
                ],
              }}
              options={{
                scales: { y: { beginAtZero: true } },
                plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${euros(Number(c.raw) * 100)}` } } },
              }}
            />
          }
          table={
            <table>
              <caption>Gebunden und ausgegeben {r.year} je Quelle, Kindercampus, Themenfeld und Quartier</caption>
              <thead>
                <tr>
                  <th scope="col">Quelle</th>
                  <th scope="col">Kindercampus</th>
                  <th scope="col">Themenfeld</th>
                  <th scope="col">Quartier</th>
                  <th scope="col">Anfragen</th>
                  <th scope="col">Gebunden</th>
                  <th scope="col">Ausgegeben</th>
                </tr>
              </thead>
              <tbody>
                {r.rows.map((x, i) => (
                  <tr key={i}>
                    <th scope="row">{x.programme?.name ?? (x.category ? budgetCategoryLabel[x.category] : '–')}</th>
                    <td>{x.kindercampus?.name ?? '–'}</td>
                    <td>{x.theme ? themeLabel[x.theme] : '–'}</td>
                    <td>
                      {x.quartier?.name ?? '–'}
                      {x.sozialeStadt && ' (Soziale Stadt)'}
                    </td>
                    <td className="zahl">{x.anfragen}</td>
                    <td className="zahl">{euros(x.committedCent)}</td>
                    <td className="zahl">{euros(x.spentCent)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
    </section>
  );
}

interface Pending {
  a: Application;
  p: NonNullable<Application['foerderantrag']>['programmes'][number];
}

function Applications({ apps, total, onDone }: { apps: Application[]; total: number; onDone: (d: DoneMessage) => void }) {
  const pending: Pending[] = apps.flatMap((a) => (a.foerderantrag?.programmes ?? []).filter((p) => p.status === 'SUBMITTED').map((p) => ({ a, p })));
  return (
    <section aria-labelledby="antraege" className="karte-box">
      <h2 id="antraege">
        Offene Förderanträge <span className="zahl">{pending.length}</span>
      </h2>
      {total > apps.length && <p className="leise-text">Geprüft sind die {apps.length} neuesten laufenden Anfragen.</p>}
      {pending.length === 0 ? (
        <p className="hinweis">Kein Antrag wartet auf eine Entscheidung.</p>
      ) : (
        <ul className="karten">
          {pending.map((x) => (
            <Decision key={x.a.id + x.p.programme.id} x={x} onDone={onDone} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Decision({ x: { a, p }, onDone }: { x: Pending; onDone: (d: DoneMessage) => void }) {
  const decide = useChange(DecideFoerderantragDocument);
  const refresh = useRefresh();
  const [rejecting, setRejecting] = useState(false);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const form = useRef<HTMLFormElement>(null);
  const headingId = `antrag-${a.id}-${p.programme.id}`;

  async function send(approve: boolean) {
    setErrors({});
    try {
      const out = (await decide.mutateAsync({ input: { id: a.id, version: a.version, programmeId: p.programme.id, approve, note: note.trim() || null } }))
        .decideFoerderantrag;
      if (out.userErrors.length) {
        const fe = fieldErrors(out.userErrors);
        if (isConflict(out.userErrors)) {
          (fe[''] ??= []).push('Die Anfrage hat sich inzwischen geändert; der aktuelle Stand wird angezeigt.');
          void refresh();
        }
        setErrors(fe);
        focusFirstError(form.current);
        return;
      }
      onDone({ text: `Der Antrag an „${p.programme.name}“ für „${a.modul.title}“ ist ${approve ? 'bewilligt' : 'abgelehnt'}.` });
    } catch {
      /* shown from the mutation's error */
    }
  }

  function reject(e: FormEvent) {
    e.preventDefault();
    if (!note.trim()) {
      setErrors({ note: ['Bitte begründen Sie die Ablehnung.'] });
      focusFirstError(form.current);
      return;
    }
    void send(false);
  }

  return (
    <li className="karte-box" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {p.programme.name}: <Link to={paths.anfrage(a.id)}>{a.modul.title}</Link>
      </h3>
      <p>
        {a.institution.name} · Anfrage {anfrageStatusLabel[a.status]} · Kosten {euros(a.totalCostCent)} · beantragt {euros(p.coveredCent)} am{' '}
        {instant(p.submittedAt)}
      </p>
      <p className="knoepfe">
        <a href={p.formUrl}>Antrag ansehen</a>
        <a href={p.pdfUrl} download>
          Antrag als PDF
        </a>
      </p>
      <FormErrors errors={rejecting ? {} : errors}>{decide.error && <p>{decide.error.message}</p>}</FormErrors>
      <div className="knoepfe">
        <button type="button" disabled={decide.isPending} onClick={() => send(true)}>
          Bewilligen<span className="nur-vorlesen">: {p.programme.name} für {a.modul.title}</span>
        </button>
        <button type="button" className="leise" disabled={decide.isPending} aria-expanded={rejecting} onClick={() => setRejecting(!rejecting)}>
          Ablehnen …
        </button>
      </div>
      {rejecting && (
        <form ref={form} onSubmit={reject} noValidate className="formular">
          <FormErrors errors={errors} />
          <TextArea label="Begründung" name="note" required errors={errors} value={note} onChange={setNote} hint="Die Einrichtung sieht sie bei ihrem Antrag." />
          <div className="knoepfe">
            <button type="submit" disabled={decide.isPending}>
              Antrag ablehnen
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
