// The side panel: languages, search by name (with or without accents), the creative-field filter, the legend with
// a switch per layer. Everything is drawn again when the language changes.
import { firstOf, fold, pick } from './text.js';
import { categoryDrawing, swatch } from './styles.js';

function node(tag, className, text) {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

export function renderLanguages(container, languages, names, current, choose) {
  container.replaceChildren(
    ...languages.map((lang) => {
      const button = node('button', lang === current ? 'current' : '', names[lang]);
      button.type = 'button';
      button.lang = lang;
      button.dataset.lang = lang;
      button.setAttribute('aria-pressed', String(lang === current));
      button.addEventListener('click', () => choose(lang));
      return button;
    }),
  );
}

export function renderFilter(select, schema, lang, allText, current) {
  const list = schema.value_lists.creative_field;
  const options = [node('option', '', allText)];
  options[0].value = '';
  for (const value of list.values) {
    const option = node('option', '', pick(value.label, lang));
    option.value = value.code;
    options.push(option);
  }
  select.replaceChildren(...options);
  select.value = current || '';
}

// The legend: a layer per row (its switch, its symbol, its name, how many are loaded), its categories below.
export function renderLegend(container, layers, state, lang, schema, toggle) {
  const rows = [];
  for (const layer of [...layers].reverse()) {
    const details = node('details', 'legend-layer');
    details.dataset.layer = layer.name;
    details.open = state.open.has(layer.name);
    details.addEventListener('toggle', () => (details.open ? state.open.add(layer.name) : state.open.delete(layer.name)));
    const summary = node('summary');
    const box = node('input');
    box.type = 'checkbox';
    box.checked = state.visible.has(layer.name);
    box.dataset.layer = layer.name;
    box.addEventListener('click', (event) => event.stopPropagation());
    box.addEventListener('change', () => toggle(layer.name, box.checked));
    const first = layer.look.categories[0];
    summary.append(box, swatch(layer, first.code), node('span', 'layer-name', pick(layer.label, lang)));
    details.append(summary);
    const items = node('ul', 'categories');
    const listName = layer.look.value_list;
    for (const category of layer.look.categories) {
      const value = schema.value_lists[listName]?.values.find((v) => v.code === category.code);
      const text = category.code === null ? pick(schema.not_set, lang) : pick(value?.label, lang) || category.code;
      const item = node('li');
      item.append(swatch(layer, categoryDrawing(layer, category.code).code), node('span', '', text));
      items.append(item);
    }
    if (layer.look.field) details.append(items);
    rows.push(details);
  }
  container.replaceChildren(...rows);
}

// The records loaded on the map whose name (or English name) holds the query, accents or not, NFC or NFD;
// those in view first.
export function searchRecords(query, layers, sources, visible, viewExtent, limit = 30) {
  const wanted = fold(query);
  if (wanted.length < 2) return [];
  const found = [];
  for (const layer of layers) {
    if (!visible.has(layer.name)) continue;
    const fields = layer.look.label_fields.concat(['name_en']);
    for (const feature of sources.get(layer.name).getFeatures()) {
      const properties = feature.getProperties();
      const names = fields.map((name) => properties[name]).filter(Boolean);
      if (!names.some((name) => fold(name).includes(wanted))) continue;
      const inView = ol.extent.intersects(feature.getGeometry().getExtent(), viewExtent);
      found.push({ layer, feature, name: firstOf(properties, fields), inView });
    }
  }
  found.sort((a, b) => Number(b.inView) - Number(a.inView) || a.name.localeCompare(b.name, 'vi'));
  return found.slice(0, limit);
}

export function renderResults(list, note, found, query, lang, words, open) {
  note.hidden = fold(query).length < 2;
  note.textContent = found.length ? words.results_loaded : words.results_none;
  list.replaceChildren(
    ...found.map(({ layer, feature, name }) => {
      const item = node('li');
      const button = node('button', 'result');
      button.type = 'button';
      button.dataset.layer = layer.name;
      button.dataset.uid = feature.getId();
      button.append(node('span', 'result-name', name), node('span', 'result-layer', pick(layer.label, lang)));
      button.addEventListener('click', () => open(layer.name, feature.getId()));
      item.append(button);
      return item;
    }),
  );
}
