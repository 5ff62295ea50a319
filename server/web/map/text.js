// Text helpers of the online map: folding for search (as the plugin's schema.fold), multi values, labels, privacy.

// Lowercase, accents and Vietnamese diacritics removed (đ -> d), spaces collapsed: NFC and NFD fold the same.
export function fold(text) {
  return String(text ?? '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replaceAll('đ', 'd')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

// The codes of a multi value as the servers give it back: {"a","b"} (the stored form), {a,b}, a JSON array
// or a;b (schema_model.split_multi).
export function splitMulti(value) {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.map(String).filter(Boolean);
  const text = String(value).trim();
  if (text.startsWith('[')) {
    try {
      return JSON.parse(text).map((item) => String(item).trim()).filter(Boolean);
    } catch {
      // not JSON: read as below
    }
  }
  if (text.startsWith('{') && text.endsWith('}')) {
    const items = [];
    let current = '';
    let quoted = false;
    let escaped = false;
    for (const char of text.slice(1, -1)) {
      if (escaped) {
        current += char;
        escaped = false;
      } else if (quoted && char === '\\') {
        escaped = true;
      } else if (char === '"') {
        quoted = !quoted;
      } else if (char === ',' && !quoted) {
        items.push(current.trim());
        current = '';
      } else {
        current += char;
      }
    }
    items.push(current.trim());
    return items.filter(Boolean);
  }
  return text.split(';').map((part) => part.trim()).filter(Boolean);
}

const TRUE = new Set(['1', 'true', 'yes', 'y', 'co', 'oui', 't']);

export function truthy(value) {
  if (typeof value === 'string') return TRUE.has(fold(value));
  return Boolean(value);
}

// Whether a record may be shown: what the plugin publishes (Layer.may_publish), checked again here so that a
// server holding a record it should not (a person without consent, a youth leader) does not show it.
export function mayShow(layer, properties) {
  if (layer.privacy === 'never') return false;
  if (layer.withhold_if.some((name) => truthy(properties[name]))) return false;
  if (layer.consent_field) return truthy(properties[layer.consent_field]);
  return true;
}

// "{name} ..." filled from an object.
export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, key) => (key in values ? String(values[key]) : whole));
}

// The text of a label object ({en, vi, fr}) in a language, English when missing.
export function pick(label, lang) {
  if (!label) return '';
  return label[lang] || label.en || '';
}

// The first non-empty of a record's fields.
export function firstOf(properties, names) {
  for (const name of names) {
    const value = properties[name];
    if (value !== null && value !== undefined && String(value).trim() !== '') return String(value);
  }
  return '';
}
