// One probe run as the kubelet's prober does it: retry the handler on *errors* only, then map the
// handler result to the cached result and the container event.
// k8s v1.28 pkg/kubelet/prober/prober.go (probe, runProbeWithRetries, maxProbeRetries = 3).
import type { ContainerPort, ProbeSpec } from '../../../model/types.js';
import { runHandler, type ProbeTarget } from './handlers.js';
import type { HandlerOutcome, ProberOutcome, ProbeType } from './types.js';

export const MAX_PROBE_RETRIES = 3;

const TITLE: Record<ProbeType, string> = { liveness: 'Liveness', readiness: 'Readiness', startup: 'Startup' };

/**
 * prober.go probe: no probe → Success; handler Success/Warning → Success; Failure/Unknown or an error
 * that survived the retries → Failure (with `error` set, which makes the worker discard it).
 * `attempt(i)` runs the handler once (i = 0, 1, 2); attempts take place one after another.
 */
export function probe(probeType: ProbeType, spec: ProbeSpec | undefined, attempt: (i: number) => HandlerOutcome): ProberOutcome {
  if (!spec) return { result: 'Success', output: '', durationMs: 0, attempts: 0 };
  let outcome: HandlerOutcome | undefined;
  let durationMs = 0;
  let attempts = 0;
  // runProbeWithRetries: stop at the first attempt without an error.
  while (attempts < MAX_PROBE_RETRIES) {
    outcome = attempt(attempts);
    attempts += 1;
    durationMs += outcome.durationMs;
    if (outcome.error === undefined) break;
  }
  const last = outcome as HandlerOutcome;
  const title = TITLE[probeType];
  if (last.error !== undefined) {
    return {
      result: 'Failure',
      error: last.error,
      output: last.output,
      durationMs,
      attempts,
      event: { type: 'Warning', reason: 'Unhealthy', message: `${title} probe errored: ${last.error}` },
    };
  }
  if (last.result === 'Failure' || last.result === 'Unknown') {
    return {
      result: 'Failure',
      output: last.output,
      durationMs,
      attempts,
      event: { type: 'Warning', reason: 'Unhealthy', message: `${title} probe failed: ${last.output}` },
    };
  }
  const out: ProberOutcome = { result: 'Success', output: last.output, durationMs, attempts };
  if (last.result === 'Warning') out.event = { type: 'Warning', reason: 'ProbeWarning', message: `${title} probe warning: ${last.output}` };
  return out;
}

/** Convenience: probe a container's simulated app with the probe's own handler and timeout. */
export function probeApp(
  probeType: ProbeType,
  spec: ProbeSpec | undefined,
  target: ProbeTarget,
  containerPorts: readonly ContainerPort[],
  podIP?: string,
): ProberOutcome {
  if (!spec) return probe(probeType, spec, () => ({ result: 'Success', output: '', durationMs: 0 }));
  const options = { timeoutMs: spec.timeoutSeconds * 1000, containerPorts, podIP };
  return probe(probeType, spec, () => runHandler(spec.handler, target, options));
}
