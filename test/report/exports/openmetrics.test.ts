// metrics.om read back with a grammar-based parser: families with HELP/TYPE before samples, label
// escaping, per-series time order, `# EOF` last, and every numeric CSV cell as one sample.
import { describe, expect, it } from 'vitest';
import { metricName, snakeCase } from '../../../src/report/exports/metric-names.js';
import { openMetricsText, timestamp } from '../../../src/report/exports/openmetrics.js';
import { Recorder } from '../../../src/report/recorder.js';
import { parseOpenMetrics } from './om-parser.js';
import { csvRows, runWithExports, text } from './shared-run.js';

const EPOCH = Date.UTC(2026, 0, 1);

describe('metrics.om', () => {
  it('holds every numeric and boolean cell of timeseries.csv as a gauge sample at epoch + time', async () => {
    const r = await runWithExports(undefined, EPOCH);
    const families = parseOpenMetrics(text(r, 'metrics.om'));
    const { header, rows } = csvRows(r);
    const stringCols = new Set<string>();
    for (const row of rows)
      for (let j = 3; j < header.length; j++) if (row[j] !== '' && Number.isNaN(Number(row[j]))) stringCols.add(`${row[1]} ${header[j]}`);
    const expected: string[] = [];
    for (const row of rows) {
      for (let j = 3; j < header.length; j++) {
        if (row[j] === '' || stringCols.has(`${row[1]} ${header[j]}`)) continue;
        expected.push(`${row[1]} ${header[j]} ${row[2]} ${Number(row[0])} ${Number(row[j])}`);
      }
    }
    const got: string[] = [];
    const seed = String(r.scenario.manifest.spec.seed);
    for (const f of families) {
      expect(f.type).toBe('gauge');
      expect(f.name).toMatch(/^kubetwin_[a-z0-9_]+$/);
      const [kind, column] = (f.help ?? '').split(/[ ,]/);
      expect(f.name).toBe(metricName(kind, column));
      for (const s of f.samples) {
        expect(Object.keys(s.labels)).toEqual(['object', 'scenario', 'seed']);
        expect(s.labels.scenario).toBe('cpu-spike-hpa');
        expect(s.labels.seed).toBe(seed);
        got.push(`${kind} ${column} ${s.labels.object} ${Math.round((s.timestamp - EPOCH / 1000) * 1000) / 1000} ${s.value}`);
      }
    }
    expect(got.length).toBeGreaterThan(1000);
    expect(got.sort()).toEqual(expected.sort());
    expect(families.some((f) => f.name === 'kubetwin_node_cpu_requested_millicores')).toBe(true);
    expect(families.some((f) => f.name === 'kubetwin_container_memory_bytes')).toBe(true);
    expect(families.some((f) => f.name.includes('_state'))).toBe(families.some((f) => f.name === 'kubetwin_service_state_code'));
  }, 180_000);

  it('escapes label values, writes booleans as 0/1, leaves out empty cells and string columns', () => {
    const rec = new Recorder();
    const weird = 'pod "a"\\b\nc';
    rec.addSeries('pod', ['ready', 'phase', 'cpuMilli', 'wait_s'], (now) => [
      [weird, { ready: now > 0, phase: now > 0 ? 'Running' : 'Pending', cpuMilli: now > 0 ? 250 : null, wait_s: now / 1000 }],
    ]);
    rec.sample(0);
    rec.sample(1500);
    const text = openMetricsText(rec, { scenario: 'x"y', seed: 7 });
    const fams = parseOpenMetrics(text);
    expect(fams.map((f) => f.name)).toEqual(['kubetwin_pod_ready', 'kubetwin_pod_cpu_millicores', 'kubetwin_pod_wait_seconds']);
    expect(fams[0].samples.map((s) => [s.labels.object, s.labels.scenario, s.value, s.timestamp])).toEqual([
      [weird, 'x"y', 0, 0],
      [weird, 'x"y', 1, 1.5],
    ]);
    expect(fams[1].samples.map((s) => s.value)).toEqual([250]);
    expect(text).toContain('object="pod \\"a\\"\\\\b\\nc"');
  });

  it('rejects what the grammar forbids (the parser is a real check)', () => {
    const ok = '# HELP m x\n# TYPE m gauge\nm{object="a"} 1 1.000\n# EOF\n';
    expect(parseOpenMetrics(ok)).toHaveLength(1);
    expect(() => parseOpenMetrics(ok.replace('# EOF\n', ''))).toThrow(/EOF/);
    expect(() => parseOpenMetrics('# HELP m x\n# TYPE m gauge\nm{object="a"} 1 2.000\nm{object="a"} 1 1.000\n# EOF\n')).toThrow(/go back/);
    expect(() => parseOpenMetrics('m 1 1\n# EOF\n')).toThrow(/outside/);
    expect(() => parseOpenMetrics('# HELP m x\n# TYPE m gauge\nm{object="a\\q"} 1 1\n# EOF\n')).toThrow(/escape/);
    expect(() =>
      parseOpenMetrics('# HELP m x\n# TYPE m gauge\nm{object="a"} 1 1\n# HELP n x\n# TYPE n gauge\nn 1 1\n# HELP m x\n# EOF\n'),
    ).toThrow(/interleaved/);
  });

  it('names metrics after Prometheus conventions, units from the column name', () => {
    const table: Array<[string, string, string]> = [
      ['node', 'cpuRequestedMilli', 'kubetwin_node_cpu_requested_millicores'],
      ['node', 'memoryAllocatableBytes', 'kubetwin_node_memory_allocatable_bytes'],
      ['load', 'networkInBytesPerSecond', 'kubetwin_load_network_in_bytes_per_second'],
      ['kubelet', 'relistPeriod_s', 'kubetwin_kubelet_relist_period_seconds'],
      ['kubelet', 'relistDurationMs', 'kubetwin_kubelet_relist_duration_milliseconds'],
      ['kubelet', 'missedPct', 'kubetwin_kubelet_missed_percent'],
      ['container', 'backOffSeconds', 'kubetwin_container_back_off_seconds'],
      ['service', 'stateCode', 'kubetwin_service_state_code'],
      ['x', 'eventsCount', 'kubetwin_x_events_count_value'],
    ];
    for (const [kind, column, name] of table) expect(metricName(kind, column), column).toBe(name);
    expect(snakeCase('HTTPRequests')).toBe('http_requests');
  });

  it('writes timestamps as seconds with three decimals', () => {
    expect(timestamp(0, 0)).toBe('0.000');
    expect(timestamp(0, 1500.4)).toBe('1.500');
    expect(timestamp(Date.UTC(2026, 0, 1), 61_001)).toBe('1767225661.001');
  });
});
