// Port of k8s pkg/kubelet/prober/results/results_manager_test.go TestCacheOperations and TestUpdates.
import { describe, expect, it } from 'vitest';
import { ResultsCache, type ResultUpdate } from '../../../../src/k8s/kubelet/prober/results.js';

describe('results cache', () => {
  it('TestCacheOperations: get / set / remove', () => {
    const c = new ResultsCache();
    expect(c.get('unset')).toBeUndefined();
    c.set('set', 'Success', 0);
    expect(c.get('set')).toBe('Success');
    c.remove('set');
    expect(c.get('set')).toBeUndefined();
  });

  it('TestUpdates: an update is published only on a first or changed result', () => {
    const seen: ResultUpdate[] = [];
    const c = new ResultsCache('readiness', (u) => seen.push(u));
    const steps: Array<[string, 'Success' | 'Failure', boolean]> = [
      ['a', 'Success', true],
      ['a', 'Success', false],
      ['a', 'Failure', true],
      ['b', 'Failure', true],
      ['a', 'Failure', false],
    ];
    steps.forEach(([id, result, published], i) => expect(c.set(id, result, i) !== undefined).toBe(published));
    expect(seen.map((u) => `${u.containerId}:${u.result}@${u.at}`)).toEqual(['a:Success@0', 'a:Failure@2', 'b:Failure@3']);
    expect(seen[0].probeType).toBe('readiness');
    c.remove('a');
    expect(c.set('a', 'Failure', 9)).toBeDefined(); // a removed container publishes again
  });
});
