// generic.go generateEvents / convertState / getContainersFromPods, every old → new state pair.
import { describe, expect, it } from 'vitest';
import { computePodEvents, containerIdsOf, convertState, generateEvents, stateIn } from '../../../../src/k8s/kubelet/pleg/index.js';
import type { PlegEventType, PlegState } from '../../../../src/k8s/kubelet/pleg/index.js';
import { pod } from './fake-runtime.js';

// The full 4 × 4 table of k8s-semantics §3.3 (upstream has no single table test for it; the rows
// follow from generic.go generateEvents and are exercised piecemeal by TestRelisting).
const table: Array<[PlegState, PlegState, PlegEventType[]]> = [
  ['non-existent', 'non-existent', []],
  ['non-existent', 'running', ['ContainerStarted']],
  ['non-existent', 'exited', ['ContainerDied']],
  ['non-existent', 'unknown', ['ContainerChanged']],
  ['running', 'running', []],
  ['running', 'exited', ['ContainerDied']],
  ['running', 'unknown', ['ContainerChanged']],
  ['running', 'non-existent', ['ContainerDied', 'ContainerRemoved']],
  ['exited', 'exited', []],
  ['exited', 'running', ['ContainerStarted']],
  ['exited', 'unknown', ['ContainerChanged']],
  ['exited', 'non-existent', ['ContainerRemoved']],
  ['unknown', 'unknown', []],
  ['unknown', 'running', ['ContainerStarted']],
  ['unknown', 'exited', ['ContainerDied']],
  ['unknown', 'non-existent', ['ContainerDied', 'ContainerRemoved']],
];

describe('generateEvents (generic.go)', () => {
  it.each(table)('%s → %s', (from, to, types) => {
    const events = generateEvents('pod-1', 'c1', from, to);
    expect(events.map((e) => e.type)).toEqual(types);
    for (const e of events) expect(e).toMatchObject({ podUid: 'pod-1', containerId: 'c1' });
  });

  it('covers every ordered pair of states exactly once', () => {
    expect(new Set(table.map(([a, b]) => `${a}>${b}`)).size).toBe(16);
  });
});

describe('convertState (generic.go)', () => {
  it.each([
    ['created', 'unknown'],
    ['running', 'running'],
    ['exited', 'exited'],
    ['unknown', 'unknown'],
  ] as const)('%s → %s', (runtime, pleg) => {
    expect(convertState(runtime)).toBe(pleg);
  });
});

describe('container union and lookup (getContainersFromPods, getContainerState)', () => {
  const old = pod(
    'p',
    [
      ['a', 'running'],
      ['b', 'exited'],
    ],
    [['s1', 'running']],
  );
  const cur = pod(
    'p',
    [
      ['b', 'exited'],
      ['c', 'running'],
    ],
    [
      ['s1', 'exited'],
      ['s2', 'running'],
    ],
  );

  it('orders old containers, old sandboxes, new containers, new sandboxes without duplicates', () => {
    expect(containerIdsOf(old, cur)).toEqual(['a', 'b', 's1', 'c', 's2']);
    expect(containerIdsOf(undefined, cur)).toEqual(['b', 'c', 's1', 's2']);
    expect(containerIdsOf(undefined, undefined)).toEqual([]);
  });

  it('finds sandboxes like containers and reports absence as non-existent', () => {
    expect(stateIn(cur, 's1')).toBe('exited');
    expect(stateIn(cur, 'a')).toBe('non-existent');
    expect(stateIn(undefined, 'a')).toBe('non-existent');
    expect(stateIn(pod('p', [['x', 'created']]), 'x')).toBe('unknown');
  });

  it('diffs a pod in that order', () => {
    expect(computePodEvents('p', old, cur).map((e) => `${e.type}:${e.containerId}`)).toEqual([
      'ContainerDied:a',
      'ContainerRemoved:a',
      'ContainerDied:s1',
      'ContainerStarted:c',
      'ContainerStarted:s2',
    ]);
  });
});
