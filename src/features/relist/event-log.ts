// What the relist of one node writes to events.csv. Per-container rows (true state changes, PLEG
// events, missed events) follow the node's `events` policy — every container, real pods only
// (default; churn detail goes to pleg-containers.csv), or none; node-level rows (relist failing /
// recovering / slow, channel full) are always written.
import type { Engine } from '../../engine/engine.js';
import type { Recorder } from '../../sim/recorder.js';
import { EVENT_FOR_TRANSITION } from '../../k8s/kubelet/pleg/ground-truth.js';
import type { PlegEvent } from '../../k8s/kubelet/pleg/types.js';
import type { StateChange } from '../../k8s/kubelet/runtime/types.js';
import { goDuration } from '../../model/duration.js';
import type { ContainerVerdict } from './judge.js';
import type { NodeRelistSettings } from './settings.js';

export interface PodNames {
  /** Pod name for a runtime pod uid (churn pods: the uid itself). */
  name(podUid: string): string;
  /** Whether the uid belongs to a real pod of the cluster (not churn). */
  isReal(podUid: string): boolean;
}

const sec = (ms: number) => `${Math.round(ms) / 1000} s`;

export class PlegEventLog {
  constructor(
    private readonly recorder: Recorder,
    private readonly engine: Engine,
    private readonly node: string,
    private readonly policy: NodeRelistSettings['events'],
    private readonly pods: PodNames,
  ) {}

  private wanted(podUid: string): boolean {
    return this.policy === 'all' || (this.policy === 'pods' && this.pods.isReal(podUid));
  }

  private podEvent(time: number, podUid: string, reason: string, message: string): void {
    const record = () => this.recorder.event(time, 'Pod', this.pods.name(podUid), reason, message);
    // Events stamped after now (a relist still inspecting pods) are written when their time comes.
    if (time > this.engine.now) this.engine.at(time, record);
    else record();
  }

  private nodeEvent(reason: string, message: string): void {
    this.recorder.event(this.engine.now, 'Node', this.node, reason, message);
  }

  /** A true state change in the runtime (ground truth). */
  truth(ch: StateChange): void {
    if (!this.wanted(ch.podUid)) return;
    const what = ch.kind === 'sandbox' ? 'sandbox' : `container ${ch.name}`;
    this.podEvent(ch.time, ch.podUid, 'ContainerStateTruth', `${what} (${ch.containerId}) on ${this.node}: ${ch.from} → ${ch.to}`);
  }

  /** An event the PLEG put into the channel (PLEGContainerStarted / Died / Removed). */
  sent(ev: PlegEvent): void {
    if (!this.wanted(ev.podUid)) return;
    this.podEvent(ev.time, ev.podUid, `PLEG${ev.type}`, `relist on ${this.node} reported ${ev.type} for ${ev.containerId}`);
  }

  discarded(ev: PlegEvent): void {
    if (!this.wanted(ev.podUid)) return;
    this.podEvent(
      ev.time,
      ev.podUid,
      'PLEGEventDiscarded',
      `${ev.type} for ${ev.containerId} dropped: the PLEG channel of ${this.node} is full`,
    );
  }

  /** A container's final verdict: one row per true change that no event ever reported. */
  verdict(v: ContainerVerdict): void {
    if (!this.wanted(v.podUid)) return;
    for (const t of v.transitions) {
      if (t.verdict !== 'missed') continue;
      this.podEvent(
        this.engine.now,
        v.podUid,
        'PLEGEventMissed',
        `${EVENT_FOR_TRANSITION[t.to]} for container ${v.name} (${v.containerId}) on ${this.node} was never reported (${t.to} at ${sec(t.trueAt)})`,
      );
    }
  }

  relistFailed(error: string): void {
    this.nodeEvent('PLEGRelistFailed', `GenericPLEG: Unable to retrieve pods: ${error}`);
  }

  relistRecovered(failures: number, sinceMs: number): void {
    this.nodeEvent(
      'PLEGRelistRecovered',
      `relist succeeded again after ${failures} failed relist${failures === 1 ? '' : 's'} (${goDuration(sinceMs)} after the last successful one)`,
    );
  }

  slowRelist(durationMs: number, periodMs: number): void {
    this.nodeEvent('PLEGRelistSlow', `relist took ${goDuration(durationMs)}, longer than the relist period ${goDuration(periodMs)}`);
  }

  channelFull(discarded: number, capacity: number): void {
    this.nodeEvent(
      'PLEGChannelFull',
      `the PLEG channel is full (capacity ${capacity}): ${discarded} event${discarded === 1 ? '' : 's'} discarded`,
    );
  }
}
