// Reading the server's OGC API - Features: only what the view shows (bbox, in CRS84), page by page (limit and
// offset), never a whole collection at once. Each page is drawn as soon as it arrives.
import { mayShow } from './text.js';

const JSON_ACCEPT = { Accept: 'application/json' }; // QGIS Server 3.22 refuses application/geo+json on some paths

export class Api {
  constructor(config) {
    const path = String(config.api || '.').replace(/\/?$/, '/');
    this.base = new URL(path, document.baseURI);
  }

  url(path, params = {}) {
    const url = new URL(path, this.base);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    return url.href;
  }

  async json(url, signal) {
    const answer = await fetch(url, { headers: JSON_ACCEPT, signal });
    if (!answer.ok) throw new Error(`HTTP ${answer.status} for ${url}`);
    return answer.json();
  }

  // The ids of the collections the server holds.
  async collections() {
    const answer = await this.json(this.url('collections', { f: 'json' }));
    return new Set((answer.collections || []).map((collection) => collection.id));
  }

  items(collection, params) {
    return this.url(`collections/${encodeURIComponent(collection)}/items`, { f: 'json', ...params });
  }
}

const GEOJSON = new ol.format.GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

// The features of a page of GeoJSON that may be shown, each known by its uid.
export function readFeatures(layer, page) {
  const shown = [];
  for (const item of page.features || []) {
    const properties = item.properties || {};
    if (!item.geometry || !properties.uid || !mayShow(layer, properties)) continue;
    const feature = GEOJSON.readFeature({ ...item, id: undefined });
    feature.setId(properties.uid);
    feature.set('layer', layer.name, true);
    shown.push(feature);
  }
  return shown;
}

function bboxOf(extent) {
  const [west, south, east, north] = ol.proj.transformExtent(extent, 'EPSG:3857', 'EPSG:4326');
  const clamp = (value, limit) => Math.max(-limit, Math.min(limit, value));
  return [clamp(west, 180), clamp(south, 90), clamp(east, 180), clamp(north, 90)].map((v) => v.toFixed(6)).join(',');
}

// A vector source that asks the server for the view's records. `state` tells the page what happened:
// {status: 'loading' | 'done' | 'zoom' | 'truncated' | 'error', shown, matched}; `onChange(layer, state)`.
export function layerSource(api, layer, config, onChange) {
  let controller = null;
  const minResolution = ol.tilegrid.createXYZ().getResolution(config.min_zoom);
  const recordsLayer = layer.geometry === 'Point';
  const source = new ol.source.Vector({
    strategy: ol.loadingstrategy.bbox,
    loader: async (extent, resolution, projection, success, failure) => {
      controller?.abort();
      const mine = new AbortController();
      controller = mine;
      if (recordsLayer && resolution > minResolution * 1.01) {
        source.removeLoadedExtent(extent); // asked again once zoomed in
        onChange(layer, { status: 'zoom' });
        success([]);
        return;
      }
      const bbox = bboxOf(extent);
      const limit = config.page_size;
      let shown = 0;
      onChange(layer, { status: 'loading' });
      const fetchPage = async (offset) => {
        const page = await api.json(api.items(layer.name, { bbox, limit, offset }), mine.signal);
        const features = readFeatures(layer, page);
        source.addFeatures(features); // drawn as soon as it arrives
        shown += features.length;
        const returned = typeof page.numberReturned === 'number' ? page.numberReturned : (page.features || []).length;
        return { matched: typeof page.numberMatched === 'number' ? page.numberMatched : null, returned };
      };
      try {
        // the first page tells how many the view holds; the other pages are then asked for at once
        let { matched, returned } = await fetchPage(0);
        let offset = returned;
        const cap = Math.max(config.max_features, limit);
        if (matched !== null && returned === limit) {
          const offsets = [];
          for (let next = limit; next < Math.min(matched, cap); next += limit) offsets.push(next);
          await Promise.all(offsets.map(fetchPage));
          offset = Math.min(matched, limit + offsets.length * limit);
        } else {
          while (matched === null && returned === limit && offset < cap) {
            ({ returned } = await fetchPage(offset)); // no count given: page after page
            offset += returned;
          }
        }
        if ((matched !== null && offset < matched) || (matched === null && returned === limit)) {
          source.removeLoadedExtent(extent); // not all of it: asked again when the view changes
          onChange(layer, { status: 'truncated', shown: offset, matched: matched ?? `${offset}+` });
        } else {
          onChange(layer, { status: 'done', shown, matched });
        }
        success([]);
      } catch (error) {
        source.removeLoadedExtent(extent);
        if (error.name !== 'AbortError') onChange(layer, { status: 'error', error: String(error) });
        failure();
      }
    },
  });
  return source;
}

// One record by its uid (a link to it), wherever it is: the layer's items filtered on uid.
export async function recordByUid(api, layer, uid) {
  const page = await api.json(api.items(layer.name, { uid, limit: 1 }));
  return readFeatures(layer, page)[0] || null;
}
