// Thinning of charts that components register with long inline series.
import { describe, expect, it } from 'vitest';
import { thinChartSpec } from '../../src/report/chart-thinning.js';
import { barChart, lineChart, stackedAreaChart, timelineChart } from '../../src/report/charts/specs.js';

type Values = Array<Record<string, number | string | null>>;
const values = (spec: object) => (spec as { data: { values: Values } }).data.values;
const text = { title: 't', xTitle: 'x', yTitle: 'y' };

function longRows(n: number) {
  return Array.from({ length: n }, (_, i) => ({ t: i, a: i === 777 ? 100 : i % 5, b: i === 1234 ? -50 : (i * 7) % 11 }));
}

describe('thinChartSpec', () => {
  it('thins each line to at most maxPoints, keeping first, last and the extremes', () => {
    const spec = lineChart({ rows: longRows(5000), x: 't', y: ['a', 'b'], ...text });
    const thin = values(thinChartSpec(spec, 200));
    for (const s of ['a', 'b']) {
      const rows = thin.filter((r) => r.series === s);
      expect(rows.length).toBeLessThanOrEqual(200);
      expect(rows.length).toBeGreaterThan(100);
      expect(rows[0].x).toBe(0);
      expect(rows.at(-1)!.x).toBe(4999);
    }
    expect(thin.find((r) => r.series === 'a' && r.value === 100)?.x).toBe(777);
    expect(thin.find((r) => r.series === 'b' && r.value === -50)?.x).toBe(1234);
  });

  it('keeps stacked series aligned: every kept x has a row for every series', () => {
    const spec = stackedAreaChart({ rows: longRows(3000), x: 't', y: ['a', 'b'], ...text });
    const thin = values(thinChartSpec(spec, 100));
    expect(thin.length).toBeLessThan(3000 * 2);
    const byX = new Map<unknown, string[]>();
    for (const r of thin) byX.set(r.x, [...(byX.get(r.x) ?? []), String(r.series)]);
    for (const list of byX.values()) expect(list.sort()).toEqual(['a', 'b']);
    expect([...byX.keys()]).toContain(777);
    expect([...byX.keys()]).toContain(1234);
  });

  it('returns short series, bars and timelines unchanged (the same object)', () => {
    const short = lineChart({ rows: longRows(50), x: 't', y: 'a', ...text });
    const bars = barChart({ rows: longRows(5000).map((r) => ({ c: String(r.t), v: r.a })), category: 'c', value: 'v', ...text });
    const lanes = timelineChart({
      rows: longRows(5000).map((r) => ({ lane: 'l', s: r.t, e: r.t + 1, st: 'x' })),
      lane: 'lane',
      start: 's',
      end: 'e',
      state: 'st',
      ...text,
    });
    for (const spec of [short, bars, lanes]) expect(thinChartSpec(spec, 100)).toBe(spec);
  });

  it('does not modify the spec it is given', () => {
    const spec = lineChart({ rows: longRows(1000), x: 't', y: 'a', ...text });
    thinChartSpec(spec, 100);
    expect(values(spec)).toHaveLength(1000);
  });
});
