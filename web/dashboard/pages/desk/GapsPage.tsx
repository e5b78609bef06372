// The city map of coverage gaps: every Quartier of the city, those of the chosen
// Stadtbezirk coloured by their unmet need weighted by their social priority, from
// `coverage` (which the service answers per Stadtbezirk, Quartier or campus). Below
// it the same as tables: per Quartier, per Themenfeld and age band, and the needs no
// published Modul can serve. Two requests (three above 100 Quartiere): the Quartiere,
// then the coverage of the Stadtbezirk.
import { useRef } from 'react';
import { keepPreviousData } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';

import { DeskCoverageDocument, DeskQuartiereDocument, type BedarfPriority, type DeskCoverageQuery, type DeskQuartiereQuery } from '../../gql/graphql';
import { useAllPages, useData } from '../../app/data';
import { num } from '../../app/format';
import { ageBandLabel, priorityLabel, themeLabel } from '../../app/labels';
import { paths } from '../../app/paths';
import { useSession } from '../../app/session-context';
import { ChartWithTable } from '../../components/Chart';
import { Select } from '../../components/Field';
import { GapLegend, GapMap, type GapArea } from '../../components/GapMap';
import { Page } from '../../components/Page';

type Quartier = DeskQuartiereQuery['quartiere']['nodes'][number];
type Coverage = DeskCoverageQuery['coverage'];

/** Urgency weights of a need, as the service's gapScore counts them. */
const urgency: Record<BedarfPriority, number> = { HIGH: 1.5, MEDIUM: 1, LOW: 0.6 };

/** The Stadtbezirke, the one with the neediest Quartier first. */
function districts(quartiere: Quartier[]): string[] {
  const top = new Map<string, number>();
  for (const q of quartiere) top.set(q.stadtbezirk, Math.max(top.get(q.stadtbezirk) ?? 0, q.priority));
  return [...top.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'de')).map(([d]) => d);
}

export function GapsPage() {
  const areas = useAllPages(DeskQuartiereDocument, {}, (p) => p.quartiere.pageInfo);
  const quartiere = areas.pages.flatMap((p) => p.quartiere.nodes);
  const all = districts(quartiere);
  const [search, setSearch] = useSearchParams();
  const chosen = search.get('bezirk') ?? all[0] ?? '';
  // another Stadtbezirk: the page (and the focus on the choice) stays until its data is there
  const cov = useData(DeskCoverageDocument, { stadtbezirk: chosen }, { enabled: chosen !== '', live: true, placeholderData: keepPreviousData });
  const shown = useRef<{ district: string; coverage: Coverage } | null>(null);
  if (cov.data && !cov.isPlaceholderData) shown.current = { district: chosen, coverage: cov.data.coverage };
  const reads = chosen ? [areas, cov] : [areas];
  return (
    <Page title="Versorgungslücken in der Stadt" kicker="Bedarfe ohne passendes Angebot" reads={reads}>
      {!areas.isPending && !chosen && <p className="hinweis">Es sind noch keine Quartiere erfasst.</p>}
      {shown.current && (
        <>
          <form className="filterzeile" onSubmit={(e) => e.preventDefault()}>
            <Select
              label="Stadtbezirk"
              name="stadtbezirk"
              errors={{}}
              value={chosen}
              onChange={(d) => setSearch({ bezirk: d })}
              options={all.map((d) => ({ value: d, label: d }))}
              hint="Die Bezirke mit den Quartieren der höchsten sozialen Priorität stehen oben."
            />
          </form>
          {areas.truncated && (
            <p className="hinweis">Die Karte zeigt die ersten {quartiere.length} Quartiere (nach Nummer); weitere sind nicht geladen.</p>
          )}
          {cov.isPlaceholderData && (
            <p className="status laden" role="status">
              Die Daten für {chosen} werden geladen …
            </p>
          )}
          <Gaps district={shown.current.district} quartiere={quartiere} coverage={shown.current.coverage} />
        </>
      )}
    </Page>
  );
}

interface QuartierGap {
  q: Quartier;
  open: number;
  unmet: number;
  /** Σ over the unmet needs of urgency × (0.5 + priority) */
  gap: number;
}

/** classOf puts a gap into 0 (none) … 4 (largest fifth of the largest gap). */
function classOf(gap: number, max: number): number {
  if (gap <= 0 || max <= 0) return 0;
  return Math.min(4, 1 + Math.floor((gap / max) * 4 - 1e-9));
}

function Gaps({ district, quartiere, coverage }: { district: string; quartiere: Quartier[]; coverage: Coverage }) {
  // the Servicestelle may ask for an offer on an institution's behalf: its needs are links to their recommendations
  const mayAsk = useSession().role === 'SERVICESTELLE';
  const inDistrict = quartiere.filter((q) => q.stadtbezirk === district);
  const gaps = new Map<string, QuartierGap>(inDistrict.map((q) => [q.id, { q, open: 0, unmet: 0, gap: 0 }]));
  const unmetNeeds: { b: Coverage[number]['bedarfe'][number]; c: Coverage[number] }[] = [];
  for (const c of coverage) {
    c.bedarfe.forEach((b, i) => {
      const g = gaps.get(b.institution.quartier.id);
      const unmet = i < c.unmetBedarfe; // the service lists the unmet needs first
      if (unmet) unmetNeeds.push({ b, c });
      if (!g) return;
      g.open++;
      if (unmet) {
        g.unmet++;
        g.gap += urgency[b.priority] * (0.5 + g.q.priority);
      }
    });
  }
  const rows = [...gaps.values()].sort((a, b) => b.gap - a.gap || b.q.priority - a.q.priority);
  const max = Math.max(0, ...rows.map((r) => r.gap));
  const step = max / 4;
  const legend = ['keine Lücke', ...(max > 0 ? [1, 2, 3, 4].map((k) => `Lückenwert bis ${num(Math.round(step * k * 100) / 100)}`) : [])];
  const mapAreas: GapArea[] = quartiere.map((q) => {
    const g = gaps.get(q.id);
    return {
      id: q.id,
      name: q.name,
      geometry: q.geometry,
      centroid: q.centroid ?? null,
      cls: g ? classOf(g.gap, max) : null,
      text: g
        ? `${q.name}: ${g.unmet} von ${g.open} offenen Bedarfen ohne passendes Modul, Lückenwert ${num(Math.round(g.gap * 100) / 100)}`
        : `${q.name} (Stadtbezirk ${q.stadtbezirk})`,
    };
  });
  const totalOpen = coverage.reduce((s, c) => s + c.openBedarfe, 0);
  const totalUnmet = coverage.reduce((s, c) => s + c.unmetBedarfe, 0);
  return (
    <>
      <dl className="zahlen">
        <div>
          <dt>Offene Bedarfe</dt>
          <dd>{totalOpen}</dd>
        </div>
        <div>
          <dt>ohne passendes Modul</dt>
          <dd>{totalUnmet}</dd>
        </div>
        <div>
          <dt>Quartiere im Bezirk</dt>
          <dd>{inDistrict.length}</dd>
        </div>
      </dl>
      <section aria-labelledby="karte" className="karte-box">
        <h2 id="karte">Karte: Stadtbezirk {district}</h2>
        <p className="leise-text">
          Farbe: der Lückenwert des Quartiers – für jeden offenen Bedarf, den kein veröffentlichtes Modul decken kann, seine Dringlichkeit (hoch 1,5,
          mittel 1, niedrig 0,6) mal (0,5 + soziale Priorität des Quartiers). Je dunkler, desto größer die Lücke; Quartiere anderer Bezirke sind grau.
          Quartiere ohne Umriss erscheinen als Kreis an ihrem Mittelpunkt.
        </p>
        <GapMap title={`Karte der Quartiere Dortmunds, die des Stadtbezirks ${district} nach Lückenwert gefärbt`} areas={mapAreas} />
        <GapLegend labels={legend} outside="anderer Stadtbezirk" />
        <ChartWithTable
          tableTitle="Karte als Tabelle"
          chart={null}
          table={
            <table>
              <caption>Quartiere des Stadtbezirks {district}, größte Lücke zuerst</caption>
              <thead>
                <tr>
                  <th scope="col">Quartier</th>
                  <th scope="col">Soziale Priorität</th>
                  <th scope="col">Offene Bedarfe</th>
                  <th scope="col">ohne passendes Modul</th>
                  <th scope="col">Lückenwert</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.q.id}>
                    <th scope="row">
                      {r.q.name} <span className="leise-text">({r.q.number}{r.q.sozialeStadt ? ', Aktionsraum Soziale Stadt' : ''})</span>
                    </th>
                    <td className="zahl">{Math.round(r.q.priority * 100)} von 100</td>
                    <td className="zahl">{r.open}</td>
                    <td className="zahl">{r.unmet}</td>
                    <td className="zahl">{num(Math.round(r.gap * 100) / 100)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      </section>
      <section aria-labelledby="themen" className="karte-box">
        <h2 id="themen">Je Themenfeld und Alter</h2>
        {coverage.length === 0 ? (
          <p className="hinweis">Im Bezirk gibt es keine offenen Bedarfe.</p>
        ) : (
          <div className="breit" tabIndex={0} role="region" aria-label="Tabelle, seitlich verschiebbar">
            <table>
              <caption>Bedarfe und Angebot im Stadtbezirk {district}, größte Lücke (gapScore) zuerst</caption>
              <thead>
                <tr>
                  <th scope="col">Themenfeld</th>
                  <th scope="col">Alter</th>
                  <th scope="col">Offene Bedarfe</th>
                  <th scope="col">ohne passendes Modul</th>
                  <th scope="col">Passende Module</th>
                  <th scope="col">Freie Plätze</th>
                  <th scope="col">Lücke (gapScore)</th>
                </tr>
              </thead>
              <tbody>
                {coverage.map((c) => (
                  <tr key={c.theme + c.ageBand}>
                    <th scope="row">{themeLabel[c.theme]}</th>
                    <td>{ageBandLabel[c.ageBand]} Jahre</td>
                    <td className="zahl">{c.openBedarfe}</td>
                    <td className="zahl">{c.unmetBedarfe}</td>
                    <td className="zahl">{c.deliverableModules}</td>
                    <td className="zahl">{c.remainingCapacity}</td>
                    <td className="zahl">{num(c.gapScore)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {unmetNeeds.length > 0 && (
        <section aria-labelledby="ungedeckt" className="karte-box">
          <h2 id="ungedeckt">Bedarfe ohne passendes Modul</h2>
          <ul className="liste">
            {unmetNeeds.map(({ b, c }) => (
              <li key={b.id}>
                {mayAsk ? <Link to={paths.bedarf(b.institution.id, b.id)}>{b.title}</Link> : b.title}{' '}
                <span className="leise-text">
                  {b.institution.name} · {themeLabel[c.theme]} · {ageBandLabel[c.ageBand]} Jahre · Dringlichkeit {priorityLabel[b.priority]}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
