import { describe, expect, it } from 'vitest';
import { assertInlineableSvg, scopeSvgIds } from '../../../src/report/html/svg-inline.js';

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg"><defs><clipPath id="clip1"><rect/></clipPath>' +
  '<linearGradient id="gradient_0"/></defs><g clip-path="url(#clip1)"><path fill="url(#gradient_0)"/>' +
  '<a href="#clip1"/><text>url(#clip1) id="clip1"</text></g></svg>';

describe('scopeSvgIds', () => {
  it('prefixes ids and references to them, and leaves text alone', () => {
    const out = scopeSvgIds(svg, 'c3-');
    expect(out).toContain('<clipPath id="c3-clip1">');
    expect(out).toContain('id="c3-gradient_0"');
    expect(out).toContain('clip-path="url(#c3-clip1)"');
    expect(out).toContain('fill="url(#c3-gradient_0)"');
    expect(out).toContain('href="#c3-clip1"');
    expect(out).not.toMatch(/id="clip1"|url\(#clip1\)\)|"url\(#clip1\)"/);
  });
  it('returns an SVG without ids unchanged', () => {
    const plain = '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>';
    expect(scopeSvgIds(plain, 'x-')).toBe(plain);
  });
});

describe('assertInlineableSvg', () => {
  it('accepts a chart SVG whose text merely mentions tags and URLs', () => {
    expect(() =>
      assertInlineableSvg('<svg><text aria-label="see https://x &lt;script&gt;">onload=x url(http://y)</text></svg>', 'ok'),
    ).not.toThrow();
    expect(() => assertInlineableSvg(svg, 'ok')).not.toThrow();
  });
  const bad: Array<[string, RegExp]> = [
    ['<div>not svg</div>', /start with <svg/],
    ['<svg></svg><script>x</script>', /end with/],
    ['<svg><script>alert(1)</script></svg>', /script/],
    ['<svg><foreignObject><div/></foreignObject></svg>', /foreignObject/],
    ['<svg><image href="http://example.org/a.png"/></svg>', /image/],
    ['<svg><style>@import "http://x";</style></svg>', /style/],
    ['<svg><rect onclick="alert(1)"/></svg>', /event-handler/],
    ['<svg><a href="https://example.org">x</a></svg>', /links outside/],
    ['<svg><a xlink:href="javascript:alert(1)">x</a></svg>', /links outside/],
    ['<svg><rect fill="url(http://example.org/p.svg#g)"/></svg>', /external url/],
    ['<svg><rect style="fill: url(\'https://x/y\')"/></svg>', /external url/],
  ];
  for (const [s, why] of bad) it(`refuses ${s}`, () => expect(() => assertInlineableSvg(s, 'bad')).toThrow(why));
});
