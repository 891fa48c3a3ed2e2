// `kubetwin compare` on two real runs of node-fit-4u4g whose node differs: the output names the
// changed scheduling event (time, object, reason/message, value A → value B), not only the input.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir } from '../../helpers/tmp.js';

const SCENARIO = 'scenarios/node-fit-4u4g.yaml';

describe('compare names the changed scheduling event', () => {
  const root = tempDir();
  const [a, five, big] = ['a', 'five', 'big'].map((d) => join(root, d));
  beforeAll(async () => {
    await cli('run', SCENARIO, '--out', a, '--quiet');
    await cli('run', SCENARIO, '--out', five, '--quiet', '--set', 'node/node-1.status.capacity.cpu=5');
    await cli(
      'run',
      SCENARIO,
      '--out',
      big,
      '--quiet',
      '--set',
      'node/node-1.status.capacity.cpu=8',
      '--set',
      'node/node-1.status.capacity.memory=16Gi',
    );
  }, 120_000);

  it('a bigger node: extra is Scheduled at 20 s instead of FailedScheduling, both rows named', async () => {
    const r = await cli('compare', a, big);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^ {2}timeseries\.csv: at 0 s, node node-1, column cpuAllocatableMilli: A 4000 → B 8000$/m);
    expect(r.stdout).toContain(
      '  events.csv: at 20 s, Pod extra, reason: A FailedScheduling "0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod." → B Scheduled "Successfully assigned default/extra to node-1"\n',
    );
    // The table lists the Scheduled event that no longer happens at 40 s.
    expect(r.stdout).toMatch(
      /^ {2}events\.csv +40 s +Pod extra +only in A +Scheduled "Successfully assigned default\/extra to node-1" +\(none\)$/m,
    );
    expect(r.stdout).toMatch(/^ {2}events\.csv: \d+ events differ \(1 changed, \d+ only in A, \d+ only in B; A has 19, B has \d+\)$/m);
  });

  it('5 CPUs: still refused, the FailedScheduling message names only memory', async () => {
    const r = await cli('compare', a, five);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      '  events.csv: at 20 s, Pod extra, FailedScheduling message: A "0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod." → B "0/1 nodes are available: 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod."\n',
    );
    expect(r.stdout).toContain('  events.csv: 1 event differs (1 changed, 0 only in A, 0 only in B; A has 19, B has 19)\n');
  });

  it('equal runs print no rows', async () => {
    const r = await cli('compare', a, a);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/first divergent row/);
  });
});
