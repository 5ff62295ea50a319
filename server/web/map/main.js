// The online map of a creative map server: what the server holds, over OpenStreetMap when its tiles answer.
// Reads map/config.json (written by the server at start), map/schema.json (generated from the plugin's schema)
// and map/i18n.json (the page's own words). `window.creativeMap` tells what the page did (for its tests).
import { Api, layerSource, recordByUid } from './data.js';
import { recordCard } from './popup.js';
import { renderFilter, renderLanguages, renderLegend, renderResults, searchRecords } from './panel.js';
import { categoryOf, labelStyle, resolutionFor, symbolsOf } from './styles.js';
import { fill, fold, pick, splitMulti } from './text.js';

// firstDrawn: when the map first drew records; idleAt: when the last request of the view was answered (ms since
// the page's start, performance.now())
const hook = { ready: false, errors: [], firstDrawn: null, idleAt: null, basemap: 'probing', states: {}, popup: null };
window.creativeMap = hook;
window.addEventListener('error', (event) => hook.errors.push(String(event.message || event.error)));
window.addEventListener('unhandledrejection', (event) => hook.errors.push(String(event.reason)));
performance.setResourceTimingBufferSize(20000);
const $ = (id) => document.getElementById(id);

async function loadJson(path) {
  const answer = await fetch(path, { cache: 'no-cache' });
  if (!answer.ok) throw new Error(`HTTP ${answer.status} for ${path}`);
  return answer.json();
}

// Whether an XYZ tile server answers: one tile of the view, in time. Without it the map keeps a plain background.
function tilesAnswer(template, lonLat, timeout = 6000) {
  if (!template) return Promise.resolve(false);
  const z = 12;
  const x = Math.floor(((lonLat[0] + 180) / 360) * 2 ** z);
  const lat = (lonLat[1] * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(lat) + 1 / Math.cos(lat)) / Math.PI) / 2) * 2 ** z);
  const url = template.replace('{z}', z).replace('{x}', x).replace('{y}', y).replace('{s}', 'a');
  return new Promise((resolve) => {
    const image = new Image();
    const done = (answered) => {
      clearTimeout(timer);
      resolve(answered);
    };
    const timer = setTimeout(() => done(false), timeout);
    image.onload = () => done(image.naturalWidth > 0);
    image.onerror = () => done(false);
    image.src = url;
  });
}

async function main() {
  const config = await loadJson('map/config.json');
  const api = new Api(config);
  const collections = api.collections().catch((error) => error); // the server's, while the page's files arrive
  const [schema, i18n] = await Promise.all([loadJson('map/schema.json'), loadJson('map/i18n.json')]);
  const params = new URLSearchParams(location.search);
  const known = (lang) => (schema.languages.includes(lang) ? lang : null);
  let lang = known(params.get('lang')) || known(localStorage.getItem('creative-map-lang')) || schema.languages[0];
  const words = () => Object.fromEntries(Object.entries(i18n).map(([key, label]) => [key, pick(label, lang)]));
  const messages = new Map();
  const showStatus = () => ($('status').textContent = [...messages.values()].join(' '));

  let held = await collections;
  if (held instanceof Error) {
    hook.errors.push(`collections: ${held}`);
    messages.set('server', words().no_server);
    held = new Set();
  }
  const layers = schema.layers.filter((layer) => held.has(layer.name));
  const city = schema.cities[config.city] || Object.values(schema.cities)[0];
  const centre = (params.get('center') || '').split(',').map(Number);
  const view = new ol.View({
    center: ol.proj.fromLonLat(centre.length === 2 && centre.every(Number.isFinite) ? centre : [city.lon, city.lat]),
    zoom: Number(params.get('zoom')) || 14,
    maxZoom: 20,
  });
  const state = { visible: new Set(layers.map((l) => l.name)), open: new Set(), filter: '' };
  const sources = new Map();
  const styled = new Map(); // layer -> uid -> drawn at its last styling
  const dataLayers = [];
  const labelLayers = [];
  const byLayer = new Map();
  let pendingFirst = false;

  const describe = (layer, info) => {
    hook.states[layer.name] = info;
    if (info.status !== 'loading' && !hook.busy?.()) hook.idleAt = performance.now();
    const name = pick(layer.label, lang);
    messages.delete(`t:${layer.name}`);
    messages.delete(`e:${layer.name}`);
    if (info.status === 'truncated') messages.set(`t:${layer.name}`, fill(words().truncated, { layer: name, ...info }));
    if (info.status === 'error') messages.set(`e:${layer.name}`, fill(words().server_error, { layer: name }));
    const zoom = Object.values(hook.states).some((s) => s.status === 'zoom');
    zoom ? messages.set('zoom', words().zoom_in) : messages.delete('zoom');
    showStatus();
  };
  const passes = (layer, feature) => {
    if (!state.filter || !layer.fields[schema.filter_field]) return true;
    return splitMulti(feature.get(schema.filter_field)).includes(state.filter);
  };

  for (const layer of layers) {
    const source = layerSource(api, layer, config, describe);
    const symbols = symbolsOf(layer, () => draw.changed()); // again once a pictogram has arrived
    const drawnHere = new Map();
    const draw = new ol.layer.Vector({
      source,
      style: (feature) => {
        const shown = passes(layer, feature);
        drawnHere.set(feature.getId(), shown);
        if (!shown) return null;
        pendingFirst = true;
        return symbols.get(categoryOf(layer, feature.getProperties()));
      },
    });
    draw.on('postrender', () => {
      if (pendingFirst && hook.firstDrawn === null) hook.firstDrawn = performance.now();
    });
    const names = labelStyle(layer);
    const labels = new ol.layer.Vector({
      source,
      declutter: true,
      maxResolution: resolutionFor(layer.look.label_scale, city.lat),
      style: (feature) => (passes(layer, feature) ? names(feature) : null),
    });
    sources.set(layer.name, source);
    styled.set(layer.name, drawnHere);
    byLayer.set(layer.name, { layer, draw, labels });
    dataLayers.push(draw);
    labelLayers.push(labels);
  }

  const popup = new ol.Overlay({
    element: $('popup'),
    positioning: 'bottom-center',
    offset: [0, -18],
    autoPan: { animation: { duration: 150 }, margin: 40 },
  });
  const map = new ol.Map({
    target: 'map',
    view,
    layers: [...dataLayers, ...labelLayers],
    overlays: [popup],
    controls: ol.control.defaults.defaults().extend([new ol.control.ScaleLine()]),
  });

  function anchorOf(feature, clicked) {
    const geometry = feature.getGeometry();
    if (geometry.getType() === 'Point') return geometry.getCoordinates();
    if (clicked) return clicked;
    const inside = geometry.getType() === 'Polygon' ? geometry.getInteriorPoint() : geometry.getInteriorPoints();
    return inside.getFirstCoordinate().slice(0, 2);
  }

  function showCard(layerName, feature, clicked) {
    const { layer } = byLayer.get(layerName);
    const pan = () => popup.panIntoView({ animation: { duration: 150 }, margin: 40 });
    $('popup-content').replaceChildren(recordCard(schema, layer, feature, lang, words(), pan));
    $('popup').hidden = false;
    popup.setPosition(anchorOf(feature, clicked));
    hook.popup = { layer: layerName, uid: feature.getId(), clicked };
    const link = `#${layerName}/${encodeURIComponent(feature.getId())}`;
    if (location.hash !== link) history.replaceState(null, '', `${location.pathname}${location.search}${link}`);
  }

  function closeCard() {
    $('popup').hidden = true;
    popup.setPosition(undefined);
    hook.popup = null;
    if (location.hash) history.replaceState(null, '', `${location.pathname}${location.search}`);
  }

  async function openRecord(layerName, uid) {
    const entry = byLayer.get(layerName);
    if (!entry) return false;
    let feature = sources.get(layerName).getFeatureById(uid);
    if (!feature) {
      feature = await recordByUid(api, entry.layer, uid).catch(() => null);
      if (!feature) {
        messages.set('missing', words().record_missing);
        showStatus();
        return false;
      }
      sources.get(layerName).addFeature(feature);
    }
    messages.delete('missing');
    const geometry = feature.getGeometry();
    if (geometry.getType() === 'Point') {
      view.setZoom(Math.max(view.getZoom(), 16));
      const [width, height] = map.getSize();
      view.centerOn(geometry.getCoordinates(), [width, height], [width / 2, height * 0.78]); // room for the popup
    } else if (!ol.extent.containsExtent(view.calculateExtent(map.getSize()), geometry.getExtent())) {
      view.fit(geometry.getExtent(), { padding: [60, 60, 60, 60], maxZoom: 17 });
    }
    showCard(layerName, feature);
    return true;
  }

  function fromHash() {
    const match = /^#([a-z_]+)\/(.+)$/.exec(location.hash);
    if (match) openRecord(match[1], decodeURIComponent(match[2]));
  }

  map.on('singleclick', (event) => {
    const hit = map.forEachFeatureAtPixel(event.pixel, (feature, layer) => [feature, layer], {
      hitTolerance: 4,
      layerFilter: (layer) => dataLayers.includes(layer),
    });
    if (!hit) return closeCard();
    const name = [...byLayer.values()].find((entry) => entry.draw === hit[1]).layer.name;
    showCard(name, hit[0], event.coordinate);
  });
  map.on('pointermove', (event) => {
    const over = map.hasFeatureAtPixel(event.pixel, { layerFilter: (layer) => dataLayers.includes(layer) });
    map.getTargetElement().style.cursor = over ? 'pointer' : '';
  });
  $('popup-close').addEventListener('click', closeCard);
  window.addEventListener('hashchange', fromHash);

  let searchTimer = null;
  const runSearch = () => {
    const query = $('search').value;
    const found = searchRecords(query, layers, sources, state.visible, view.calculateExtent(map.getSize()));
    renderResults($('results'), $('results-note'), found, query, lang, words(), openRecord);
    return found.map(({ layer, feature, name }) => ({ layer: layer.name, uid: feature.getId(), name }));
  };
  $('search').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(runSearch, 120);
  });
  $('filter').addEventListener('change', () => {
    state.filter = $('filter').value;
    dataLayers.concat(labelLayers).forEach((layer) => layer.changed());
  });
  const toggle = (name, on) => {
    on ? state.visible.add(name) : state.visible.delete(name);
    byLayer.get(name).draw.setVisible(on);
    byLayer.get(name).labels.setVisible(on);
  };

  function setLanguage(chosen) {
    lang = known(chosen) || lang;
    localStorage.setItem('creative-map-lang', lang);
    const w = words();
    document.documentElement.lang = lang;
    document.title = w.title;
    $('title').textContent = w.title;
    $('city').textContent = pick(city.label, lang);
    $('search').placeholder = w.search;
    $('search').setAttribute('aria-label', w.search);
    $('filter-label').textContent = w.filter;
    $('legend-title').textContent = w.legend;
    $('popup-close').title = w.close;
    renderLanguages($('languages'), schema.languages, i18n.language_name, lang, setLanguage);
    renderFilter($('filter'), schema, lang, w.filter_all, state.filter);
    renderLegend($('layers'), layers, state, lang, schema, toggle);
    for (const [name, info] of Object.entries(hook.states)) describe(byLayer.get(name).layer, info);
    if (hook.basemap === 'off') messages.set('basemap', w.basemap_off);
    showStatus();
    if ($('search').value) runSearch();
    if (hook.popup) {
      const feature = sources.get(hook.popup.layer).getFeatureById(hook.popup.uid);
      if (feature) showCard(hook.popup.layer, feature, hook.popup.clicked);
    }
    const search = new URLSearchParams(location.search);
    search.set('lang', lang);
    history.replaceState(null, '', `${location.pathname}?${search}${location.hash}`);
  }

  setLanguage(lang);
  fromHash();
  const here = ol.proj.toLonLat(view.getCenter());
  const probe = () => tilesAnswer(config.tiles, here);
  const again = (answers) => answers || new Promise((wait) => setTimeout(wait, 1000)).then(probe); // a second try
  probe().then(again).then((answers) => {
    hook.basemap = answers ? 'on' : 'off';
    if (answers) {
      const tiles = new ol.source.XYZ({ url: config.tiles, attributions: config.tiles_attribution, maxZoom: 19 });
      map.getLayers().insertAt(0, new ol.layer.Tile({ source: tiles, className: 'basemap' }));
    } else {
      messages.set('basemap', words().basemap_off);
      showStatus();
    }
  });

  Object.assign(hook, {
    map,
    fold,
    layers: layers.map((layer) => layer.name),
    language: () => lang,
    setLanguage,
    openRecord,
    closeRecord: closeCard,
    search: (text) => {
      $('search').value = text;
      return runSearch();
    },
    busy: () => Object.values(hook.states).some((info) => info.status === 'loading'),
    loaded: () => Object.fromEntries([...sources].map(([name, source]) => [name, source.getFeatures().map((f) => f.getId())])),
    // the records the map draws now: in view, on a visible layer, styled and not filtered out at their last drawing
    drawn: () => {
      const extent = view.calculateExtent(map.getSize());
      const drawn = {};
      for (const [name, source] of sources) {
        if (!state.visible.has(name)) continue;
        const marks = styled.get(name);
        drawn[name] = source.getFeaturesInExtent(extent).map((f) => f.getId()).filter((uid) => marks.get(uid) === true);
      }
      return drawn;
    },
  });
  hook.ready = true;
}

main().catch((error) => {
  hook.errors.push(String(error?.stack || error));
  document.getElementById('status').textContent = String(error);
});
