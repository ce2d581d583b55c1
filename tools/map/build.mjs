// Makes the map's basemap: Natural Earth's 1:50m country boundaries (as the world-atlas package redistributes them),
// simplified, cut to the part of the earth the map shows and written as a small GeoJSON file in longitude and latitude.
// The server projects it (src/KazakhArticle.Web/Components/Reading/Map/MapProjection.cs), so the places drawn on it are
// projected by the same code. Run again with `npm ci && npm run build`: the output depends only on the pinned packages
// and the numbers below.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { presimplify, simplify, filter, filterAttachedWeight, sphericalRingArea, sphericalTriangleArea } from 'topojson-simplify';
import { intersection } from 'polyclip-ts';

const require = createRequire(import.meta.url);
const output = new URL('../../src/KazakhArticle.Web/Components/Reading/Map/central-asia.json', import.meta.url);

// What the map's frame can show, longitude and latitude, with about two degrees to spare all round. The frame is a
// rectangle on the projected map (MapProjection.Frame), and a rectangle of an Albers conic is this curved shape on the
// globe: its top follows no parallel, and its corners reach Central Europe, the Red Sea, South China and the Sea of
// Okhotsk. Cutting to it rather than to a longitude-latitude box keeps half the file out. A server test (BasemapTests)
// fails when the frame leaves this outline, naming where: widen it there and run this again.
const coverage = [
  // The top, west to east.
  [13.5, 51], [25, 57.5], [40, 62], [56, 65.5], [74, 67], [93, 66.5], [110, 64.5], [125.5, 60.5], [139.5, 55],
  // The east side, north to south.
  [131.5, 46.5], [125, 38.5], [120, 30], [116.5, 19],
  // The bottom, east to west.
  [105.5, 21.5], [96, 23.5], [86.5, 24.8], [77, 25], [67, 24.2], [58, 22.5], [49, 19.8], [40, 16.5],
  // The west side, south to north.
  [34.5, 27], [29, 35], [22.3, 42.8], [13.5, 51],
];

// Weights are spherical areas in steradians. One unit of the 1000-wide map is about 7.7 km, (7.7 / 6371)² ≈ 1.5e-6 sr:
// a point whose triangle with its neighbours is smaller than about two units is dropped, and so is an island smaller
// than about forty.
const minWeight = 3e-6;
const minIslandWeight = 6e-5;

// Two decimals of a degree (about a kilometre) is finer than a unit of the map and keeps the file small.
const round = (value) => Math.round(value * 100) / 100;

const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

// Simplified as a topology, so a border shared by two countries is simplified once and still fits on both sides.
let topology = presimplify(world, sphericalTriangleArea);
topology = simplify(topology, minWeight);
topology = filter(topology, filterAttachedWeight(topology, minIslandWeight, sphericalRingArea));

// A ring rounded, without the repeated points rounding makes; null when too little of it is left to enclose anything.
function roundRing(ring) {
  const points = [];
  for (const [lon, lat] of ring) {
    const point = [round(lon), round(lat)];
    const last = points[points.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) {
      points.push(point);
    }
  }
  return points.length >= 4 ? points : null;
}

const features = [];
for (const country of feature(topology, topology.objects.countries).features) {
  if (!country.geometry) {
    continue;
  }
  const polygons = country.geometry.type === 'Polygon' ? [country.geometry.coordinates] : country.geometry.coordinates;
  const clipped = [];
  for (const polygon of intersection(polygons, [coverage])) {
    const shell = roundRing(polygon[0]);
    if (shell) {
      clipped.push([shell, ...polygon.slice(1).map(roundRing).filter(Boolean)]);
    }
  }
  if (clipped.length === 0) {
    continue;
  }
  features.push({
    type: 'Feature',
    // ISO 3166-1 numeric, as Natural Earth gives it; the few disputed areas without one (Kosovo, Siachen) are drawn unnamed.
    ...(country.id ? { id: country.id } : {}),
    properties: { name: country.properties.name },
    geometry: clipped.length === 1 ? { type: 'Polygon', coordinates: clipped[0] } : { type: 'MultiPolygon', coordinates: clipped },
  });
}

features.sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en'));

const version = JSON.parse(readFileSync(require.resolve('world-atlas/package.json'), 'utf8')).version;
// One country a line, so a later run's diff shows which countries changed. "coverage" is a foreign member (RFC 7946,
// 6.1): GeoJSON readers skip it, and the server's test reads it.
const text = '{"type":"FeatureCollection",'
  + `"source":"Natural Earth 1:50m Admin 0 countries, version 4.1.0, from world-atlas ${version}; public domain",`
  + `"coverage":${JSON.stringify(coverage)},"features":[\n`
  + features.map((f) => JSON.stringify(f)).join(',\n')
  + '\n]}\n';
writeFileSync(output, text);
console.log(`world-atlas ${version}: ${features.length} countries, ${text.length} bytes → ${output.pathname}`);
