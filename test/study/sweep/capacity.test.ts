// spec.nodePools (groups of identical nodes) and the `capacity` section of summary.json, with
// numbers worked out by hand from the scenarios' timelines.
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, loadScenarioText } from '../../../src/run.js';
import { runLoaded } from '../../../src/run.js';
import { summaryOf } from '../../../src/report/files.js';
import { type InputError, formatDiagnostic } from '../../../src/scenario/diagnostics.js';
import { minimalScenario } from '../../helpers/tmp.js';

async function summary(text: string, file = 'pool.yaml') {
  const run = await runLoaded(loadScenarioText(file, text));
  return JSON.parse(JSON.stringify(summaryOf(run))) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const pools = (body: string) => minimalScenario('', `\n  nodePools:\n${body}`);

describe('spec.nodePools', () => {
  it('adds count nodes named <pool>-<i>, labelled, with memory from memoryPerCpu', async () => {
    const s = await summary(pools('    - { name: big, count: 3, capacity: { cpu: "4" }, memoryPerCpu: 2Gi, labels: { tier: web } }\n'));
    const nodes = s.nodes as Array<{ name: string; cpuAllocatableMilli: number; memoryAllocatableBytes: number }>;
    expect(nodes.map((n) => n.name)).toEqual(['node-1', 'big-1', 'big-2', 'big-3']);
    expect(nodes[1]).toMatchObject({ cpuAllocatableMilli: 4000, memoryAllocatableBytes: 8 * 2 ** 30 });
    expect(s.eventsByReason.RegisteredNode).toBe(4);
    expect(s.capacity.nodeHours).toBeCloseTo((4 * 30) / 3600, 6);
  });

  it('count 0 adds no node; a --set path changes the count', async () => {
    const text = pools('    - { name: p, count: 0, capacity: { cpu: "2", memory: 4Gi } }\n');
    expect((await summary(text)).nodes).toHaveLength(1);
    const run = await runLoaded(loadScenarioText('pool.yaml', text, { set: ['spec.nodePools[0].count=2'] }));
    expect(run.recorder.summary().nodes).toHaveLength(3);
  });

  it('is validated with positions: cpu required, memory or memoryPerCpu required', () => {
    const text = pools('    - { name: p, count: 1, capacity: { pods: "10" } }\n');
    try {
      loadScenarioText('pool.yaml', text);
      expect.unreachable();
    } catch (e) {
      const lines = (e as InputError).diagnostics.map(formatDiagnostic);
      expect(lines.join('\n')).toMatch(/^pool.yaml:\d+:\d+ spec.nodePools\[0\].capacity.cpu: a node pool needs a cpu capacity/m);
      expect(lines.join('\n')).toMatch(/spec.nodePools\[0\].capacity: a node pool needs a memory capacity \(or memoryPerCpu\)/);
    }
  });

  it('refuses pool nodes that clash with a Node of the scenario (when loading)', () => {
    const text = pools('    - { name: node, count: 2, capacity: { cpu: "2", memory: 4Gi } }\n');
    expect(() => loadScenarioText('pool.yaml', text)).toThrow(
      /^pool\.yaml:\d+:\d+ spec\.nodePools: node pools would add nodes that already exist: node-1/,
    );
  });
});

describe('summary.json capacity', () => {
  it('node-fit-4u4g, worked by hand', async () => {
    const run = await runLoaded(loadScenarioFile('scenarios/node-fit-4u4g.yaml'));
    const c = run.recorder.summary().capacity as Record<string, number | null>;
    // One 4-CPU / 4 GiB node for 60 s.
    expect(c.nodeHours).toBeCloseTo(60 / 3600, 6);
    expect(c.cpuCoreHours).toBeCloseTo((4 * 60) / 3600, 6);
    expect(c.memoryGiBHours).toBeCloseTo((4 * 60) / 3600, 6);
    // `extra` waits from 20 s to 40 s; the other pods are bound the moment they are created.
    expect(c.pendingPodMinutes).toBeCloseTo(20 / 60, 6);
    expect(c.unscheduledPodMinutes).toBeCloseTo(20 / 60, 6);
    expect(c.peakPendingPods).toBe(2); // web-a and web-b, created together at 0 s, for an instant
    // Requests ÷ allocatable at the 13 samples (every 5 s and at 60 s): 50 % twice (2 CPU),
    // 100 % from 10 s to 35 s (6 samples: + big), 75 % from 40 s (5 samples: big gone, extra in).
    expect(c.avgCpuRequestedPct).toBeCloseTo((2 * 50 + 6 * 100 + 5 * 75) / 13, 5);
    expect(c.peakCpuRequestedPct).toBe(100);
    expect(c.peakNodeCpuRequestedPct).toBe(100);
    // No load model in this scenario: no usage.
    expect(c.avgCpuUsedPct).toBeNull();
  });

  it('pods that never fit count as Pending until the end', async () => {
    const text = minimalScenario().replace('cpu: 500m, memory: 256Mi', 'cpu: "3", memory: 256Mi');
    const c = (await summary(text)).capacity;
    expect(c.pendingPodMinutes).toBeCloseTo(0.5, 6); // 30 s
    expect(c.unscheduledPodMinutes).toBeCloseTo(0.5, 6);
    expect(c.peakPendingPods).toBe(1);
    expect(c.avgCpuRequestedPct).toBe(0);
  });
});
