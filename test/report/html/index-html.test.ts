import { beforeAll, describe, expect, it } from 'vitest';
import { compileToVega } from '../../../src/report/charts/compile.js';
import { buildIndexHtml, type ReportChart } from '../../../src/report/html/index-html.js';
import { scopeSvgIds } from '../../../src/report/html/svg-inline.js';
import { EVIL, sampleCharts, sampleInput } from './sample-page.js';

let charts: ReportChart[];
let html: string;

/** The page with the contents of every <script> element removed (markup only). */
function markupOnly(page: string): string {
  return page.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2');
}

beforeAll(async () => {
  charts = await sampleCharts();
  html = buildIndexHtml(sampleInput(charts));
});

describe('buildIndexHtml: escaping', () => {
  it('never lets a caller string become markup', () => {
    expect(html).not.toContain(EVIL);
    expect(html).not.toContain('<img');
    // The words may appear as escaped text; never as an attribute of a real tag.
    const attributeNames = [...markupOnly(html).matchAll(/<[a-z][^<>]*>/gi)].flatMap((tag) =>
      [...tag[0].replace(/"[^"]*"|'[^']*'/g, '""').matchAll(/\s([^\s=<>"']+)=/g)].map((a) => a[1].toLowerCase()),
    );
    expect(attributeNames).toContain('aria-label');
    expect(attributeNames.filter((a) => a.startsWith('on'))).toEqual([]);
    expect(html).toContain('<title>HPA scale-up &lt;/script&gt;&lt;script&gt;');
    expect(html).toContain('<h1>HPA scale-up &lt;/script&gt;');
  });

  it('has exactly the script elements it means to: vega, the boot script, one JSON spec per chart', () => {
    const tags = html.match(/<script\b[^>]*>/gi) ?? [];
    expect(tags.filter((t) => t === '<script>')).toHaveLength(2);
    expect(tags.filter((t) => /type="application\/json"/.test(t))).toHaveLength(charts.length);
    expect(tags).toHaveLength(2 + charts.length);
    expect((html.match(/<\/script>/gi) ?? []).length).toBe(tags.length);
  });

  it('inlines each chart spec as JSON that reads back to the compiled Vega spec', () => {
    charts.forEach((c, i) => {
      const m = new RegExp(`<script type="application/json" id="spec-${i}">([\\s\\S]*?)</script>`).exec(html);
      expect(m).not.toBeNull();
      const { $schema: _s, ...expected } = compileToVega(c.spec).vega as Record<string, unknown>;
      expect(JSON.parse(m![1])).toStrictEqual(JSON.parse(JSON.stringify(expected)));
    });
  });
});

describe('buildIndexHtml: offline', () => {
  it('loads nothing from elsewhere: no src/href/url()/@import pointing off the page', () => {
    const markup = markupOnly(html);
    expect(markup).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(markup).not.toMatch(/<link\b/i);
    expect(markup).not.toMatch(/<(img|iframe|object|embed|video|audio|source)\b/i);
    expect(markup).not.toMatch(/@import|url\(\s*['"]?(?!#)/i);
    for (const m of markup.matchAll(/\s(?:src|href|xlink:href)="([^"]*)"/gi)) {
      expect(m[1]).toMatch(/^(#|[a-z0-9_.-]+\.(csv|json)$)/i);
    }
  });

  it('mentions http(s) only as XML namespace names (inside the SVGs and the vega bundle)', () => {
    const urls = new Set(html.match(/https?:\/\/[^\s"'<>)]*/g) ?? []);
    expect([...urls].sort()).toEqual(['http://www.w3.org/1999/xlink', 'http://www.w3.org/2000/svg', 'http://www.w3.org/2000/xmlns/']);
  });

  it('forbids connections with a Content-Security-Policy', () => {
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  });
});

describe('buildIndexHtml: content', () => {
  it('includes every chart SVG, visible without JavaScript, with ids scoped per chart', () => {
    charts.forEach((c, i) => {
      expect(html).toContain(`<div class="chart-static">${scopeSvgIds(c.svg, `c${i}-`)}</div>`);
    });
    expect(html).not.toMatch(/<div class="chart-static" hidden/);
    const ids = [...markupOnly(html).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('shows key numbers, dotted for nested values, formatted without locale', () => {
    expect(html).toContain('<th scope="row">replicas.max</th><td class="value">4</td>');
    expect(html).toContain('<th scope="row">p99_ms</th><td class="value">12.3457</td>');
  });

  it('shows expectation results with pass/fail classes, the tally and the virtual time', () => {
    expect(html).toMatch(/<tr class="pass"><td><span class="verdict">PASS<\/span><\/td><td>reaches 4 replicas &lt;/);
    expect(html).toMatch(/<tr class="fail"><td><span class="verdict">FAIL<\/span><\/td><td>never drops below 1<\/td><td>0 &lt;/);
    expect(html).toContain('<p class="tally some-fail">1 of 2 expectations met.</p>');
    expect(html).toContain('<td>0:30:00</td>');
    expect(html).toMatch(/tr\.pass \.verdict \{ color: var\(--pass\)/);
  });

  it('links the data files relatively', () => {
    expect(html).toContain('<a href="timeseries.csv"><code>timeseries.csv</code></a> — samples &lt;/script&gt;');
    expect(html).toContain('<a href="events.csv">');
  });

  it('omits the expectations section when there are none and still builds with no charts', () => {
    const page = buildIndexHtml({ title: 't', description: '', summary: {}, charts: [], files: [] });
    expect(page).not.toContain('id="expectations"');
    expect(page).toContain('No key numbers were recorded.');
    expect(page).not.toContain('<figure');
  });

  it('gives charts with the same name distinct anchors', () => {
    const page = buildIndexHtml({ ...sampleInput([charts[0], { ...charts[1], name: charts[0].name }]), expectations: undefined });
    expect(page).toContain('id="chart-replicas"');
    expect(page).toContain('id="chart-replicas-2"');
  });

  it('is deterministic', () => {
    expect(buildIndexHtml(sampleInput(charts))).toBe(html);
  });
});

describe('buildIndexHtml: refuses unsafe input', () => {
  const files: string[] = ['https://example.org/x.csv', '//example.org/x.csv', 'javascript:alert(1)', 'file:///etc/passwd', ''];
  for (const name of files) {
    it(`file link ${JSON.stringify(name)}`, () => {
      expect(() => buildIndexHtml({ ...sampleInput([]), files: [{ name, description: 'd' }] })).toThrow(/relative path/);
    });
  }
  it('a chart SVG carrying a script', () => {
    const bad = { ...charts[0], svg: charts[0].svg.replace('</svg>', '<script>alert(1)</script></svg>') };
    expect(() => buildIndexHtml(sampleInput([bad]))).toThrow(/script/);
  });
});
