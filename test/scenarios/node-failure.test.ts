// Pins node-failure: NotReady after the grace period, eviction at NotReady + 300 s, replacements on
// the remaining nodes and the Kubernetes Pending reason for the ones that do not fit.
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/run.js';
import { runLoaded } from '../../src/run.js';
import { summaryOf } from '../../src/report/files.js';

describe('scenario node-failure', async () => {
  const scenario = loadScenarioFile('scenarios/node-failure.yaml');
  const { recorder } = await runLoaded(scenario);
  const events = recorder.events;
  const summary = summaryOf({ scenario, recorder }) as any;
  const notReady = events.find((e) => e.reason === 'NodeNotReady' && e.object === 'node-1')!;
  const evictions = events.filter((e) => e.reason === 'TaintManagerEviction');

  it('node-1 is NotReady 40 s after its last lease renewal, at the next monitor pass', () => {
    expect(notReady.time).toBe(65_000);
    expect(summary.nodeLifecycle.notReady).toEqual([{ node: 'node-1', times_s: [65] }]);
  });

  it('eviction time = NotReady time + 300 s toleration, for each pod that was on the node', () => {
    expect(evictions.length).toBe(3);
    for (const e of evictions) {
      expect(e.time).toBe(notReady.time + 300_000);
      expect(e.message).toBe(`Marking for deletion Pod default/${e.object}`);
    }
  });

  it('replacements are created at once and scheduled on the remaining nodes only', () => {
    const created = events
      .filter((e) => e.reason === 'SuccessfulCreate' && e.time === 365_000)
      .map((e) => e.message.slice('Created pod: '.length));
    expect(created.length).toBe(3);
    const bound = events.filter((e) => e.reason === 'Scheduled' && created.includes(e.object) && e.time < 420_000);
    expect(bound.length).toBe(1);
    for (const b of bound) expect(b.message).not.toMatch(/node-1$/);
  });

  it('the rest stay Pending with the Kubernetes reason until the node recovers', () => {
    const failed = events.filter((e) => e.reason === 'FailedScheduling' && e.time === 365_000);
    expect(failed.map((e) => e.message)).toEqual(
      Array(2).fill(
        '0/3 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 2 Insufficient cpu. ' +
          'preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
      ),
    );
    const late = events.filter((e) => e.reason === 'Scheduled' && e.time >= 420_000);
    expect(late.map((e) => e.message.split(' to ')[1])).toEqual(['node-1', 'node-1']);
  });

  it('the service is Abnormal while pods are lost and Running again at the end', () => {
    const t = events.filter((e) => e.reason === 'ServiceStateChanged').map((e) => [e.time, e.message]);
    expect(t).toContainEqual([65_000, 'Service api is now Abnormal (was Running)']);
    expect(summary.services[0].state).toBe('Running');
  });
});
