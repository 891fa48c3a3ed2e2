// Pins the shipped ha-placement scenario: required hostname anti-affinity, zone spread over
// unequal zones, and priority preemption with a PodDisruptionBudget (Kubernetes v1.28 semantics).
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/run.js';
import { runLoaded } from '../../src/run.js';
import { summaryOf } from '../../src/report/files.js';

const ZONE: Record<string, string> = { 'node-a': 'zone-1', 'node-b': 'zone-1', 'node-c': 'zone-2' };

describe('scenario ha-placement', async () => {
  const scenario = loadScenarioFile('scenarios/ha-placement.yaml');
  const { recorder } = await runLoaded(scenario);
  const events = recorder.events;
  const summary = summaryOf({ scenario, recorder }) as any;
  const nodeOf = (prefix: string) =>
    events.filter((e) => e.reason === 'Scheduled' && e.object.startsWith(prefix)).map((e) => e.message.split(' to ')[1]);

  it('binds one web replica per node and leaves three Pending with the anti-affinity reason', () => {
    expect(nodeOf('web-').sort()).toEqual(['node-a', 'node-b', 'node-c']);
    const pending = summary.scheduling.pending.filter((p: any) => p.pod.startsWith('web-'));
    expect(pending).toHaveLength(3);
    for (const p of pending) {
      expect(p.reason).toBe(
        "0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules. " +
          'preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
      );
    }
  });

  it('spreads the six spread replicas 3/3 over the zones of 2 nodes and 1 node', () => {
    const zones = nodeOf('spread-').map((n) => ZONE[n]);
    expect(zones.filter((z) => z === 'zone-1')).toHaveLength(3);
    expect(zones.filter((z) => z === 'zone-2')).toHaveLength(3);
  });

  it('preempts one batch pod (not the PDB-protected reports pod) and runs the critical pod on its node', () => {
    const preempted = events.filter((e) => e.reason === 'Preempted');
    expect(preempted).toHaveLength(1);
    expect(preempted[0].object).toMatch(/^batch-[ab]$/);
    const node = preempted[0].object === 'batch-a' ? 'node-a' : 'node-b';
    expect(preempted[0].message).toMatch(new RegExp(`^Preempted by pod pod-[0-9a-f]+-\\d+ on node ${node}$`));
    expect(preempted[0].time).toBe(60_000);
    expect(summary.scheduling.preemptions).toEqual([
      { time_s: 60, pod: expect.stringMatching(/^critical-/), node, victims: [preempted[0].object] },
    ]);
    const bound = events.find((e) => e.reason === 'Scheduled' && e.object.startsWith('critical-'))!;
    expect(bound.message.endsWith(`to ${node}`)).toBe(true);
    expect(bound.time).toBeGreaterThan(60_000);
    expect(events.some((e) => e.object === 'reports' && (e.reason === 'Preempted' || e.reason === 'Killing'))).toBe(false);
  });

  it('meets every expectation written in the scenario', () => {
    expect(summary.expectations.filter((x: any) => !x.passed)).toEqual([]);
    expect(summary.expectations.length).toBe(8);
  });
});
