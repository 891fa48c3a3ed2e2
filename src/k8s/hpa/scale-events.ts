// Storage of rescale events used by the behavior rate limits.
// k8s v1.28 pkg/controller/podautoscaler/horizontal.go storeScaleEvent, markScaleEventsOutdated,
// getLongestPolicyPeriod.
import type { ScaleEvent } from './behavior.js';
import type { HpaBehavior, ScalingRules } from './types.js';

/** k8s getLongestPolicyPeriod: the longest periodSeconds among the rules' policies (0 if none). */
export function getLongestPolicyPeriod(rules: ScalingRules): number {
  let longest = 0;
  for (const p of rules.policies) if (p.periodSeconds > longest) longest = p.periodSeconds;
  return longest;
}

/** k8s markScaleEventsOutdated: events strictly older than now − period are flagged outdated. */
export function markScaleEventsOutdated(events: readonly ScaleEvent[], longestPeriodSeconds: number, now: number): ScaleEvent[] {
  const cutoff = now - longestPeriodSeconds * 1000;
  return events.map((e) => (e.timestamp < cutoff ? { ...e, outdated: true } : { ...e }));
}

function store(events: readonly ScaleEvent[], rules: ScalingRules, change: number, now: number): ScaleEvent[] {
  const marked = markScaleEventsOutdated(events, getLongestPolicyPeriod(rules), now);
  let oldIndex = -1;
  marked.forEach((e, i) => {
    if (e.outdated) oldIndex = i;
  });
  const event: ScaleEvent = { change, timestamp: now, outdated: false };
  // The last outdated entry is reused, otherwise the event is appended.
  if (oldIndex >= 0) marked[oldIndex] = event;
  else marked.push(event);
  return marked;
}

/**
 * k8s storeScaleEvent, after a successful rescale from `prev` to `next`. Without behavior nothing is
 * stored (the events would never be used).
 */
export function storeScaleEvent(
  behavior: HpaBehavior | undefined,
  events: { up: readonly ScaleEvent[]; down: readonly ScaleEvent[] },
  prev: number,
  next: number,
  now: number,
): { up: ScaleEvent[]; down: ScaleEvent[] } {
  const up = events.up.map((e) => ({ ...e }));
  const down = events.down.map((e) => ({ ...e }));
  if (!behavior) return { up, down };
  if (next > prev) return { up: store(up, behavior.scaleUp, next - prev, now), down };
  return { up, down: store(down, behavior.scaleDown, prev - next, now) };
}
