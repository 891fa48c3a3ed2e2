// The scheduling queue on virtual time. The back-off sequence is that of k8s v1.28
// pkg/scheduler/internal/queue/scheduling_queue_test.go TestBackOffFlow; the other cases are ours
// and exercise the rules of scheduling_queue.go (PrioritySort order, move requests, event
// matching, the 5-minute leftover flush).
import { describe, expect, it } from 'vitest';
import { SchedulingQueue } from '../../../src/k8s/scheduler/queue.js';
import { pod } from './fixtures.js';

const key = (n: string) => `default/${n}`;

function failOnce(q: SchedulingQueue, now: number, plugins: string[]) {
  const info = q.pop()!;
  q.addUnschedulable(info, plugins, now);
  return info;
}

describe('back-off (TestBackOffFlow)', () => {
  it('doubles from 1 s per attempt up to 10 s', () => {
    const q = new SchedulingQueue();
    expect([1, 2, 3, 4, 5, 6, 10].map((a) => q.backoffDuration(a))).toEqual([1000, 2000, 4000, 8000, 10000, 10000, 10000]);
  });

  it('keeps a moved pod in backoffQ until timestamp + back-off, then flush moves it to activeQ', () => {
    const q = new SchedulingQueue();
    q.add(key('p'), pod(), 0);
    failOnce(q, 100, ['NodeResourcesFit']); // attempt 1 failed at t=100: back-off until 1100
    q.moveAllToActiveOrBackoff('NodeAdd', 500);
    expect([q.activeLength, q.backoffLength, q.unschedulableLength]).toEqual([0, 1, 0]);
    expect(q.nextWakeTime()).toBe(1100);
    q.flush(1099);
    expect(q.pop()).toBeUndefined();
    q.flush(1100);
    const again = q.pop()!;
    expect(again.attempts).toBe(2);
    expect(again.key).toBe(key('p'));
  });

  it('moves straight to activeQ when the back-off is already over', () => {
    const q = new SchedulingQueue();
    q.add(key('p'), pod(), 0);
    failOnce(q, 0, ['NodeResourcesFit']);
    q.moveAllToActiveOrBackoff('AssignedPodDelete', 1000);
    expect(q.activeLength).toBe(1);
  });
});

describe('activeQ order (PrioritySort)', () => {
  it('pops higher priority first, then earlier entry, then insertion order', () => {
    const q = new SchedulingQueue();
    q.add(key('late-low'), pod({ priority: 0 }), 20);
    q.add(key('early-low'), pod({ priority: 0 }), 10);
    q.add(key('high'), pod({ priority: 100 }), 30);
    q.add(key('same-time-a'), pod({ priority: 0 }), 10);
    const order: string[] = [];
    for (let i = q.pop(); i; i = q.pop()) order.push(i.key);
    expect(order).toEqual([key('high'), key('early-low'), key('same-time-a'), key('late-low')]);
    expect(q.schedulingCycle).toBe(4);
  });
});

describe('unschedulable pods and cluster events', () => {
  it('moves only pods that a rejecting plugin registered the event for', () => {
    const q = new SchedulingQueue();
    q.add(key('fit'), pod(), 0);
    q.add(key('taint'), pod(), 0);
    failOnce(q, 0, ['NodeResourcesFit']);
    failOnce(q, 0, ['TaintToleration']);
    q.moveAllToActiveOrBackoff('AssignedPodDelete', 5000);
    expect(q.pop()?.key).toBe(key('fit'));
    expect(q.pop()).toBeUndefined();
    expect(q.unschedulableLength).toBe(1);
    q.moveAllToActiveOrBackoff('NodeUpdate', 5000);
    expect(q.pop()?.key).toBe(key('taint'));
  });

  it('moves a pod no plugin rejected on any event', () => {
    const q = new SchedulingQueue();
    q.add(key('p'), pod(), 0);
    failOnce(q, 0, []);
    expect(q.unschedulableLength).toBe(1);
    q.moveAllToActiveOrBackoff('AssignedPodDelete', 5000);
    expect(q.activeLength).toBe(1);
  });

  it('AssignedPodAdd moves nobody but counts as a move request', () => {
    const q = new SchedulingQueue();
    q.add(key('a'), pod(), 0);
    q.add(key('b'), pod(), 0);
    failOnce(q, 0, ['NodeResourcesFit']);
    const b = q.pop()!;
    // A move request arrives while b's cycle is in flight: b goes to backoffQ, not unschedulable.
    q.moveAllToActiveOrBackoff('AssignedPodAdd', 0);
    expect(q.unschedulableLength).toBe(1);
    q.addUnschedulable(b, ['NodeResourcesFit'], 0);
    expect([q.backoffLength, q.unschedulableLength]).toEqual([1, 1]);
  });

  it('retries pods unschedulable for more than 5 minutes (strictly more)', () => {
    const q = new SchedulingQueue();
    q.add(key('p'), pod(), 0);
    failOnce(q, 1000, ['TaintToleration']);
    expect(q.nextWakeTime()).toBe(1000 + 300_000 + 1);
    q.flush(301_000);
    expect(q.unschedulableLength).toBe(1);
    q.flush(301_001);
    expect(q.activeLength).toBe(1);
  });

  it('refuses to re-add a pod that is still queued, and deletes from any sub-queue', () => {
    const q = new SchedulingQueue();
    q.add(key('p'), pod(), 0);
    const info = q.pop()!;
    q.addUnschedulable(info, ['NodeResourcesFit'], 0);
    expect(() => q.addUnschedulable(info, [], 0)).toThrow(/already in the scheduling queue/);
    expect(q.delete(key('p'))).toBe(true);
    expect(q.has(key('p'))).toBe(false);
    expect(q.delete(key('p'))).toBe(false);
    expect(q.nextWakeTime()).toBeUndefined();
  });

  it('a re-added pod starts over in activeQ', () => {
    const q = new SchedulingQueue();
    q.add(key('p'), pod(), 0);
    failOnce(q, 0, ['NodeResourcesFit']);
    q.add(key('p'), pod(), 50);
    expect([q.activeLength, q.unschedulableLength]).toEqual([1, 0]);
    expect(q.pop()!.attempts).toBe(1);
  });
});
