// The map's symbols, as the plugin draws them in QGIS (core/styles.py, core/style_symbols.py), from schema.json:
// points are a coloured shape with a thin white rim and the white pictogram of their category; areas are
// translucent with a darker outline (craft villages carry their pictogram); names show from the layer's label scale.
// A marker is drawn once per category into a canvas (shape, then its pictogram once loaded): one image a record.
import { firstOf, splitMulti } from './text.js';

const { Fill, Icon, Stroke, Style, Text } = ol.style;
const MM = 96 / 25.4;
const RATIO = window.devicePixelRatio || 1;
const RIM = '#ffffff';
// QGIS's marker shapes as regular polygons: points, rotation, radius as a share of the size
const SHAPES = {
  square: [4, Math.PI / 4, 0.9 * Math.SQRT1_2],
  square_with_corners: [4, Math.PI / 4, 0.92 * Math.SQRT1_2],
  diamond: [4, 0, 0.5],
  pentagon: [5, 0, 0.5],
  hexagon: [6, 0, 0.5],
  octagon: [8, Math.PI / 8, 0.5],
};

function rgba(hex, alpha) {
  const value = parseInt(hex.slice(1), 16);
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`;
}

// A marker of `size` px as one image: the shape of `colour` with its white rim, and the pictogram `icon` (a file
// of map/icons) of `share` of its size drawn over it once loaded (then `loaded()` is called to draw it again).
function markerIcon(shape, size, colour, icon, share, loaded) {
  const rim = 0.35 * MM;
  const full = Math.ceil(size * (shape === 'square' || shape === 'square_with_corners' ? 1.3 : 1) + rim * 2 + 2);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = Math.ceil(full * RATIO);
  const context = canvas.getContext('2d');
  context.scale(RATIO, RATIO);
  context.beginPath();
  if (shape in SHAPES) {
    const [points, angle, radiusShare] = SHAPES[shape];
    const radius = size * radiusShare;
    for (let i = 0; i < points; i += 1) {
      const a = angle - Math.PI / 2 + (i * 2 * Math.PI) / points;
      context.lineTo(full / 2 + radius * Math.cos(a), full / 2 + radius * Math.sin(a));
    }
    context.closePath();
  } else {
    context.arc(full / 2, full / 2, size / 2, 0, 2 * Math.PI);
  }
  context.fillStyle = colour;
  context.fill();
  context.lineWidth = rim;
  context.strokeStyle = RIM;
  context.stroke();
  if (icon) {
    const picture = new Image();
    const side = size * share;
    picture.onload = () => {
      context.drawImage(picture, (full - side) / 2, (full - side) / 2, side, side);
      loaded();
    };
    picture.src = `map/icons/${icon}`;
  }
  return new Icon({ img: canvas, scale: 1 / RATIO });
}

// The category of a record: the code of the layer's look field (a multi value's first code), or null.
export function categoryOf(layer, properties) {
  const look = layer.look;
  if (!look.field) return null;
  const value = properties[look.field];
  const code = look.multi ? splitMulti(value)[0] : value;
  return look.categories.some((c) => c.code === code) ? code : null;
}

export function categoryDrawing(layer, code) {
  const categories = layer.look.categories;
  return categories.find((c) => c.code === code) || categories[categories.length - 1];
}

function pointStyle(layer, drawing, loaded) {
  const look = layer.look;
  return new Style({ image: markerIcon(look.shape, look.size_px, drawing.colour, drawing.icon, look.icon_share, loaded) });
}

function interiorPoint(feature) {
  const geometry = feature.getGeometry();
  if (geometry.getType() === 'Polygon') return geometry.getInteriorPoint();
  if (geometry.getType() === 'MultiPolygon') return geometry.getInteriorPoints();
  return geometry;
}

function areaStyles(layer, drawing, loaded) {
  const styles = [
    new Style({
      fill: new Fill({ color: rgba(drawing.colour, drawing.opacity) }),
      stroke: new Stroke({
        color: drawing.stroke,
        width: drawing.outline_px,
        lineDash: drawing.dashed ? [8, 5] : undefined,
        lineJoin: 'round',
      }),
    }),
  ];
  if (layer.look.centre_icon && drawing.icon) {
    const image = markerIcon('circle', 6 * MM, drawing.colour, drawing.icon, 0.66, loaded);
    styles.push(new Style({ geometry: interiorPoint, image }));
  }
  return styles;
}

// The symbol of each category of a layer, made once; `loaded()` when a pictogram has arrived.
export function symbolsOf(layer, loaded) {
  const symbols = new Map();
  for (const drawing of layer.look.categories) {
    const point = layer.geometry === 'Point';
    symbols.set(drawing.code, point ? pointStyle(layer, drawing, loaded) : areaStyles(layer, drawing, loaded));
  }
  return symbols;
}

// The names, from the layer's label scale (1:label_scale) on, with a white halo; nothing when further out.
export function labelStyle(layer) {
  const look = layer.look;
  const isPoint = layer.geometry === 'Point';
  const italic = layer.name === 'ward' ? 'italic ' : '';
  const bold = look.centre_icon ? 'bold ' : '';
  const text = new Text({
    font: `${italic}${bold}${Math.round(look.label_size_pt * 96 / 72)}px "DejaVu Sans", "Noto Sans", sans-serif`,
    fill: new Fill({ color: look.label_colour }),
    stroke: new Stroke({ color: 'rgba(255, 255, 255, 0.85)', width: 3 }),
    textAlign: isPoint ? 'left' : 'center',
    offsetX: isPoint ? look.size_px / 2 + 3 : 0,
    offsetY: look.centre_icon ? 3.8 * MM + 6 : 0,
    overflow: !isPoint,
  });
  const style = new Style({ text, geometry: isPoint ? undefined : interiorPoint });
  return (feature) => {
    const name = firstOf(feature.getProperties(), look.label_fields);
    if (!name) return null;
    text.setText(name);
    return style;
  };
}

// The largest resolution (m/px in EPSG:3857) at which a scale of 1:scale shows, at a latitude.
export function resolutionFor(scale, latitude) {
  return (scale * 0.00028) / Math.cos((latitude * Math.PI) / 180);
}

// A small picture of a category for the legend and the popups: an element drawn with CSS.
export function swatch(layer, code) {
  const drawing = categoryDrawing(layer, code);
  const element = document.createElement('span');
  element.className = `swatch ${layer.geometry === 'Point' ? `shape-${layer.look.shape}` : 'area'}`;
  if (layer.geometry === 'Point') {
    element.style.background = drawing.colour;
  } else {
    element.style.background = rgba(drawing.colour, Math.max(drawing.opacity, 0.25));
    element.style.borderColor = drawing.stroke;
    element.style.borderStyle = drawing.dashed ? 'dashed' : 'solid';
  }
  if (drawing.icon) {
    const icon = document.createElement('img');
    icon.src = `map/icons/${drawing.icon}`;
    icon.alt = '';
    if (layer.geometry !== 'Point') icon.style.background = drawing.colour;
    element.append(icon);
  }
  return element;
}
