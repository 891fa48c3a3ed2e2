// The DaemonSet controller's failed-pods back-off per node: k8s v1.28 daemon_controller.go
// failedPodsBackoff = flowcontrol.NewBackOff(1s, 15min) (IsInBackOffSinceUpdate, Next).

const INITIAL_MS = 1_000;
const MAX_MS = 15 * 60_000;

export class FailedPodsBackoff {
  private readonly entries = new Map<string, { delayMs: number; lastUpdate: number }>();

  /** IsInBackOffSinceUpdate: still within the delay set by the last Next. */
  inBackoff(key: string, now: number): boolean {
    const e = this.entries.get(key);
    return e !== undefined && now - e.lastUpdate < e.delayMs;
  }

  /** When the current back-off ends (for a requeue). */
  endsAt(key: string): number | undefined {
    const e = this.entries.get(key);
    return e ? e.lastUpdate + e.delayMs : undefined;
  }

  /** Next: 1 s, then doubling up to 15 min; an entry idle for 2 × max starts over. */
  next(key: string, now: number): void {
    const e = this.entries.get(key);
    const fresh = !e || now - e.lastUpdate > 2 * MAX_MS;
    this.entries.set(key, { delayMs: fresh ? INITIAL_MS : Math.min(e!.delayMs * 2, MAX_MS), lastUpdate: now });
  }
}
