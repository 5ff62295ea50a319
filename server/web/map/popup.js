// A record's popup: its name, layer, photo, the fields the schema lists for it (labels and values in the page's
// language), contact links (Zalo, Facebook, ...) and a link to the record. Built with DOM nodes and textContent:
// nothing a record holds is read as HTML.
import { fill, firstOf, pick, splitMulti } from './text.js';
import { categoryOf, swatch } from './styles.js';

const CONTACTS = ['phone', 'zalo', 'facebook', 'website', 'email', 'tiktok', 'shop_url'];

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function webAddress(value) {
  try {
    const url = new URL(String(value).trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

// The photo's address: an absolute http(s) URL, or one from the server's root (/media/<name>.jpg), as the
// plugin publishes it; a path of the planner's workspace (photos/x.jpg) points nowhere on the server: none.
export function photoUrl(value) {
  const text = String(value ?? '').trim();
  if (!text) return null;
  if (text.startsWith('/') && !text.startsWith('//')) return new URL(text, document.baseURI).href;
  return webAddress(text);
}

// Zalo's link for an E.164 number: zalo.me/<national number> for Vietnam (+84 9x -> 09x), else the digits.
export function zaloUrl(phone) {
  const digits = String(phone).replace(/[^\d+]/g, '');
  if (!/^\+?\d{6,15}$/.test(digits)) return null;
  const national = digits.startsWith('+84') ? `0${digits.slice(3)}` : digits.replace('+', '');
  return `https://zalo.me/${national}`;
}

function contactLink(name, value) {
  const text = String(value).trim();
  if (name === 'phone') return /^\+?[\d ]{6,20}$/.test(text) ? `tel:${text.replace(/ /g, '')}` : null;
  if (name === 'zalo') return zaloUrl(text);
  if (name === 'email') return /^[^\s@]+@[^\s@]+$/.test(text) ? `mailto:${text}` : null;
  return webAddress(text);
}

function valueText(schema, field, value, lang, words) {
  if (field.type === 'boolean') return value ? words.yes : words.no;
  if (field.value_list) {
    const list = schema.value_lists[field.value_list];
    const labelOf = (code) => pick(list?.values.find((v) => v.code === code)?.label, lang) || code;
    const codes = field.type === 'multi' ? splitMulti(value) : [String(value)];
    return codes.map(labelOf).join(', ');
  }
  if (field.type === 'integer' && typeof value === 'number') return value.toLocaleString(lang);
  return String(value);
}

function isEmpty(value) {
  return value === null || value === undefined || String(value).trim() === '' || String(value) === '{}';
}

// The popup's content for a record of `layer` in `lang`; `words` are the page's own words in that language;
// `grown()` is called when its photo has arrived (the card is taller).
export function recordCard(schema, layer, feature, lang, words, grown = () => {}) {
  const properties = feature.getProperties();
  const card = element('article', 'record');
  card.dataset.layer = layer.name;
  card.dataset.uid = feature.getId();
  const header = element('header');
  header.append(swatch(layer, categoryOf(layer, properties)));
  const titles = element('div');
  const name = firstOf(properties, layer.look.label_fields.concat([layer.display_field])) || feature.getId();
  titles.append(element('h2', 'name', name), element('p', 'layer', pick(layer.label, lang)));
  header.append(titles);
  card.append(header);

  const photo = layer.fields.photo ? photoUrl(properties.photo) : null;
  if (photo) {
    const image = element('img', 'photo');
    image.alt = fill(words.photo_of, { name });
    image.decoding = 'async';
    image.addEventListener('error', () => image.remove()); // an address that does not answer: no broken image
    image.addEventListener('load', grown);
    image.src = photo;
    card.append(image);
  }

  const list = element('dl');
  for (const fieldName of layer.popup) {
    const value = properties[fieldName];
    if (CONTACTS.includes(fieldName) || isEmpty(value)) continue;
    const field = layer.fields[fieldName];
    list.append(element('dt', '', pick(field.label, lang)));
    const text = valueText(schema, field, value, lang, words);
    list.append(element('dd', fieldName === 'opening_hours' ? 'hours' : '', text));
  }
  if (list.childElementCount) card.append(list);

  const contacts = layer.popup.filter((n) => CONTACTS.includes(n) && !isEmpty(properties[n]));
  if (contacts.length) {
    const box = element('section', 'contacts');
    box.append(element('h3', '', pick(schema.tabs.contact, lang)));
    const links = element('ul');
    for (const fieldName of contacts) {
      const value = String(properties[fieldName]).trim();
      const item = element('li', `contact contact-${fieldName}`);
      item.append(element('span', 'contact-label', `${pick(layer.fields[fieldName].label, lang)}: `));
      const href = contactLink(fieldName, value);
      if (href) {
        const link = element('a', '', value);
        link.href = href;
        if (href.startsWith('http')) {
          link.target = '_blank';
          link.rel = 'noopener noreferrer';
        }
        item.append(link);
      } else {
        item.append(element('span', '', value));
      }
      links.append(item);
    }
    box.append(links);
    card.append(box);
  }

  const permalink = element('a', 'permalink', words.record_link);
  permalink.href = `#${layer.name}/${encodeURIComponent(feature.getId())}`;
  card.append(permalink);
  return card;
}
