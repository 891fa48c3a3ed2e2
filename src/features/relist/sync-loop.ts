// The kubelet's sync loop as the consumer of the PLEG channel, for one node.
// k8s v1.28 pkg/kubelet/kubelet.go syncLoop: before every iteration the runtime health checks run;
// while one fails (e.g. "PLEG is not healthy") the loop skips pod synchronization and sleeps with an
// exponential back-off (100 ms, doubling, at most 5 s), so the channel is not drained. Otherwise
// syncLoopIteration takes PLEG events one at a time. kubetwin's own model: the kubelet handles at most
// `ratePerSecond` events per second (unlimited when undefined), so a slow kubelet lets the channel fill.
import type { Engine } from '../../engine/engine.js';
import type { EventChannel } from '../../k8s/kubelet/pleg/channel.js';
import type { PlegEvent } from '../../k8s/kubelet/pleg/types.js';

/** k8s kubelet.go syncLoop back-off: base 100 ms, factor 2, max 5 s. */
export const SYNC_BACKOFF = { baseMs: 100, factor: 2, maxMs: 5000 } as const;

export class SyncLoop {
  consumed = 0;
  /** Sum of (taken − put into the channel), ms. */
  waitTotalMs = 0;
  waitMaxMs = 0;
  /** Iterations skipped because a runtime health check failed. */
  skipped = 0;
  private readonly serviceMs: number;
  private busyUntil = -Infinity;
  private backoffMs: number = SYNC_BACKOFF.baseMs;
  private wake: { at: number; handle: number } | undefined;
  private stopped = false;

  constructor(
    private readonly engine: Engine,
    private readonly channel: EventChannel<PlegEvent>,
    private readonly healthy: (now: number) => boolean,
    private readonly priority: number,
    ratePerSecond?: number,
    private readonly onConsume?: (e: PlegEvent, at: number) => void,
  ) {
    this.serviceMs = ratePerSecond === undefined ? 0 : 1000 / ratePerSecond;
  }

  /** Events were put into the channel (possibly stamped later than now). */
  notify(now: number): void {
    const head = this.channel.peek();
    if (head) this.schedule(Math.max(now, head.time));
  }

  /** Runs an iteration now (e.g. when a health check starts failing, so the back-off begins). */
  kick(now: number): void {
    this.schedule(now);
  }

  stop(): void {
    this.stopped = true;
    if (this.wake) this.engine.cancel(this.wake.handle);
    this.wake = undefined;
  }

  private schedule(at: number): void {
    if (this.stopped || (this.wake && this.wake.at <= at)) return;
    if (this.wake) this.engine.cancel(this.wake.handle);
    this.wake = {
      at,
      handle: this.engine.at(
        at,
        (t) => {
          this.wake = undefined;
          this.run(t);
        },
        this.priority,
      ),
    };
  }

  private run(now: number): void {
    if (!this.healthy(now)) {
      // Skipping pod synchronization: sleep, then try again with a doubled back-off.
      this.skipped++;
      // Asleep until the back-off ends: nothing is taken before then.
      this.busyUntil = Math.max(this.busyUntil, now + this.backoffMs);
      this.schedule(now + this.backoffMs);
      this.backoffMs = Math.min(SYNC_BACKOFF.maxMs, this.backoffMs * SYNC_BACKOFF.factor);
      return;
    }
    this.backoffMs = SYNC_BACKOFF.baseMs;
    for (let head = this.channel.peek(); head && head.time <= now; head = this.channel.peek()) {
      const takeAt = Math.max(this.busyUntil, head.time);
      if (takeAt > now) break;
      this.channel.drain(1);
      this.busyUntil = takeAt + this.serviceMs;
      this.consumed++;
      const wait = takeAt - head.time;
      this.waitTotalMs += wait;
      this.waitMaxMs = Math.max(this.waitMaxMs, wait);
      this.onConsume?.(head, takeAt);
    }
    const head = this.channel.peek();
    if (head) this.schedule(Math.max(now + 1, Math.ceil(Math.max(this.busyUntil, head.time))));
  }
}
