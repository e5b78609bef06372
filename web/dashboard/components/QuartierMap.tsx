// A map of Quartier outlines (GeoJSON from the API) with points (institutions,
// partners), drawn as SVG with d3-geo: no tiles, nothing loaded from elsewhere. The
// points are also listed in a table beside it (the map's text alternative).
import { geoArea, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { useId } from 'react';

export interface MapArea {
  id: string;
  name: string;
  geometry: unknown;
}

export interface MapPoint {
  id: string;
  name: string;
  kind: 'einrichtung' | 'partner';
  lat: number;
  lon: number;
}

const width = 640;
const height = 420;

export type Feature = { type: 'Feature'; properties: null; geometry: { type: string; coordinates: unknown } };

export function isGeometry(g: unknown): g is Feature['geometry'] {
  return typeof g === 'object' && g !== null && 'type' in g && 'coordinates' in g && (g.type === 'Polygon' || g.type === 'MultiPolygon');
}

/**
 * spherical turns a polygon as GeoJSON (RFC 7946) winds it — outer rings counter-
 * clockwise — into what d3-geo draws: on the sphere, a ring's inside is on its right,
 * so a counter-clockwise ring would be the whole earth but the Quartier. A feature
 * bigger than a hemisphere has its rings reversed.
 */
export function spherical(f: Feature): Feature {
  if (geoArea(f as unknown as GeoPermissibleObjects) <= 2 * Math.PI) return f;
  const rings = (polygon: number[][][]) => polygon.map((ring) => [...ring].reverse());
  const g = f.geometry;
  const coordinates = g.type === 'Polygon' ? rings(g.coordinates as number[][][]) : (g.coordinates as number[][][][]).map(rings);
  return { ...f, geometry: { type: g.type, coordinates } };
}

const kindLabel = { einrichtung: 'Einrichtung', partner: 'Partner' } as const;

/** QuartierMap draws the areas and points; title names the map for screen readers. */
export function QuartierMap({ title, areas, points }: { title: string; areas: MapArea[]; points: MapPoint[] }) {
  const titleId = useId();
  const outlines = areas.flatMap((a) => (isGeometry(a.geometry) ? [{ area: a, feature: spherical({ type: 'Feature', properties: null, geometry: a.geometry }) }] : []));
  const features = outlines.map((o) => o.feature);
  const pointFeatures = points.map((p) => ({ type: 'Feature', properties: null, geometry: { type: 'Point', coordinates: [p.lon, p.lat] } }));
  const all = { type: 'FeatureCollection', features: [...features, ...pointFeatures] } as unknown as GeoPermissibleObjects;
  if (!features.length && !points.length) return <p className="hinweis">Für diese Karte liegen keine Umrisse und Standorte vor.</p>;
  const projection = geoMercator().fitExtent(
    [
      [16, 16],
      [width - 16, height - 16],
    ],
    all,
  );
  const path = geoPath(projection);
  return (
    <svg className="karte" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
      <title id={titleId}>{title}</title>
      {outlines.map(({ area, feature }) => (
        <path key={area.id} className="quartier" d={path(feature as unknown as GeoPermissibleObjects) ?? ''}>
          <title>{area.name}</title>
        </path>
      ))}
      {points.map((p) => {
        const xy = projection([p.lon, p.lat]);
        if (!xy) return null;
        return p.kind === 'einrichtung' ? (
          <circle key={p.kind + p.id} className="punkt einrichtung" cx={xy[0]} cy={xy[1]} r={7}>
            <title>{`${kindLabel[p.kind]}: ${p.name}`}</title>
          </circle>
        ) : (
          <rect key={p.kind + p.id} className="punkt partner" x={xy[0] - 6} y={xy[1] - 6} width={12} height={12}>
            <title>{`${kindLabel[p.kind]}: ${p.name}`}</title>
          </rect>
        );
      })}
    </svg>
  );
}

/** MapLegend explains the map's marks. */
export function MapLegend({ partners = true }: { partners?: boolean }) {
  return (
    <ul className="legende" aria-label="Legende der Karte">
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <circle className="punkt einrichtung" cx="8" cy="8" r="6" />
        </svg>{' '}
        Einrichtung
      </li>
      {partners && (
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <rect className="punkt partner" x="2" y="2" width="12" height="12" />
          </svg>{' '}
          Partner
        </li>
      )}
      <li>
        <svg width="16" height="16" aria-hidden="true">
          <rect className="quartier" x="1" y="1" width="14" height="14" />
        </svg>{' '}
        Quartier
      </li>
    </ul>
  );
}
