// The city's Quartiere coloured by a value in classes (the coverage gaps), drawn as SVG
// with d3-geo from the API's GeoJSON like the campus map: no tiles, nothing loaded
// from elsewhere. A Quartier without an outline is a circle at its centre. Every
// shape names its Quartier and class; the page has the figures as a table besides.
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { useId } from 'react';

import { isGeometry, spherical, type Feature } from './QuartierMap';

export interface GapArea {
  id: string;
  name: string;
  geometry: unknown;
  centroid: { lat: number; lon: number } | null;
  /** the class (0 = none … classes.length-1), or null: not part of what is shown */
  cls: number | null;
  /** what the shape's title says about it */
  text: string;
}

const width = 640;
const height = 480;

/** GapMap draws the areas; title names the map for screen readers. */
export function GapMap({ title, areas }: { title: string; areas: GapArea[] }) {
  const titleId = useId();
  const shapes = areas.flatMap((a) => {
    if (isGeometry(a.geometry)) return [{ a, feature: spherical({ type: 'Feature', properties: null, geometry: a.geometry }) as Feature | null }];
    return a.centroid ? [{ a, feature: null }] : [];
  });
  if (!shapes.length) return <p className="hinweis">Für die Quartiere liegen weder Umrisse noch Mittelpunkte vor.</p>;
  const all = {
    type: 'FeatureCollection',
    features: shapes.map(({ a, feature }) => feature ?? { type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [a.centroid!.lon, a.centroid!.lat] } }),
  } as unknown as GeoPermissibleObjects;
  const projection = geoMercator().fitExtent(
    [
      [24, 24],
      [width - 24, height - 24],
    ],
    all,
  );
  const path = geoPath(projection);
  const klass = (a: GapArea) => 'gebiet ' + (a.cls === null ? 'aussen' : 'klasse-' + a.cls);
  // the shown ones last, so that their outline is drawn over their neighbours'
  const ordered = [...shapes].sort((x, y) => Number(x.a.cls !== null) - Number(y.a.cls !== null));
  // the names of the Quartiere shown, at their centres (outline) or beside the circle
  const names = shapes.flatMap(({ a, feature }) => {
    if (a.cls === null) return [];
    const xy = feature ? path.centroid(feature as unknown as GeoPermissibleObjects) : projection([a.centroid!.lon, a.centroid!.lat]);
    if (!xy || Number.isNaN(xy[0])) return [];
    return [{ id: a.id, name: a.name, x: xy[0], y: feature ? xy[1] : xy[1] - 22 }];
  });
  return (
    <svg className="karte" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{title}</title>
      {ordered.map(({ a, feature }) => {
        if (feature)
          return (
            <path key={a.id} className={klass(a)} d={path(feature as unknown as GeoPermissibleObjects) ?? ''}>
              <title>{a.text}</title>
            </path>
          );
        const xy = projection([a.centroid!.lon, a.centroid!.lat]);
        if (!xy) return null;
        return (
          <circle key={a.id} className={klass(a)} cx={xy[0]} cy={xy[1]} r={16}>
            <title>{a.text}</title>
          </circle>
        );
      })}
      {names.map((n) => (
        <text key={n.id} className="gebiet-name" x={n.x} y={n.y} textAnchor="middle" aria-hidden="true">
          {n.name}
        </text>
      ))}
    </svg>
  );
}

/** GapLegend explains the classes (labels by class, from 0) and the areas not shown. */
export function GapLegend({ labels, outside }: { labels: string[]; outside: string }) {
  return (
    <ul className="legende" aria-label="Legende der Karte">
      {labels.map((l, i) => (
        <li key={i}>
          <svg width="16" height="16" aria-hidden="true">
            <rect className={'gebiet klasse-' + i} x="1" y="1" width="14" height="14" />
          </svg>{' '}
          {l}
        </li>
      ))}
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <rect className="gebiet aussen" x="1" y="1" width="14" height="14" />
        </svg>{' '}
        {outside}
      </li>
    </ul>
  );
}
