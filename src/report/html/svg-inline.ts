// Preparing a rendered chart SVG for inlining into a page that holds several charts. Every chart
// is rendered with vega's id counters reset, so each SVG has its own `clip1`, `gradient_0`, …;
// inlined side by side those ids would collide and one chart would clip by another's rectangle.

/** Prefixes every id in the SVG, and every `#id` reference to it, with `prefix`. */
export function scopeSvgIds(svg: string, prefix: string): string {
  const ids = new Set<string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) ids.add(m[1]);
  if (ids.size === 0) return svg;
  const scoped = (id: string) => (ids.has(id) ? `${prefix}${id}` : id);
  return svg
    .replace(/(\sid=")([^"]+)(")/g, (_, a: string, id: string, b: string) => `${a}${scoped(id)}${b}`)
    .replace(/url\(#([^)\s]+)\)/g, (_, id: string) => `url(#${scoped(id)})`)
    .replace(/(\s(?:xlink:)?href="#)([^"]+)(")/g, (_, a: string, id: string, b: string) => `${a}${scoped(id)}${b}`);
}

/** Every attribute of every start tag, as [name, raw value]. Text and values are escaped by vega. */
function attributes(svg: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const tag of svg.matchAll(/<[a-zA-Z][^<>]*>/g)) {
    for (const a of tag[0].matchAll(/\s([^\s="'<>/]+)\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+)/g)) {
      out.push([a[1].toLowerCase(), a[2].replace(/^["']|["']$/g, '')]);
    }
  }
  return out;
}

/** Presentation attributes whose value may be a url(…) reference (text attributes may say anything). */
const URL_ATTRIBUTES = new Set([
  'style',
  'fill',
  'stroke',
  'clip-path',
  'mask',
  'filter',
  'marker-start',
  'marker-mid',
  'marker-end',
  'cursor',
]);

function attributeProblem(name: string, value: string): string | null {
  if (name.startsWith('on')) return `has an event-handler attribute (${name})`;
  if ((name === 'href' || name === 'xlink:href' || name === 'src') && !value.trim().startsWith('#'))
    return `links outside itself (${name})`;
  if (URL_ATTRIBUTES.has(name) && /url\(\s*(?:["']|&quot;|&#39;)?\s*(?!#)/i.test(value)) return `references an external url() in ${name}`;
  return null;
}

/**
 * Charts come from our renderer, but the page must stay inert and offline whatever it is given:
 * refuse SVG that is not a single <svg> element or that could run script or fetch something.
 */
export function assertInlineableSvg(svg: string, name: string): void {
  let problem: string | null = !/^\s*<svg[\s>]/.test(svg)
    ? 'does not start with <svg'
    : !/<\/svg>\s*$/.test(svg)
      ? 'does not end with </svg>'
      : /<(?:script|foreignObject|iframe|image|use|style)\b/i.test(svg)
        ? 'contains a script, foreignObject, iframe, image, use or style element'
        : null;
  for (const [attr, value] of attributes(svg)) problem ??= attributeProblem(attr, value);
  if (problem) throw new Error(`chart '${name}': SVG ${problem}`);
}
