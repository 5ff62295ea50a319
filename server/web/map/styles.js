// The map's symbols, as the plugin draws them in QGIS (core/styles.py, core/style_symbols.py), from schema.json:
// points are a coloured shape with a thin white rim and the white pictogram of their category; areas are
// translucent with a darker outline (craft villages carry their pictogram); names show from the layer's label scale.
import { firstOf, splitMulti } from './text.js';

const { Circle, Fill, Icon, RegularShape, Stroke, Style, Text } = ol.style;
const MM = 96 / 25.4;
const RIM = '#ffffff';
// OpenLayers' regular shapes for QGIS's marker shapes: points, rotation, radius as a share of the size
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

// The background of a marker of `size` px.
export function markerShape(shape, size, colour) {
  const fill = new Fill({ color: colour });
  const stroke = new Stroke({ color: RIM, width: 0.35 * MM });
  if (!(shape in SHAPES)) return new Circle({ radius: size / 2, fill, stroke });
  const [points, angle, share] = SHAPES[shape];
  return new RegularShape({ points, angle, radius: size * share, fill, stroke });
}

function pictogram(name, size) {
  return new Icon({ src: `map/icons/${name}`, width: size, height: size });
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

function pointStyles(layer, drawing) {
  const look = layer.look;
  const styles = [new Style({ image: markerShape(look.shape, look.size_px, drawing.colour) })];
  if (drawing.icon) styles.push(new Style({ image: pictogram(drawing.icon, look.size_px * look.icon_share) }));
  return styles;
}

function interiorPoint(feature) {
  const geometry = feature.getGeometry();
  if (geometry.getType() === 'Polygon') return geometry.getInteriorPoint();
  if (geometry.getType() === 'MultiPolygon') return geometry.getInteriorPoints();
  return geometry;
}

function areaStyles(layer, drawing) {
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
    const size = 6 * MM;
    styles.push(new Style({ geometry: interiorPoint, image: markerShape('circle', size, drawing.colour) }));
    styles.push(new Style({ geometry: interiorPoint, image: pictogram(drawing.icon, size * 0.66) }));
  }
  return styles;
}

// The symbol of each category of a layer, made once.
export function symbolsOf(layer) {
  const symbols = new Map();
  for (const drawing of layer.look.categories) {
    symbols.set(drawing.code, layer.geometry === 'Point' ? pointStyles(layer, drawing) : areaStyles(layer, drawing));
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
