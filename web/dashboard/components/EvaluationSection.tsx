// The evaluation of a campus or the city (docs/evaluation.md) in short: a few KPIs of
// the range, needs recorded and covered and agreements month by month as a chart and
// a table, and the links to the full figures for the external evaluation (the
// printable report as HTML and PDF, the CSV file).
import type { EvaluationViewFragment } from '../gql/graphql';
import { euros, num } from '../app/format';
import { BarChart, ChartWithTable, colours } from './Chart';

/** lastMonths are the first and last month (YYYY-MM) of the n months up to this one. */
export function lastMonths(n = 12, now = new Date()): { from: string; to: string } {
  const ym = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  return { from: ym(new Date(now.getFullYear(), now.getMonth() - (n - 1), 1)), to: ym(now) };
}

const optional = (v: number | null | undefined, unit = '') => (v == null ? '–' : num(v) + unit);

export function EvaluationSection({ evaluation: e, of }: { evaluation: EvaluationViewFragment; of: string }) {
  const t = e.total;
  return (
    <section aria-labelledby="auswertung" className="karte-box">
      <h2 id="auswertung">Auswertung {of}</h2>
      <p className="leise-text">{t.label}. Alle Kennzahlen und wie sie berechnet werden: im Bericht für die Evaluation.</p>
      <dl className="zahlen">
        <div>
          <dt>Bedarfe erfasst</dt>
          <dd>{t.bedarfeRecorded}</dd>
        </div>
        <div>
          <dt>Bedarfe gedeckt</dt>
          <dd>{t.bedarfeCovered}</dd>
        </div>
        <div>
          <dt>Tage bis gedeckt (Median)</dt>
          <dd>{optional(t.medianDaysToCover)}</dd>
        </div>
        <div>
          <dt>Vereinbarungen</dt>
          <dd>{t.agreements}</dd>
        </div>
        <div>
          <dt>davon Soziale Stadt</dt>
          <dd>{optional(t.agreementsSozialeStadtPct, ' %')}</dd>
        </div>
        <div>
          <dt>Partner je Einrichtung</dt>
          <dd>{optional(t.partnersPerInstitution)}</dd>
        </div>
      </dl>
      <ChartWithTable
        tableTitle="Monate als Tabelle"
        chart={
          <BarChart
            label={`Balkendiagramm: erfasste und gedeckte Bedarfe und Vereinbarungen je Monat, ${t.label}. Die Daten stehen in der Tabelle darunter.`}
            data={{
              labels: e.months.map((m) => m.label),
              datasets: [
                { label: 'Bedarfe erfasst', data: e.months.map((m) => m.bedarfeRecorded), backgroundColor: colours[0] },
                { label: 'Bedarfe gedeckt', data: e.months.map((m) => m.bedarfeCovered), backgroundColor: colours[2] },
                { label: 'Vereinbarungen', data: e.months.map((m) => m.agreements), backgroundColor: colours[1] },
              ],
            }}
            options={{ scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }}
          />
        }
        table={
          <table>
            <caption>Kennzahlen je Monat</caption>
            <thead>
              <tr>
                <th scope="col">Monat</th>
                <th scope="col">Bedarfe erfasst</th>
                <th scope="col">gedeckt</th>
                <th scope="col">Vereinbarungen</th>
                <th scope="col">Termine</th>
                <th scope="col">Teilnehmende</th>
                <th scope="col">gebunden</th>
                <th scope="col">ausgegeben</th>
              </tr>
            </thead>
            <tbody>
              {[...e.months, t].map((m) => (
                <tr key={m.label} className={m === t ? 'summe' : undefined}>
                  <th scope="row">{m === t ? 'Zusammen' : m.label}</th>
                  <td className="zahl">{m.bedarfeRecorded}</td>
                  <td className="zahl">{m.bedarfeCovered}</td>
                  <td className="zahl">{m.agreements}</td>
                  <td className="zahl">{m.sessionsHeld}</td>
                  <td className="zahl">{m.participants}</td>
                  <td className="zahl">{euros(m.committedCent)}</td>
                  <td className="zahl">{euros(m.spentCent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      <p className="knoepfe">
        <a className="knopf leise" href={e.reportUrl}>
          Bericht für die Evaluation ansehen
        </a>
        <a className="knopf leise" href={e.pdfUrl} download>
          Bericht als PDF
        </a>
        <a className="knopf leise" href={e.csvUrl} download>
          Kennzahlen als CSV
        </a>
      </p>
    </section>
  );
}
