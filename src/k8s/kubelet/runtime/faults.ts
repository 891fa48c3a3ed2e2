// Cost of runtime calls and scripted runtime failures (kubetwin's own model, no Kubernetes rule).

/** Cost of one ListPods call: base + perPod × pods + perContainer × (containers + sandboxes), rounded to ms. */
export interface ListCost {
  baseMs: number;
  perPodMs: number;
  perContainerMs: number;
}

export const DEFAULT_LIST_COST: ListCost = { baseMs: 0, perPodMs: 0, perContainerMs: 0 };

/** Listing fails for calls made at `from ≤ now < to`; the failed call takes `durationMs` (default: the normal cost). */
export interface ListFailure {
  from: number;
  to: number;
  error?: string;
  durationMs?: number;
}

/** GetPodStatus fails for calls made at `from ≤ now < to`, for the given pods (all pods when omitted). */
export interface InspectFailure {
  from: number;
  to: number;
  podUids?: readonly string[];
  error?: string;
  durationMs?: number;
}

export function listDuration(cost: ListCost, pods: number, containers: number): number {
  return Math.round(cost.baseMs + cost.perPodMs * pods + cost.perContainerMs * containers);
}

function within(now: number, w: { from: number; to: number }): boolean {
  return now >= w.from && now < w.to;
}

export function activeListFailure(windows: readonly ListFailure[], now: number): ListFailure | undefined {
  return windows.find((w) => within(now, w));
}

export function activeInspectFailure(windows: readonly InspectFailure[], now: number, podUid: string): InspectFailure | undefined {
  return windows.find((w) => within(now, w) && (w.podUids === undefined || w.podUids.includes(podUid)));
}
