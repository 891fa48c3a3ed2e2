// Pins SPEC §1's 4U4G worked example end to end through the shipped scenario.
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/run.js';
import { runLoaded } from '../../src/run.js';
import { summaryOf } from '../../src/report/files.js';

const GiB = 1024 ** 3;

describe('scenario node-fit-4u4g', async () => {
  const scenario = loadScenarioFile('scenarios/node-fit-4u4g.yaml');
  const { recorder } = await runLoaded(scenario);
  const events = recorder.events;
  const summary = summaryOf({ scenario, recorder }) as any;

  it('binds the two 1 CPU / 1 GiB pods at t = 0', () => {
    const scheduled = events.filter((e) => e.reason === 'Scheduled');
    expect(scheduled.slice(0, 2).map((e) => [e.time, e.object])).toEqual([
      [0, 'web-a'],
      [0, 'web-b'],
    ]);
    expect(scheduled[0].message).toBe('Successfully assigned default/web-a to node-1');
  });

  it('leaves 2 CPU / 2 GiB, and the 2 CPU / 2 GiB pod fits exactly at 10 s', () => {
    const node = recorder.samples.filter((s) => s.kind === 'node' && s.time === 5000)[0];
    expect((node.values.cpuAllocatableMilli as number) - (node.values.cpuRequestedMilli as number)).toBe(2000);
    expect((node.values.memoryAllocatableBytes as number) - (node.values.memoryRequestedBytes as number)).toBe(2 * GiB);
    expect(events.find((e) => e.object === 'big' && e.reason === 'Scheduled')?.time).toBe(10_000);
    const full = recorder.samples.find((s) => s.kind === 'node' && s.time === 15_000)!;
    expect(full.values.cpuRequestedMilli).toBe(4000);
    expect(full.values.memoryRequestedBytes).toBe(4 * GiB);
  });

  it('keeps the next pod Pending with the Kubernetes reason while the node is full', () => {
    const failed = events.filter((e) => e.object === 'extra' && e.reason === 'FailedScheduling');
    expect(failed[0].time).toBe(20_000);
    expect(failed[0].message).toBe(
      '0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory. ' +
        'preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.',
    );
    const pending = recorder.samples.find((s) => s.kind === 'cluster' && s.time === 30_000)!;
    expect(pending.values.podsPending).toBe(1);
  });

  it('retries the Pending pod when capacity is freed at 40 s', () => {
    expect(events.find((e) => e.object === 'extra' && e.reason === 'Scheduled')?.time).toBe(40_000);
    expect(summary.pods.map((p: any) => [p.name, p.phase, p.node])).toEqual([
      ['web-a', 'Running', 'node-1'],
      ['web-b', 'Running', 'node-1'],
      ['extra', 'Running', 'node-1'],
    ]);
    expect(summary.nodes[0]).toMatchObject({ cpuFreeMilli: 1000, memoryFreeBytes: GiB });
  });
});
