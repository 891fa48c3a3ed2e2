import { describe, expect, it, vi } from 'vitest';
import { compileToVega, withChartFont, type VegaLiteSpec } from '../../../src/report/charts/compile.js';

const encoding = { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } };
const base = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  data: { values: [{ a: 'x', b: 1 }] },
  mark: 'bar',
  encoding,
} as VegaLiteSpec;

describe('withChartFont', () => {
  it('sets the bundled font and keeps the rest of the config', () => {
    const spec = withChartFont({ ...base, config: { font: 'Comic Sans MS', axis: { labelFontSize: 9 } } } as VegaLiteSpec);
    expect(spec.config?.font).toBe('DejaVu Sans, sans-serif');
    expect(spec.config?.axis?.labelFontSize).toBe(9);
  });
  it('adds a config where there was none, without touching the input', () => {
    const spec = withChartFont(base);
    expect(spec.config?.font).toBe('DejaVu Sans, sans-serif');
    expect(base.config).toBeUndefined();
  });
});

describe('compileToVega', () => {
  it('compiles to a Vega spec carrying the chart font', () => {
    const { vega, warnings } = compileToVega(base);
    expect(warnings).toEqual([]);
    expect(JSON.stringify(vega)).toContain('"DejaVu Sans, sans-serif"');
    expect(vega.marks?.length).toBeGreaterThan(0);
  });

  it('collects Vega-Lite warnings instead of printing them', () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const withShape = { ...base, encoding: { ...encoding, shape: { field: 'a', type: 'nominal' } } } as VegaLiteSpec;
    const { warnings } = compileToVega(withShape);
    expect(warnings.length).toBeGreaterThan(0);
    expect(warnings.join(' ')).toMatch(/shape/);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });
});
