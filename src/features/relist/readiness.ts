// PLEG health → node Ready condition, for one node.
// k8s v1.28 generic.go Healthy: unhealthy when the last successful relist started more than the
// relist threshold ago (strictly). The kubelet registers it as the "PLEG" runtime health check
// (kubelet.go: runtimeState.addHealthCheck), whose error makes the node NotReady with the message
// "PLEG is not healthy: <error>". kubetwin evaluates it exactly: the node turns NotReady at the first
// millisecond the relist age exceeds the threshold, and Ready again as soon as a relist succeeds
// (the kubelet would notice at its next node status update, every 10 s).
import type { Engine } from '../../engine/engine.js';
import type { Cluster } from '../../sim/cluster.js';
import { plegHealth } from '../../k8s/kubelet/pleg/health.js';

export interface NotReadyInterval {
  from: number;
  to?: number;
  message: string;
}

export class PlegReadiness {
  /** Intervals during which this tracker held the node NotReady. */
  readonly notReady: NotReadyInterval[] = [];
  private heldNotReady = false;
  private unhealthy = false;
  private deadline: { at: number; handle: number } | undefined;
  private stopped = false;

  /**
   * `relistTime()` is the start of the last successful relist, or undefined before the first one;
   * until then the age counts from `startedAt` (the kubelet's start-up is not modelled as NotReady).
   */
  constructor(
    private readonly engine: Engine,
    private readonly cluster: Cluster,
    private readonly nodeName: string,
    readonly thresholdMs: number,
    private readonly startedAt: number,
    private readonly relistTime: () => number | undefined,
    private readonly priority: number,
    /** Called when the PLEG turns unhealthy (the sync loop starts skipping). */
    private readonly onUnhealthy?: (now: number) => void,
  ) {}

  /** Time since the last successful relist (or since the PLEG started, before the first one). */
  age(now: number): number {
    return now - (this.relistTime() ?? this.startedAt);
  }

  healthy(now: number): boolean {
    return plegHealth(this.relistTime(), now, this.thresholdMs, this.startedAt).ok;
  }

  /** The kubelet's message for an unhealthy PLEG (runtimeState errors: "PLEG is not healthy: …"). */
  message(now: number): string {
    const h = plegHealth(this.relistTime(), now, this.thresholdMs, this.startedAt);
    return `PLEG is not healthy: ${h.message ?? 'pleg is healthy'}`;
  }

  /** Re-evaluates health now and arms the timer for the instant it would next turn unhealthy. */
  check(now: number): void {
    if (this.stopped) return;
    const healthy = this.healthy(now);
    const turnedUnhealthy = !healthy && !this.unhealthy;
    this.unhealthy = !healthy;
    if (!healthy) {
      if (!this.heldNotReady && this.cluster.nodes.get(this.nodeName)?.ready) {
        const message = this.message(now);
        this.cluster.setNodeReady(this.nodeName, false, message);
        this.heldNotReady = true;
        this.notReady.push({ from: now, message });
      }
    } else if (this.heldNotReady) {
      this.heldNotReady = false;
      this.notReady[this.notReady.length - 1].to = now;
      this.cluster.setNodeReady(this.nodeName, true, 'kubelet is posting ready status');
    }
    if (turnedUnhealthy) this.onUnhealthy?.(now);
    // First millisecond at which age > threshold.
    const at = (this.relistTime() ?? this.startedAt) + this.thresholdMs + 1;
    if (at <= now || this.deadline?.at === at) return;
    if (this.deadline) this.engine.cancel(this.deadline.handle);
    this.deadline = {
      at,
      handle: this.engine.at(
        at,
        (t) => {
          this.deadline = undefined;
          this.check(t);
        },
        this.priority,
      ),
    };
  }

  stop(): void {
    this.stopped = true;
    if (this.deadline) this.engine.cancel(this.deadline.handle);
    this.deadline = undefined;
  }
}
