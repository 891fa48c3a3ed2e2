// Ground truth judged while the simulation runs, so memory stays bounded under endless churn.
// Each container's true transitions (runtime log) and the PLEG events delivered for it are kept
// until its verdict is final, then judged (by the rule of the pure compareWithGroundTruth, which a
// test cross-checks) and dropped.
// A removed container's verdict is final after the first successful relist that starts at or after
// its removal and does not withhold its pod's events (k8s v1.28 generic.go relist: a pod whose
// inspection fails keeps its old record and its events are recomputed on the next relist).
import { EVENT_FOR_TRANSITION, type TrackedTransition } from '../../k8s/kubelet/pleg/ground-truth.js';
import type { PlegEvent } from '../../k8s/kubelet/pleg/types.js';
import type { StateChange } from '../../k8s/kubelet/runtime/types.js';

/** seen: delivered by the first relist that could see it; late: delivered by a later one. */
export type Verdict = 'seen' | 'late' | 'missed' | 'pending';

export interface TransitionVerdict {
  to: TrackedTransition;
  trueAt: number;
  verdict: Verdict;
  latencyMs?: number;
}

export interface ContainerVerdict {
  containerId: string;
  podUid: string;
  name: string;
  /** Time of each true change, by state reached. */
  times: Partial<Record<'created' | TrackedTransition, number>>;
  transitions: TransitionVerdict[];
}

export interface JudgeTally {
  transitions: number;
  seen: number;
  late: number;
  missed: number;
  pending: number;
  containers: number;
  /** Containers with at least one missed transition and none seen. */
  containersNeverSeen: number;
  latenciesMs: number[];
}

/** A delivered event, with the start of the relist attempt before the one that delivered it. */
export interface Delivery extends PlegEvent {
  previousAttemptAt?: number;
}

interface OpenContainer {
  id: string;
  podUid: string;
  name: string;
  changes: StateChange[];
  deliveries: Delivery[];
  removedAt?: number;
}

export function emptyTally(): JudgeTally {
  return { transitions: 0, seen: 0, late: 0, missed: 0, pending: 0, containers: 0, containersNeverSeen: 0, latenciesMs: [] };
}

export class OnlineJudge {
  readonly tally = emptyTally();
  private readonly open = new Map<string, OpenContainer>();
  private removed: OpenContainer[] = [];

  constructor(private readonly onVerdict?: (v: ContainerVerdict) => void) {}

  /** A true state change of the runtime (sandboxes are not judged, as in compareWithGroundTruth's default). */
  observe(ch: StateChange): void {
    if (ch.kind !== 'container') return;
    let c = this.open.get(ch.containerId);
    if (!c) {
      c = { id: ch.containerId, podUid: ch.podUid, name: ch.name, changes: [], deliveries: [] };
      this.open.set(ch.containerId, c);
    }
    c.changes.push(ch);
    if (ch.to === 'removed') {
      c.removedAt = ch.time;
      this.removed.push(c);
    }
  }

  /** An event the PLEG put into the channel during the relist after the attempt started at `previousAttemptAt`. */
  delivered(ev: PlegEvent, previousAttemptAt: number | undefined): void {
    this.open.get(ev.containerId)?.deliveries.push({ ...ev, previousAttemptAt });
  }

  /** After a successful relist that started at `relistStart` and withheld the events of `withheldPods`. */
  settle(relistStart: number, withheldPods: ReadonlySet<string>): void {
    const keep: OpenContainer[] = [];
    for (const c of this.removed) {
      if (c.removedAt! <= relistStart && !withheldPods.has(c.podUid)) this.finalize(c, {});
      else keep.push(c);
    }
    this.removed = keep;
  }

  /** End of the run: judge every open container; undelivered changes after `asOf` or of withheld pods are pending. */
  finish(asOf: number | undefined, withheldPods: ReadonlySet<string>): void {
    for (const c of [...this.open.values()]) this.finalize(c, { asOf: asOf ?? -Infinity, withheld: withheldPods.has(c.podUid) });
    this.removed = [];
  }

  get openContainers(): number {
    return this.open.size;
  }

  private finalize(c: OpenContainer, opts: { asOf?: number; withheld?: boolean }): void {
    this.open.delete(c.id);
    const transitions = judgeContainer(c.changes, c.deliveries, opts.asOf ?? Infinity, opts.withheld ?? false);
    const t = this.tally;
    let seen = 0;
    let missed = 0;
    for (const v of transitions) {
      t.transitions++;
      if (v.verdict === 'seen' || v.verdict === 'late') {
        seen++;
        t.seen++;
        if (v.verdict === 'late') t.late++;
        t.latenciesMs.push(v.latencyMs!);
      } else if (v.verdict === 'missed') {
        missed++;
        t.missed++;
      } else t.pending++;
    }
    if (transitions.length > 0) t.containers++;
    if (seen === 0 && missed > 0) t.containersNeverSeen++;
    if (this.onVerdict) {
      const times: ContainerVerdict['times'] = {};
      for (const ch of c.changes) times[ch.to] = ch.time;
      this.onVerdict({ containerId: c.id, podUid: c.podUid, name: c.name, times, transitions });
    }
  }
}

/**
 * The verdicts of one container: a transition is reported by the first delivered event of the
 * matching type (running → ContainerStarted, exited → ContainerDied, removed → ContainerRemoved)
 * at or after it; undelivered ones are missed, or pending when they happened after `asOf` or the
 * pod's events are withheld. Late: an earlier relist attempt had started at or after the change.
 */
export function judgeContainer(
  changes: readonly StateChange[],
  deliveries: readonly Delivery[],
  asOf: number,
  withheld: boolean,
): TransitionVerdict[] {
  const out: TransitionVerdict[] = [];
  for (const ch of changes) {
    if (ch.to !== 'running' && ch.to !== 'exited' && ch.to !== 'removed') continue;
    const type = EVENT_FOR_TRANSITION[ch.to];
    const d = deliveries.find((x) => x.type === type && x.time >= ch.time);
    if (d) {
      const late = d.previousAttemptAt !== undefined && d.previousAttemptAt >= ch.time;
      out.push({ to: ch.to, trueAt: ch.time, verdict: late ? 'late' : 'seen', latencyMs: d.time - ch.time });
    } else {
      out.push({ to: ch.to, trueAt: ch.time, verdict: ch.time > asOf || withheld ? 'pending' : 'missed' });
    }
  }
  return out;
}
