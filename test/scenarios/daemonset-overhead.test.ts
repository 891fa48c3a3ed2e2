// Pins the shipped daemonset-overhead scenario: DaemonSet overhead keeps a 1700m app off 2-CPU
// nodes (FitError), DaemonSets cover nodes added later, and the app runs on the larger nodes.
import { describe, expect, it } from 'vitest';
import { loadScenarioFile, runLoaded } from '../../src/run.js';

describe('scenario daemonset-overhead', async () => {
  const scenario = loadScenarioFile('scenarios/daemonset-overhead.yaml');
  const { recorder, expectations } = await runLoaded(scenario);
  const events = recorder.events;

  it('puts one pod of each DaemonSet on each small node at t = 0, bound by node affinity', () => {
    const created = events.filter((e) => e.kind === 'DaemonSet' && e.reason === 'SuccessfulCreate' && e.time === 0);
    expect(created).toHaveLength(9);
    const bound = events.filter((e) => e.reason === 'Scheduled' && /^(log-agent|node-exporter|proxy)-/.test(e.object) && e.time === 0);
    const nodes = bound.map((e) => e.message.split(' to ')[1]).sort();
    expect(nodes).toEqual(['small-1', 'small-1', 'small-1', 'small-2', 'small-2', 'small-2', 'small-3', 'small-3', 'small-3']);
  });

  it('refuses the api pods with the FitError reason while only small nodes exist', () => {
    const failed = events.filter((e) => e.reason === 'FailedScheduling' && e.object.startsWith('api-'));
    expect(failed.length).toBeGreaterThanOrEqual(3);
    expect(failed[0].message).toBe(
      '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.',
    );
    expect(events.some((e) => e.reason === 'Scheduled' && e.object.startsWith('api-') && e.time < 60_000)).toBe(false);
  });

  it('covers the nodes added at 60 s and schedules the api there', () => {
    expect(events.filter((e) => e.kind === 'DaemonSet' && e.reason === 'SuccessfulCreate' && e.time === 60_000)).toHaveLength(6);
    const apiNodes = events.filter((e) => e.reason === 'Scheduled' && e.object.startsWith('api-')).map((e) => e.message.split(' to ')[1]);
    expect(apiNodes).toHaveLength(3);
    expect(apiNodes.every((n) => n.startsWith('large-'))).toBe(true);
    expect(recorder.series('daemonset', 'log-agent', 'desiredNumberScheduled').at(-1)?.[1]).toBe(5);
    expect(recorder.series('service', 'api', 'readyReplicas').at(-1)?.[1]).toBe(3);
  });

  it('passes the expectations written in the file', () => {
    expect(expectations).toHaveLength(6);
    expect(expectations.filter((e) => !e.passed).map((e) => e.message)).toEqual([]);
  });
});
