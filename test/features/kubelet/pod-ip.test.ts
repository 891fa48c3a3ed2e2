// Pod IPs come from the pod's own uid, so other pods never change them (except on a collision).
import { describe, expect, it } from 'vitest';
import { podIP } from '../../../src/features/kubelet/pod-ip.js';

describe('podIP', () => {
  it('depends only on the uid while addresses are free', () => {
    const alone = podIP('pod-00000001-1', new Set());
    const crowded = new Set<string>();
    for (let i = 0; i < 50; i++) podIP(`pod-other-${i}`, crowded);
    expect(podIP('pod-00000001-1', crowded)).toBe(alone);
    expect(alone).toMatch(/^10\.(24\d|25[0-5])\.\d{1,3}\.\d{1,3}$/);
  });

  it('moves to the next free address when a live pod holds it, never .0 or .255', () => {
    const inUse = new Set<string>();
    const first = podIP('pod-x', inUse);
    inUse.clear();
    inUse.add(first);
    const second = podIP('pod-x', inUse);
    expect(second).not.toBe(first);
    expect(inUse.has(second)).toBe(true);
    for (let i = 0; i < 300; i++) expect(podIP(`u${i}`, new Set())).not.toMatch(/\.(0|255)$/);
  });
});
