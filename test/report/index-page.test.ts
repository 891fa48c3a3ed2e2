// What index.html shows from summary.json: key numbers, expectation rows and file links.
import { describe, expect, it } from 'vitest';
import { expectationRows, fileLinks, indexPage, keyNumbers, MAX_LISTED } from '../../src/report/index-page.js';
import { checkChartNames, chartTitle } from '../../src/report/chart-files.js';
import { lineChart } from '../../src/report/charts/specs.js';

describe('keyNumbers', () => {
  it('leaves out what the page shows elsewhere (description, expectations)', () => {
    expect(keyNumbers({ scenario: 's', description: 'd', seed: 1, expectations: [{ name: 'e' }] })).toEqual({ scenario: 's', seed: 1 });
  });

  it('turns a list of named objects into one line per object, keyed by name', () => {
    const summary = {
      pods: [
        { name: 'web-a', phase: 'Running', ready: true, node: 'n1', pendingReason: null },
        { name: 'extra', phase: 'Pending', ready: false, node: null, pendingReason: '0/1 nodes are available' },
      ],
    };
    expect(keyNumbers(summary)).toEqual({
      pods: {
        'web-a': 'phase: Running; ready: yes; node: n1',
        extra: 'phase: Pending; ready: no; pendingReason: 0/1 nodes are available',
      },
    });
  });

  it(`counts lists longer than ${MAX_LISTED} and lists without unique names; keeps short plain lists; says "none" for empty ones`, () => {
    const many = Array.from({ length: MAX_LISTED + 1 }, (_, i) => ({ name: `p${i}` }));
    expect(keyNumbers({ a: many, b: [{ pod: 'x' }, { pod: 'y' }], c: ['x', 1], d: {}, e: [], f: { g: { h: 2 } } })).toEqual({
      a: `${MAX_LISTED + 1} entries (see summary.json)`,
      b: '2 entries (see summary.json)',
      c: ['x', 1],
      d: 'none',
      e: 'none',
      f: { g: { h: 2 } },
    });
  });
});

describe('expectationRows', () => {
  it('shows each result with its name, verdict, message as the observation and the time in ms', () => {
    const summary = {
      expectations: [
        { name: 'bound by 40 s', passed: true, observed: 40, at_s: 40, message: 'first Scheduled at 40 s' },
        { name: 'never pending', passed: false, observed: 1, message: '' },
      ],
    };
    expect(expectationRows(summary)).toEqual([
      { text: 'bound by 40 s', passed: true, observed: 'first Scheduled at 40 s', at: 40_000 },
      { text: 'never pending', passed: false, observed: 1 },
    ]);
  });
  it('is undefined when the summary has no expectations', () => {
    expect(expectationRows({})).toBeUndefined();
    expect(expectationRows({ expectations: [] })).toBeUndefined();
  });
});

describe('fileLinks and charts', () => {
  const spec = lineChart({ rows: [{ t: 0, v: 1 }], x: 't', y: 'v', title: 'Replicas', xTitle: 'x', yTitle: 'y' });

  it('links the data files with a description and each chart by its PNG', () => {
    const links = fileLinks(['timeseries.csv', 'scheduling.csv'], [{ name: 'replicas', title: 'Replicas', svg: '<svg></svg>', spec }]);
    expect(links.map((l) => l.name)).toEqual(['timeseries.csv', 'scheduling.csv', 'replicas.png']);
    expect(links[0].description).toMatch(/sample time/);
    expect(links[1].description).toMatch(/scheduling/);
    expect(links[2].description).toContain('replicas.vl.json');
  });

  it('takes a chart title from the spec, falling back to the chart name', () => {
    expect(chartTitle({ name: 'r', spec })).toBe('Replicas');
    expect(chartTitle({ name: 'r', spec: { ...spec, title: undefined } as never })).toBe('r');
  });

  it('refuses chart names that are not plain file names, or that two charts share', () => {
    expect(() => checkChartNames([{ name: '../x', spec }])).toThrow(/chart name/);
    expect(() => checkChartNames([{ name: 'Big Chart', spec }])).toThrow(/chart name/);
    expect(() =>
      checkChartNames([
        { name: 'a', spec },
        { name: 'a', spec },
      ]),
    ).toThrow(/two charts are named 'a'/);
    expect(() =>
      checkChartNames([
        { name: 'a', spec },
        { name: 'b.c_d-1', spec },
      ]),
    ).not.toThrow();
  });

  it('builds a page with the scenario name, the description escaped, and a no-charts page still works', () => {
    const html = indexPage({ scenarioName: 'demo', description: 'a <b> c', summary: { seed: 3 }, charts: [], dataFiles: ['events.csv'] });
    expect(html).toContain('<title>kubetwin report: demo</title>');
    expect(html).toContain('a &lt;b&gt; c');
    expect(html).toContain('href="events.csv"');
    expect(html).not.toContain('id="expectations"');
  });
});
