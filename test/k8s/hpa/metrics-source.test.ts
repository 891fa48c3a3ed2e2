// The metrics-server-like store and the metrics client reading it (k8s client.go
// getPodMetrics / getContainerMetrics / GetRawMetric behaviour on our samples).
import { describe, expect, it } from 'vitest';
import { getRawMetric, getResourceMetric, MetricsSource, toMilliUnits } from '../../../src/k8s/hpa/index.js';

describe('MetricsSource', () => {
  it('serves the latest scrape, with the scrape time and the window since the previous scrape', () => {
    const m = new MetricsSource();
    expect(m.resolution).toBe(15_000);
    expect(m.query(0)).toEqual([]);
    m.scrape(15_000, [{ name: 'a', cpuMilli: 250, memoryBytes: 100 }]);
    expect(m.query(20_000)).toEqual([
      { pod: 'a', timestamp: 15_000, window: 15_000, cpu: 250, memory: 100_000, containers: undefined, custom: {} },
    ]);
    m.scrape(30_000, [
      { name: 'a', cpuMilli: 300, memoryBytes: 100 },
      { name: 'b', cpuMilli: 10, memoryBytes: 1 },
    ]);
    expect(m.query(30_000).map((s) => [s.pod, s.cpu, s.window])).toEqual([
      ['a', 300, 15_000],
      ['b', 10, 15_000],
    ]);
    expect(m.lastScrape).toBe(30_000);
  });

  it('a pod created after the last scrape has no metric until the next one; a gone pod loses its metric', () => {
    const m = new MetricsSource(10_000);
    m.scrape(10_000, [{ name: 'old', cpuMilli: 1, memoryBytes: 0 }]);
    expect(m.query(15_000).map((s) => s.pod)).toEqual(['old']);
    m.scrape(20_000, [{ name: 'new', cpuMilli: 1, memoryBytes: 0 }]);
    expect(m.query(25_000).map((s) => s.pod)).toEqual(['new']);
  });

  it('does not serve a scrape from the future', () => {
    const m = new MetricsSource();
    m.scrape(30_000, [{ name: 'a', cpuMilli: 1, memoryBytes: 0 }]);
    expect(m.query(29_999)).toEqual([]);
  });

  it('rounds averaged CPU up to whole millicores (MilliValue) and converts custom metrics to milli-units', () => {
    expect(toMilliUnits(0.1)).toBe(100);
    expect(toMilliUnits(0.0001)).toBe(1);
    const m = new MetricsSource();
    m.scrape(0, [{ name: 'a', cpuMilli: 333.3334, memoryBytes: 0, custom: { network_in_mbps: 12.5 } }]);
    expect(m.query(0)[0]).toMatchObject({ cpu: 334, custom: { network_in_mbps: 12500 } });
  });

  it('rejects a non-positive resolution', () => {
    expect(() => new MetricsSource(0)).toThrow('metric resolution must be positive');
  });
});

describe('metrics client on samples', () => {
  const m = new MetricsSource();
  m.scrape(15_000, [
    {
      name: 'a',
      cpuMilli: 300,
      memoryBytes: 10,
      containers: [
        { name: 'app', cpuMilli: 200, memoryBytes: 6 },
        { name: 'side', cpuMilli: 100, memoryBytes: 4 },
      ],
    },
    { name: 'b', cpuMilli: 500, memoryBytes: 20, custom: { qps: 3 } },
  ]);
  const samples = m.query(15_000);

  it("resource metric: per-pod value, window and the first item's timestamp", () => {
    const r = getResourceMetric(samples, 'memory', 'ns');
    expect(r.timestamp).toBe(15_000);
    expect([...r.metrics]).toEqual([
      ['a', { value: 10_000, timestamp: 15_000, window: 15_000 }],
      ['b', { value: 20_000, timestamp: 15_000, window: 15_000 }],
    ]);
  });

  it('container metric fails when a pod lacks the container', () => {
    expect(() => getResourceMetric(samples, 'cpu', 'ns', 'app')).toThrow(
      'failed to get container metrics: container app not present in metrics for pod ns/b',
    );
    expect(getResourceMetric(samples.slice(0, 1), 'cpu', 'ns', 'side').metrics.get('a')?.value).toBe(100);
  });

  it('custom metric: only the pods that report it', () => {
    expect([...getRawMetric(samples, 'qps').metrics.keys()]).toEqual(['b']);
    expect(() => getRawMetric(samples, 'rps')).toThrow('no metrics returned from custom metrics API');
    expect(() => getResourceMetric([], 'cpu', 'ns')).toThrow('no metrics returned from resource metrics API');
  });
});
