import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { PodState } from '../../../src/sim/cluster.js';
import { PodIndex } from '../../../src/features/deployments/pod-index.js';
import { podFailing } from '../../../src/features/deployments/service-state.js';

const pod = (i: number, hash: string): PodState => ({
  obj: { name: `p${i}`, labels: { 'pod-template-hash': hash } } as unknown as PodState['obj'],
  key: `default/p${i}`,
  phase: 'Pending',
  createdAt: i,
  ready: false,
  containers: [{ name: 'app', state: 'waiting', reason: 'ContainerCreating', restartCount: 0, started: false, ready: false }],
});

const isActive = (p: PodState) => p.deletingAt === undefined && p.phase !== 'Failed' && p.phase !== 'Succeeded';

/** What the controller computed before the index: a walk over every pod. */
function walk(pods: readonly PodState[], hashes: readonly string[]) {
  return {
    active: hashes.map((h) => pods.filter((p) => isActive(p) && p.obj.labels['pod-template-hash'] === h).map((p) => p.key)),
    readyActive: hashes.map((h) => pods.filter((p) => isActive(p) && p.ready && p.obj.labels['pod-template-hash'] === h).length),
    ready: pods.filter((p) => p.deletingAt === undefined && p.ready && isActive(p)).length,
    failing: pods.some((p) => p.deletingAt === undefined && podFailing(p)),
  };
}

const op = fc.record({
  kind: fc.constantFrom('create', 'phase', 'ready', 'crash', 'recover', 'terminate', 'delete'),
  target: fc.nat(),
  hash: fc.constantFrom('a', 'b'),
  phase: fc.constantFrom('Pending', 'Running', 'Succeeded', 'Failed'),
});

describe('PodIndex', () => {
  it('equals a full walk of the pods after any sequence of pod changes', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const index = new PodIndex();
        const pods: PodState[] = [];
        let n = 0;
        for (const o of ops) {
          if (o.kind === 'create' || pods.length === 0) {
            const p = pod(n++, o.hash);
            pods.push(p);
            index.update('web', p);
            continue;
          }
          const p = pods[o.target % pods.length];
          if (o.kind === 'delete') {
            pods.splice(pods.indexOf(p), 1);
            index.remove('web', p);
            continue;
          }
          // Succeeded and Failed are final (k8s: a terminal pod never changes phase again).
          if (o.kind === 'phase' && p.phase !== 'Succeeded' && p.phase !== 'Failed') p.phase = o.phase as PodState['phase'];
          if (o.kind === 'ready') {
            p.ready = !p.ready;
            p.readyTransitionAt = n;
          }
          if (o.kind === 'crash') Object.assign(p.containers[0], { state: 'waiting', reason: 'CrashLoopBackOff' });
          if (o.kind === 'recover') Object.assign(p.containers[0], { state: 'running', reason: undefined });
          if (o.kind === 'terminate') p.deletingAt ??= n;
          index.update('web', p);
        }
        const want = walk(pods, ['a', 'b']);
        expect(['a', 'b'].map((h) => [...index.active('web', h)].map((p) => p.key))).toEqual(want.active);
        expect(['a', 'b'].map((h) => index.readyActive('web', h))).toEqual(want.readyActive);
        expect(index.ready('web')).toBe(want.ready);
        expect(index.failing('web')).toBe(want.failing);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps Deployments apart', () => {
    const index = new PodIndex();
    const a = pod(1, 'h');
    const b = pod(2, 'h');
    b.ready = true;
    index.update('one', a);
    index.update('two', b);
    expect(index.ready('one')).toBe(0);
    expect(index.ready('two')).toBe(1);
    expect(index.active('one', 'h').size).toBe(1);
    expect(index.active('three', 'h').size).toBe(0);
  });
});
