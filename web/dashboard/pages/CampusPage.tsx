// The campus on one page (Campus-Manager*in): member institutions, open needs as a
// matrix theme × age band, coverage per theme, the Anfragen pipeline, the budget lines,
// the Quartier on a map, the cooperation network and the evaluation of the last 12
// months. One request; it follows changes by others (live updates).
import { Link, useParams } from 'react-router';

import { CampusPageDocument, type CampusPageQuery, type AgeBand, type AnfrageStatus, type BedarfPriority, type Theme } from '../gql/graphql';
import { entity, useData } from '../app/data';
import { budgetUse } from '../app/budget';
import { ages, euros } from '../app/format';
import {
  ageBandLabel,
  ageBandOf,
  ageBands,
  anfrageStatusLabel,
  budgetCategoryLabel,
  institutionTypeLabel,
  priorityLabel,
  themeLabel,
  themes,
} from '../app/labels';
import { paths } from '../app/paths';
import { AnfrageTable } from '../components/AnfrageTable';
import { BarChart, ChartWithTable, colours } from '../components/Chart';
import { EvaluationSection, lastMonths } from '../components/EvaluationSection';
import { NetworkSection } from '../components/NetworkSection';
import { Notifications } from '../components/Notifications';
import { Page } from '../components/Page';
import { MapLegend, QuartierMap, type MapPoint } from '../components/QuartierMap';

const rank: Record<BedarfPriority, number> = { LOW: 1, MEDIUM: 2, HIGH: 3 };
const active: AnfrageStatus[] = ['REQUESTED', 'ACCEPTED', 'AGREED'];
const pipeline: AnfrageStatus[] = ['REQUESTED', 'ACCEPTED', 'AGREED', 'DONE', 'DECLINED', 'WITHDRAWN', 'CANCELLED'];

export function CampusPage() {
  const { id = '' } = useParams();
  const q = useData(CampusPageDocument, { id, ...lastMonths() }, { live: true });
  const d = q.data;
  const campus = entity(d?.node, 'name');
  const title = campus?.name ?? 'Kindercampus';
  const notFound = d && !campus;
  return (
    <Page title={title} kicker="Campus-Management" reads={[q]}>
      {notFound && <p className="status fehler">Diesen Kindercampus gibt es nicht, oder Sie dürfen ihn nicht sehen.</p>}
      {d && campus && <Campus d={d} campus={campus} />}
    </Page>
  );
}

type Data = CampusPageQuery;
type Campus = Extract<NonNullable<Data['node']>, { name: string }>;

function Campus({ d, campus }: { d: Data; campus: Campus }) {
  const bedarfe = d.bedarfe.nodes;
  const anfragen = d.anfragen.nodes;
  return (
    <>
      {campus.description && <p className="einleitung">{campus.description}</p>}
      <Notifications unread={d.viewer.unreadNotificationCount} items={d.viewer.notifications.nodes} />
      <div className="raster">
        <section aria-labelledby="mitglieder" className="karte-box">
          <h2 id="mitglieder">Einrichtungen des Campus</h2>
          <ul className="liste">
            {campus.institutionen.map((i) => (
              <li key={i.id}>
                <Link to={paths.institution(i.id)}>{i.name}</Link> <span className="leise-text">{institutionTypeLabel[i.type]}, {ages(i.ageRange)}</span>
              </li>
            ))}
          </ul>
        </section>
        <Pipeline anfragen={anfragen} />
      </div>
      <NeedMatrix bedarfe={bedarfe} total={d.bedarfe.totalCount} />
      <CoverageSection coverage={d.coverage} />
      <BudgetSection lines={(campus.budget ?? []).filter((l) => l.year === budgetYear(campus.budget ?? []))} year={budgetYear(campus.budget ?? [])} />
      <section aria-labelledby="offen" className="karte-box">
        <h2 id="offen">Laufende Anfragen</h2>
        <AnfrageTable
          caption="Laufende Anfragen des Campus, überfällige zuerst"
          side="beide"
          rows={anfragen.filter((a) => active.includes(a.status)).sort((a, b) => Number(b.overdue) - Number(a.overdue))}
        />
      </section>
      <CampusMap campus={campus} anfragen={anfragen} />
      <NetworkSection network={d.network} of={`des ${campus.name}`} filter={{ kindercampusId: campus.id }} />
      <EvaluationSection evaluation={d.evaluation} of={`des ${campus.name}`} />
    </>
  );
}

/** budgetYear is this year, or the last year the budget has. */
function budgetYear(lines: readonly { year: number }[]): number {
  const now = new Date().getFullYear();
  if (lines.some((l) => l.year === now) || !lines.length) return now;
  return Math.max(...lines.map((l) => l.year));
}

function Pipeline({ anfragen }: { anfragen: Data['anfragen']['nodes'] }) {
  const count = (s: AnfrageStatus) => anfragen.filter((a) => a.status === s).length;
  const overdue = anfragen.filter((a) => a.overdue);
  const waitingFor = (party: 'INSTITUTION' | 'PARTNER') => anfragen.filter((a) => a.nextActor === party || a.nextActor === 'BOTH').length;
  return (
    <section aria-labelledby="pipeline" className="karte-box">
      <h2 id="pipeline">Anfragen nach Stand</h2>
      <dl className="zahlen">
        {pipeline.map((s) => (
          <div key={s}>
            <dt>{anfrageStatusLabel[s]}</dt>
            <dd>{count(s)}</dd>
          </div>
        ))}
      </dl>
      <p>
        <strong className={overdue.length ? 'ueberfaellig' : undefined}>{overdue.length} überfällig</strong> · Einrichtungen sind bei {waitingFor('INSTITUTION')}{' '}
        am Zug, Partner bei {waitingFor('PARTNER')}.
      </p>
    </section>
  );
}

function NeedMatrix({ bedarfe, total }: { bedarfe: Data['bedarfe']['nodes']; total: number }) {
  const cell = (t: Theme, b: AgeBand) => bedarfe.filter((x) => x.theme === t && ageBandOf(x.ageRange) === b);
  const urgency = (xs: typeof bedarfe): BedarfPriority | null =>
    xs.reduce<BedarfPriority | null>((m, x) => (m === null || rank[x.priority] > rank[m] ? x.priority : m), null);
  return (
    <section aria-labelledby="bedarfe" className="karte-box">
      <h2 id="bedarfe">Offene Bedarfe nach Themenfeld und Alter</h2>
      <p className="leise-text">
        {total} offene Bedarfe{total > bedarfe.length ? ` (die ersten ${bedarfe.length} gezeigt)` : ''}. Die Farbe zeigt die höchste Dringlichkeit im Feld.
      </p>
      <div className="breit" tabIndex={0} role="region" aria-label="Tabelle, seitlich verschiebbar">
        <table className="matrix">
          <caption>Anzahl offener Bedarfe je Themenfeld und Altersband, mit der höchsten Dringlichkeit</caption>
          <thead>
            <tr>
              <th scope="col">Themenfeld</th>
              {ageBands.map((b) => (
                <th key={b.band} scope="col">
                  {ageBandLabel[b.band]} Jahre
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {themes.map((t) => (
              <tr key={t}>
                <th scope="row">{themeLabel[t]}</th>
                {ageBands.map((b) => {
                  const xs = cell(t, b.band);
                  const u = urgency(xs);
                  return (
                    <td key={b.band} className={u ? 'dringlich-' + u.toLowerCase() : 'leer'}>
                      {xs.length ? (
                        <>
                          {xs.length} <span className="klein">({priorityLabel[u!]})</span>
                        </>
                      ) : (
                        '–'
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Bedarfe</h3>
      <ul className="liste">
        {bedarfe.map((b) => (
          <li key={b.id}>
            <Link to={paths.bedarf(b.institution.id, b.id)}>{b.title}</Link>{' '}
            <span className="leise-text">
              {b.institution.name} · {themeLabel[b.theme]} · {ages(b.ageRange)} · Dringlichkeit {priorityLabel[b.priority]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CoverageSection({ coverage }: { coverage: Data['coverage'] }) {
  const perTheme = themes
    .map((t) => {
      const rows = coverage.filter((c) => c.theme === t);
      return { theme: t, open: rows.reduce((s, c) => s + c.openBedarfe, 0), unmet: rows.reduce((s, c) => s + c.unmetBedarfe, 0) };
    })
    .filter((r) => r.open > 0);
  return (
    <section aria-labelledby="abdeckung" className="karte-box">
      <h2 id="abdeckung">Abdeckung je Themenfeld</h2>
      {perTheme.length === 0 ? (
        <p className="hinweis">Keine offenen Bedarfe: nichts zu decken.</p>
      ) : (
        <ChartWithTable
          tableTitle="Abdeckung als Tabelle"
          chart={
            <BarChart
              label="Balkendiagramm: offene Bedarfe je Themenfeld und wie viele davon kein passendes Modul haben. Die Daten stehen in der Tabelle darunter."
              data={{
                labels: perTheme.map((r) => themeLabel[r.theme]),
                datasets: [
                  { label: 'Offene Bedarfe', data: perTheme.map((r) => r.open), backgroundColor: colours[0] },
                  { label: 'ohne passendes Modul', data: perTheme.map((r) => r.unmet), backgroundColor: colours[1] },
                ],
              }}
              options={{ scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }}
            />
          }
          table={
            <table>
              <caption>Bedarfe und Angebot je Themenfeld und Altersband, größte Lücke zuerst</caption>
              <thead>
                <tr>
                  <th scope="col">Themenfeld</th>
                  <th scope="col">Alter</th>
                  <th scope="col">Offene Bedarfe</th>
                  <th scope="col">ohne passendes Modul</th>
                  <th scope="col">Passende Module</th>
                  <th scope="col">Freie Plätze</th>
                </tr>
              </thead>
              <tbody>
                {coverage.map((c) => (
                  <tr key={c.theme + c.ageBand}>
                    <th scope="row">{themeLabel[c.theme]}</th>
                    <td>{ageBandLabel[c.ageBand]} Jahre</td>
                    <td>{c.openBedarfe}</td>
                    <td>{c.unmetBedarfe}</td>
                    <td>{c.deliverableModules}</td>
                    <td>{c.remainingCapacity}</td>
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

function BudgetSection({ lines, year }: { lines: NonNullable<Campus['budget']>; year: number }) {
  const use = budgetUse(lines);
  return (
    <section aria-labelledby="budget" className="karte-box">
      <h2 id="budget">Budget {year}</h2>
      {use.length === 0 ? (
        <p className="hinweis">Für {year} ist kein Budget erfasst.</p>
      ) : (
        <ChartWithTable
          tableTitle="Budget als Tabelle"
          chart={
            <BarChart
              height={60 + 40 * use.length}
              label={`Gestapeltes Balkendiagramm: je Budgetlinie ${year} ausgegeben, gebunden und frei, in Euro. Die Daten stehen in der Tabelle darunter.`}
              data={{
                labels: use.map((u) => budgetCategoryLabel[u.category]),
                datasets: [
                  { label: 'Ausgegeben', data: use.map((u) => u.spentCent / 100), backgroundColor: colours[3] },
                  { label: 'Gebunden', data: use.map((u) => u.committedCent / 100), backgroundColor: colours[1] },
                  { label: 'Frei', data: use.map((u) => Math.max(0, u.remainingCent) / 100), backgroundColor: colours[2] },
                ],
              }}
              options={{
                indexAxis: 'y',
                scales: { x: { stacked: true, beginAtZero: true }, y: { stacked: true } },
                plugins: { tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${euros(Number(c.raw) * 100)}` } } },
              }}
            />
          }
          table={
            <table>
              <caption>Budgetlinien {year}: Ansatz, ausgegeben, gebunden und frei</caption>
              <thead>
                <tr>
                  <th scope="col">Budgetlinie</th>
                  <th scope="col">Ansatz</th>
                  <th scope="col">Ausgegeben</th>
                  <th scope="col">Gebunden</th>
                  <th scope="col">Frei</th>
                </tr>
              </thead>
              <tbody>
                {use.map((u) => (
                  <tr key={u.category}>
                    <th scope="row">{budgetCategoryLabel[u.category]}</th>
                    <td className="zahl">{euros(u.amountCent)}</td>
                    <td className="zahl">{euros(u.spentCent)}</td>
                    <td className="zahl">{euros(u.committedCent)}</td>
                    <td className="zahl">{euros(u.remainingCent)}</td>
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

function CampusMap({ campus, anfragen }: { campus: Campus; anfragen: Data['anfragen']['nodes'] }) {
  const working = new Map<string, MapPoint>();
  for (const a of anfragen) {
    if (!['ACCEPTED', 'AGREED', 'DONE'].includes(a.status) || !a.partner.location) continue;
    working.set(a.partner.id, { id: a.partner.id, name: a.partner.name, kind: 'partner', ...a.partner.location });
  }
  const points: MapPoint[] = [
    ...campus.institutionen.filter((i) => i.location).map((i) => ({ id: i.id, name: i.name, kind: 'einrichtung' as const, ...i.location! })),
    ...working.values(),
  ];
  const q = campus.quartier;
  return (
    <section aria-labelledby="karte" className="karte-box">
      <h2 id="karte">Quartier {q.name}</h2>
      <p className="leise-text">
        Stadtbezirk {q.stadtbezirk} · soziale Priorität {Math.round(q.priority * 100)} von 100
      </p>
      <QuartierMap title={`Karte des Quartiers ${q.name} mit den Einrichtungen des Campus und den Partnern, die hier arbeiten`} areas={[q]} points={points} />
      <MapLegend />
      <ChartWithTable
        tableTitle="Standorte als Tabelle"
        chart={null}
        table={
          <table>
            <caption>Einrichtungen und Partner auf der Karte</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Art</th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.kind + p.id}>
                  <th scope="row">{p.name}</th>
                  <td>{p.kind === 'einrichtung' ? 'Einrichtung' : 'Partner (mit Anfrage hier)'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
    </section>
  );
}
