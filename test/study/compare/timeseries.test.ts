// timeseries.csv compared series by series.
import { describe, expect, it } from 'vitest';
import { CompareInputError } from '../../../src/study/compare/errors.js';
import { compareTimeseries } from '../../../src/study/compare/timeseries.js';
import { EXACT } from '../../../src/study/compare/tolerance.js';

const header = 'time_s,object_kind,object,ready,pods,podsPending\n';
const base = `${header}0,node,node-1,1,2,\n0,cluster,cluster,,,0\n5,node,node-1,1,3,\n5,cluster,cluster,,,1\n10,node,node-1,1,3,\n10,cluster,cluster,,,0\n`;

describe('compareTimeseries', () => {
  it('identical files: every series equal, counted once', () => {
    expect(compareTimeseries(base, base, EXACT)).toEqual({
      series: 3,
      seriesDiffering: 0,
      pointsDiffering: 0,
      differing: [],
      first: undefined,
      bySeries: [],
    });
  });

  it('finds the earliest differing point and counts series and points', () => {
    const b = base.replace('5,cluster,cluster,,,1', '5,cluster,cluster,,,0').replace('10,node,node-1,1,3,', '10,node,node-1,1,4,');
    const d = compareTimeseries(base, b, EXACT);
    expect(d.first).toEqual({ time_s: 5, series: 'cluster.cluster.podsPending', a: '1', b: '0' });
    expect(d).toMatchObject({
      series: 3,
      seriesDiffering: 2,
      pointsDiffering: 2,
      differing: ['cluster.cluster.podsPending', 'node.node-1.pods'],
    });
  });

  it('within a sample time, reports in row then column order', () => {
    const b = base.replace('5,node,node-1,1,3,', '5,node,node-1,0,4,');
    expect(compareTimeseries(base, b, EXACT).first).toMatchObject({ time_s: 5, series: 'node.node-1.ready', a: '1', b: '0' });
  });

  it('a missing row or a missing sample time is a divergence with no value on one side', () => {
    const noRow = base.replace('10,node,node-1,1,3,\n', '');
    expect(compareTimeseries(base, noRow, EXACT)).toMatchObject({
      seriesDiffering: 2,
      pointsDiffering: 2,
      first: { time_s: 10, series: 'node.node-1.ready', a: '1', b: undefined },
    });
    const longer = `${base}15,cluster,cluster,,,0\n`;
    expect(compareTimeseries(base, longer, EXACT).first).toEqual({
      time_s: 15,
      series: 'cluster.cluster.podsPending',
      a: undefined,
      b: '0',
    });
  });

  it('a new column in one run is a differing series; column order does not matter', () => {
    const reordered =
      'time_s,object_kind,object,podsPending,pods,ready\n' +
      base
        .split('\n')
        .slice(1)
        .filter(Boolean)
        .map((l) => {
          const c = l.split(',');
          return [c[0], c[1], c[2], c[5], c[4], c[3]].join(',');
        })
        .join('\n') +
      '\n';
    expect(compareTimeseries(base, reordered, EXACT).seriesDiffering).toBe(0);
    const extra = base.replace(header, header.replace('\n', ',nodes\n')).replace('0,cluster,cluster,,,0\n', '0,cluster,cluster,,,0,1\n');
    expect(compareTimeseries(base, extra, EXACT)).toMatchObject({
      series: 4,
      seriesDiffering: 1,
      first: { time_s: 0, series: 'cluster.cluster.nodes', b: '1' },
    });
  });

  it('numeric tolerance', () => {
    const b = base.replace('10,node,node-1,1,3,', '10,node,node-1,1,3.001,');
    expect(compareTimeseries(base, b, EXACT).seriesDiffering).toBe(1);
    expect(compareTimeseries(base, b, { absolute: 0.01, relative: 0 }).seriesDiffering).toBe(0);
    expect(compareTimeseries(base, b, { absolute: 0, relative: 0.001 }).seriesDiffering).toBe(0);
  });

  it('rejects a file that is not a timeseries.csv', () => {
    expect(() => compareTimeseries('a,b\n1,2\n', base, EXACT, { a: 'run', b: 'golden' })).toThrow(CompareInputError);
    expect(() => compareTimeseries(base, `${header}x,node,n,1,1,\n`, EXACT, { a: 'run', b: 'golden' })).toThrow(
      /golden timeseries\.csv: row 2 has no valid time_s/,
    );
  });
});
