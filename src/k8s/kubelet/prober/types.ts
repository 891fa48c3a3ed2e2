// Vocabulary of the prober, as named in Kubernetes v1.28.

/** The three probe kinds of a container (k8s pkg/kubelet/prober/prober_manager.go probeType). */
export type ProbeType = 'liveness' | 'readiness' | 'startup';

/**
 * A result as the kubelet caches it (k8s pkg/kubelet/prober/results/results_manager.go Result).
 * Go's zero value of this type is Success, which matters for the worker's `lastResult`.
 */
export type ProbeResult = 'Success' | 'Failure' | 'Unknown';

/** What a probe handler reports (k8s pkg/probe/probe.go Result). */
export type HandlerResult = 'Success' | 'Warning' | 'Failure' | 'Unknown';

/** One modelled handler run: its result, the output text Kubernetes would show, and how long it took. */
export interface HandlerOutcome {
  result: HandlerResult;
  /** Output/diagnostic text (HTTP body or error, exec output, dial error, …). */
  output: string;
  /** Set when the handler could not run at all (bad port, runtime failure); the prober retries those. */
  error?: string;
  /** Virtual time the attempt took, ms (response time, or the timeout when it timed out). */
  durationMs: number;
}

/** A Kubernetes-Event-like record the prober emits (reason and message as the kubelet writes them). */
export interface ProbeEvent {
  type: 'Warning';
  reason: 'Unhealthy' | 'ProbeWarning';
  message: string;
}

/** The prober's answer for one probe run (k8s pkg/kubelet/prober/prober.go probe). */
export interface ProberOutcome {
  /** Success (handler Success or Warning) or Failure (handler Failure, Unknown, or error). */
  result: 'Success' | 'Failure';
  /** Set when every attempt errored: the worker then throws the result away. */
  error?: string;
  output: string;
  /** Total virtual time of all attempts, ms. */
  durationMs: number;
  /** How many handler attempts ran (1..3). */
  attempts: number;
  event?: ProbeEvent;
}
