// The cooperation network of a scope (a campus, the city, a Themenfeld), as the
// campus page and the Servicestelle's desk show it: key figures, the graph, the same
// as tables (cooperations, partners, institutions, gaps per Themenfeld, growth per
// quarter) and the downloads for Gephi (GraphML, GEXF).
import { useMemo } from 'react';

import type { NetworkViewFragment } from '../gql/graphql';
import { serviceUrl } from '../app/endpoints';
import { date, num, percent } from '../app/format';
import { institutionTypeLabel, themeLabel } from '../app/labels';
import { ChartWithTable } from './Chart';
import { NetworkGraph, NetworkLegend, type GraphEdge, type GraphNode } from './NetworkGraph';

interface Props {
  network: NetworkViewFragment;
  /** what the network is of, for the headings: "des Campus Hörde-Clarenberg", "der Stadt" */
  of: string;
  /** the filter as the downloads take it (kindercampusId, theme …) */
  filter: Record<string, string | null | undefined>;
}

export function NetworkSection({ network: n, of, filter }: Props) {
  const names = useMemo(() => {
    const m = new Map<string, string>();
    for (const i of n.institutions) m.set(i.institution.id, i.institution.name);
    for (const p of n.partners) m.set(p.partner.id, p.partner.name);
    return m;
  }, [n]);
  const { nodes, edges } = useMemo(() => {
    const bridges = new Set(n.partners.filter((p) => (p.betweenness ?? 0) > 0).map((p) => p.partner.id));
    const nodes: GraphNode[] = [
      ...n.institutions.map((i) => ({ id: i.institution.id, name: i.institution.name, kind: 'einrichtung' as const, degree: i.degree })),
      ...n.partners.map((p) => ({ id: p.partner.id, name: p.partner.name, kind: 'partner' as const, degree: p.degree, bridge: bridges.has(p.partner.id) })),
    ];
    const edges: GraphEdge[] = n.edges.map((e) => ({ institution: e.institution.id, partner: e.partner.id, weight: e.weight }));
    return { nodes, edges };
  }, [n]);
  const query = new URLSearchParams(Object.entries(filter).filter((e): e is [string, string] => !!e[1])).toString();
  const download = (ext: string) => serviceUrl(`export/netzwerk.${ext}`) + (query ? '?' + query : '');
  const connected = n.institutions.filter((i) => i.degree > 0).length;
  const partners = [...n.partners].sort((a, b) => (b.betweenness ?? 0) - (a.betweenness ?? 0) || b.degree - a.degree);
  return (
    <section aria-labelledby="netz" className="karte-box">
      <h2 id="netz">Kooperationsnetz {of}</h2>
      <p className="leise-text">
        Wer mit wem arbeitet: eine Linie für jede Einrichtung und jeden Partner mit mindestens einer angenommenen, vereinbarten oder
        durchgeführten Anfrage.
      </p>
      <dl className="zahlen">
        <div>
          <dt>Einrichtungen</dt>
          <dd>{n.institutions.length}</dd>
        </div>
        <div>
          <dt>mit Partner</dt>
          <dd>{connected}</dd>
        </div>
        <div>
          <dt>Partner</dt>
          <dd>{n.partners.length}</dd>
        </div>
        <div>
          <dt>Kooperationen</dt>
          <dd>{n.cooperations}</dd>
        </div>
        <div>
          <dt>Dichte</dt>
          <dd>{percent(n.density)}</dd>
        </div>
      </dl>
      {n.betweennessStatus === 'PENDING' && <p className="hinweis">Welche Partner Einrichtungen verbinden, wird gerade berechnet.</p>}
      {n.edges.length === 0 ? (
        <p className="hinweis">Noch keine Zusammenarbeit: keine Anfrage ist angenommen, vereinbart oder durchgeführt.</p>
      ) : (
        <>
          <NetworkGraph
            title={`Netz der Zusammenarbeit ${of}: ${n.institutions.length} Einrichtungen, ${n.partners.length} Partner, ${n.edges.length} Verbindungen`}
            nodes={nodes}
            edges={edges}
          />
          <NetworkLegend />
        </>
      )}
      <ChartWithTable
        tableTitle="Netz als Tabelle"
        chart={null}
        table={
          <table>
            <caption>Zusammenarbeit: je Einrichtung und Partner die Zahl der Kooperationen, ihre Themenfelder und der erste Beginn</caption>
            <thead>
              <tr>
                <th scope="col">Einrichtung</th>
                <th scope="col">Partner</th>
                <th scope="col">Kooperationen</th>
                <th scope="col">Themenfelder</th>
                <th scope="col">seit</th>
              </tr>
            </thead>
            <tbody>
              {n.edges.map((e) => (
                <tr key={e.institution.id + e.partner.id}>
                  <th scope="row">{names.get(e.institution.id)}</th>
                  <td>{names.get(e.partner.id)}</td>
                  <td className="zahl">{e.weight}</td>
                  <td>{e.themes.map((t) => themeLabel[t]).join(', ')}</td>
                  <td>{date(e.firstStart)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        }
      />
      {partners.length > 0 && (
        <ChartWithTable
          tableTitle="Partner als Tabelle"
          chart={null}
          table={
            <table>
              <caption>Partner: mit wie vielen Einrichtungen sie arbeiten und wie sehr sie andere verbinden (Zwischenzentralität, 0 bis 1)</caption>
              <thead>
                <tr>
                  <th scope="col">Partner</th>
                  <th scope="col">Einrichtungen</th>
                  <th scope="col">Kooperationen</th>
                  <th scope="col">verbindet</th>
                </tr>
              </thead>
              <tbody>
                {partners.map((p) => (
                  <tr key={p.partner.id}>
                    <th scope="row">{p.partner.name}</th>
                    <td className="zahl">{p.degree}</td>
                    <td className="zahl">{p.cooperations}</td>
                    <td className="zahl">{p.betweenness == null ? '–' : num(Math.round(p.betweenness * 100) / 100)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
      <ChartWithTable
        tableTitle="Einrichtungen als Tabelle"
        chart={null}
        table={
          <table>
            <caption>Einrichtungen: mit wie vielen Partnern sie arbeiten, die ohne Partner zuerst</caption>
            <thead>
              <tr>
                <th scope="col">Einrichtung</th>
                <th scope="col">Art</th>
                <th scope="col">Partner</th>
                <th scope="col">Kooperationen</th>
              </tr>
            </thead>
            <tbody>
              {[...n.institutions]
                .sort((a, b) => a.degree - b.degree || a.institution.name.localeCompare(b.institution.name, 'de'))
                .map((i) => (
                  <tr key={i.institution.id}>
                    <th scope="row">{i.institution.name}</th>
                    <td>{institutionTypeLabel[i.institution.type]}</td>
                    <td className="zahl">{i.degree}</td>
                    <td className="zahl">{i.cooperations}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        }
      />
      {n.themeGaps.length > 0 && (
        <ChartWithTable
          tableTitle="Lücken je Themenfeld als Tabelle"
          chart={null}
          table={
            <table>
              <caption>Einrichtungen ohne Zusammenarbeit im Themenfeld</caption>
              <thead>
                <tr>
                  <th scope="col">Themenfeld</th>
                  <th scope="col">ohne Partner</th>
                  <th scope="col">Einrichtungen</th>
                </tr>
              </thead>
              <tbody>
                {n.themeGaps.map((g) => (
                  <tr key={g.theme}>
                    <th scope="row">{themeLabel[g.theme]}</th>
                    <td className="zahl">{g.institutions.length}</td>
                    <td>{g.institutions.map((i) => names.get(i.id)).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
      {n.growth.length > 0 && (
        <ChartWithTable
          tableTitle="Entwicklung je Quartal als Tabelle"
          chart={null}
          table={
            <table>
              <caption>Das Netz am Ende jedes Quartals</caption>
              <thead>
                <tr>
                  <th scope="col">Quartal</th>
                  <th scope="col">Einrichtungen mit Partner</th>
                  <th scope="col">Partner</th>
                  <th scope="col">Verbindungen</th>
                  <th scope="col">Dichte</th>
                </tr>
              </thead>
              <tbody>
                {n.growth.map((g) => (
                  <tr key={g.quarter}>
                    <th scope="row">{g.quarter}</th>
                    <td className="zahl">
                      {g.connected} von {g.institutions}
                    </td>
                    <td className="zahl">{g.partners}</td>
                    <td className="zahl">{g.edges}</td>
                    <td className="zahl">{percent(g.density)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          }
        />
      )}
      <p className="knoepfe">
        <a className="knopf leise" href={download('graphml')} download>
          Netz als GraphML herunterladen
        </a>
        <a className="knopf leise" href={download('gexf')} download>
          Netz als GEXF herunterladen (Gephi)
        </a>
      </p>
    </section>
  );
}
