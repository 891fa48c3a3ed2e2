// k8s v1.28 pkg/kubelet/pleg/generic.go Healthy: the PLEG is unhealthy when it has never relisted
// successfully ("pleg has yet to be successful") or when the last successful relist started more
// than the relist threshold ago, strictly ("pleg was last seen active 3m0.001s ago; threshold is 3m0s").
import { goDuration } from '../../../model/duration.js';

export interface PlegHealth {
  ok: boolean;
  /** The error text of an unhealthy PLEG, as Healthy() returns it. */
  message?: string;
}

/**
 * `lastRelist`: start of the last successful relist, undefined before the first one. `startedAt`,
 * when given, is when the PLEG started: before its first successful relist it counts as healthy
 * until the threshold has passed since then (kubetwin does not model the kubelet's start-up as
 * NotReady); without it the rule is upstream's, unhealthy at once.
 */
export function plegHealth(lastRelist: number | undefined, now: number, thresholdMs: number, startedAt?: number): PlegHealth {
  if (lastRelist === undefined && (startedAt === undefined || now - startedAt > thresholdMs)) {
    return { ok: false, message: 'pleg has yet to be successful' };
  }
  const elapsed = now - (lastRelist ?? (startedAt as number));
  if (elapsed > thresholdMs) {
    return { ok: false, message: `pleg was last seen active ${goDuration(elapsed)} ago; threshold is ${goDuration(thresholdMs)}` };
  }
  return { ok: true };
}
