// Escaping for everything a report page embeds: text and attribute values, JSON inside
// <script type="application/json">, and whole JavaScript bundles inlined in <script>.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Safe in element text and in quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * JSON that can sit inside a <script> element: `<`, `>` and `&` become \u escapes (so neither
 * `</script>` nor `<!--` can appear), as do U+2028/U+2029. JSON.parse reads it back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * JavaScript source made safe to inline in <script>. Code can only hold `</script` or `<!--`
 * inside a string, template or regex literal or a comment (a regex spells the first `<\/script`,
 * which this leaves alone); in each of those `\x3C` stands for the same `<`.
 */
export function scriptForInline(source: string): string {
  return source.replace(/<(\/script|!--)/gi, '\\x3C$1');
}
