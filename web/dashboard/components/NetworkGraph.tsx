// The cooperation network drawn as SVG: institutions (circles) and partners
// (squares), a line for each pair that cooperates (thicker for more cooperations),
// laid out by d3-force — run to its end before drawing, so the picture stands still
// and is the same for the same network (d3-force starts from fixed positions). It is
// a picture for the eye: the page has the network as tables besides.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import { useId, useMemo } from 'react';

export interface GraphNode {
  id: string;
  name: string;
  kind: 'einrichtung' | 'partner';
  degree: number;
  /** a partner that connects institutions with no other partner in common */
  bridge?: boolean;
}

export interface GraphEdge {
  institution: string;
  partner: string;
  weight: number;
}

interface Placed extends SimulationNodeDatum, GraphNode {}

const width = 640;
const height = 440;
const margin = 28;

const radius = (n: GraphNode) => 5 + 2 * Math.sqrt(n.degree);

/** layout places the nodes (keys: "e:" + institution, "p:" + partner) in the box. */
function layout(nodes: GraphNode[], edges: GraphEdge[]) {
  const placed: Placed[] = nodes.map((n) => ({ ...n, id: (n.kind === 'einrichtung' ? 'e:' : 'p:') + n.id }));
  const links: SimulationLinkDatum<Placed>[] = edges.map((e) => ({ source: 'e:' + e.institution, target: 'p:' + e.partner }));
  const sim = forceSimulation(placed)
    .force('link', forceLink<Placed, SimulationLinkDatum<Placed>>(links).id((d) => d.id).distance(40))
    .force('charge', forceManyBody().strength(-90))
    .force('x', forceX(0).strength(0.07))
    .force('y', forceY(0).strength(0.07))
    .force('collide', forceCollide<Placed>((d) => radius(d) + 3))
    .stop();
  // as many steps as the simulation takes to come to rest (300 with d3's defaults)
  const steps = Math.ceil(Math.log(sim.alphaMin()) / Math.log(1 - sim.alphaDecay()));
  for (let i = 0; i < steps; i++) sim.tick();
  const xs = placed.map((p) => p.x ?? 0);
  const ys = placed.map((p) => p.y ?? 0);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * margin) / Math.max(1, x1 - x0), (height - 2 * margin) / Math.max(1, y1 - y0), 3);
  const dx = (width - scale * (x1 - x0)) / 2;
  const dy = (height - scale * (y1 - y0)) / 2;
  const at = new Map(placed.map((p) => [p.id, { x: dx + scale * ((p.x ?? 0) - x0), y: dy + scale * ((p.y ?? 0) - y0) }]));
  return { placed, at };
}

/** NetworkGraph draws the network; title names it for screen readers. */
export function NetworkGraph({ title, nodes, edges }: { title: string; nodes: GraphNode[]; edges: GraphEdge[] }) {
  const titleId = useId();
  const { placed, at } = useMemo(() => layout(nodes, edges), [nodes, edges]);
  // names at the busiest nodes (all of a small network), so that the picture can be read without hovering
  const named = new Set(
    [...placed]
      .sort((a, b) => b.degree - a.degree)
      .slice(0, placed.length <= 24 ? placed.length : 12)
      .filter((p) => p.degree > 0 || placed.length <= 24)
      .map((p) => p.id),
  );
  return (
    <svg className="netz" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{title}</title>
      {edges.map((e) => {
        const a = at.get('e:' + e.institution);
        const b = at.get('p:' + e.partner);
        if (!a || !b) return null;
        return <line key={e.institution + e.partner} className="kante" x1={a.x} y1={a.y} x2={b.x} y2={b.y} strokeWidth={Math.min(6, 1 + e.weight)} />;
      })}
      {placed.map((p) => {
        const { x, y } = at.get(p.id)!;
        const r = radius(p);
        const text =
          p.kind === 'einrichtung'
            ? `Einrichtung: ${p.name}, ${p.degree === 0 ? 'ohne Partner' : p.degree === 1 ? '1 Partner' : `${p.degree} Partner`}`
            : `Partner: ${p.name}, arbeitet mit ${p.degree === 1 ? '1 Einrichtung' : `${p.degree} Einrichtungen`}${p.bridge ? ' (verbindet)' : ''}`;
        return p.kind === 'einrichtung' ? (
          <circle key={p.id} className={'knoten einrichtung' + (p.degree === 0 ? ' allein' : '')} cx={x} cy={y} r={r}>
            <title>{text}</title>
          </circle>
        ) : (
          <rect key={p.id} className={'knoten partner' + (p.bridge ? ' bruecke' : '')} x={x - r} y={y - r} width={2 * r} height={2 * r}>
            <title>{text}</title>
          </rect>
        );
      })}
      {placed
        .filter((p) => named.has(p.id))
        .map((p) => {
          const { x, y } = at.get(p.id)!;
          return (
            <text key={'name' + p.id} className="knoten-name" x={x} y={y - radius(p) - 4} textAnchor="middle" aria-hidden="true">
              {p.name.length > 28 ? p.name.slice(0, 27) + '…' : p.name}
            </text>
          );
        })}
    </svg>
  );
}

/** NetworkLegend explains the marks. */
export function NetworkLegend() {
  return (
    <ul className="legende" aria-label="Legende des Netzes">
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <circle className="knoten einrichtung" cx="8" cy="8" r="6" />
        </svg>{' '}
        Einrichtung
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <circle className="knoten einrichtung allein" cx="8" cy="8" r="6" />
        </svg>{' '}
        Einrichtung ohne Partner
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <rect className="knoten partner" x="2" y="2" width="12" height="12" />
        </svg>{' '}
        Partner
      </li>
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <rect className="knoten partner bruecke" x="2" y="2" width="12" height="12" />
        </svg>{' '}
        Partner, der Einrichtungen verbindet
      </li>
      <li>
        <svg width="24" height="16" aria-hidden="true">
          <line className="kante" x1="2" y1="8" x2="22" y2="8" strokeWidth="3" />
        </svg>{' '}
        Zusammenarbeit (dicker: mehrere)
      </li>
    </ul>
  );
}
