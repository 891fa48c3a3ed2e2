import { describe, expect, it } from 'vitest';
import { escapeHtml, jsonForScript, scriptForInline } from '../../../src/report/html/escape.js';

describe('escapeHtml', () => {
  const table: Array<[unknown, string]> = [
    ['plain', 'plain'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a & b', 'a &amp; b'],
    ['"quoted" \'single\'', '&quot;quoted&quot; &#39;single&#39;'],
    ['&amp;', '&amp;amp;'],
    [42, '42'],
    [null, ''],
    [undefined, ''],
  ];
  for (const [input, out] of table) it(`${JSON.stringify(input)} → ${out}`, () => expect(escapeHtml(input)).toBe(out));
});

describe('jsonForScript', () => {
  const nasty = { title: '</script><script>alert(1)</script>', c: '<!-- x -->', amp: 'a&b', ls: 'line\u2028sep\u2029' };
  it('cannot close the script element or open a comment', () => {
    const out = jsonForScript(nasty);
    expect(out).not.toMatch(/<\/script/i);
    expect(out).not.toContain('<!--');
    expect(out).not.toContain('<');
    expect(out).not.toContain('\u2028');
  });
  it('reads back to the same value', () => {
    expect(JSON.parse(jsonForScript(nasty))).toEqual(nasty);
  });
});

describe('scriptForInline', () => {
  it('rewrites </script and <!-- into \\x3C escapes that mean the same in JavaScript', () => {
    const src = 'var a = "</script>"; var b = \'<!--\'; var c = /<!--/.test("<!--");';
    const out = scriptForInline(src);
    expect(out).not.toMatch(/<\/script|<!--/i);
    const run = (code: string) => new Function(`${code}; return [a, b, c];`)() as unknown[];
    expect(run(out)).toEqual(run(src));
  });
  it('leaves other code alone', () => {
    const src = 'if (a < b && c > d) x = "<b>";';
    expect(scriptForInline(src)).toBe(src);
  });
});
