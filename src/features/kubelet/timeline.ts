// Exact state history of every container (not sampled): the intervals a container spent in each
// state, and its restart count over time. Feeds the Gantt chart, the restarts chart and
// container-states.csv.
import type { ContainerStatus } from '../../sim/cluster.js';

/** One label per distinct situation a user cares about in the timeline. */
export function stateLabel(s: ContainerStatus): string {
  if (s.state === 'running') return s.ready ? 'Running, ready' : s.started ? 'Running, not ready' : 'Running, not started';
  if (s.state === 'waiting') return s.reason ?? 'Waiting';
  return `Terminated: ${s.reason ?? 'Error'}`;
}

export interface Segment {
  object: string;
  from: number;
  /** End (exclusive); the run's end for the last segment of a container still present. */
  to: number;
  state: string;
}

interface Lane {
  object: string;
  froms: number[];
  labels: string[];
  end?: number;
}

export class ContainerTimeline {
  private readonly lanes = new Map<string, Lane>();
  readonly restarts: Array<{ time: number; object: string; restarts: number }> = [];

  /** The container is in `label` from `now` on. Several changes at one instant keep the last. */
  note(object: string, now: number, label: string): void {
    let lane = this.lanes.get(object);
    if (!lane) this.lanes.set(object, (lane = { object, froms: [], labels: [] }));
    const n = lane.froms.length;
    if (n > 0 && lane.labels[n - 1] === label) return;
    if (n > 0 && lane.froms[n - 1] === now) {
      lane.labels[n - 1] = label;
      if (n > 1 && lane.labels[n - 2] === label) {
        lane.froms.pop();
        lane.labels.pop();
      }
      return;
    }
    lane.froms.push(now);
    lane.labels.push(label);
  }

  noteRestart(object: string, now: number, restarts: number): void {
    this.restarts.push({ time: now, object, restarts });
  }

  /** The container is gone (pod deleted) at `now`. */
  close(object: string, now: number): void {
    const lane = this.lanes.get(object);
    if (lane && lane.end === undefined) lane.end = now;
  }

  objects(): string[] {
    return [...this.lanes.keys()];
  }

  segments(runEnd: number): Segment[] {
    const out: Segment[] = [];
    for (const lane of this.lanes.values()) {
      const end = lane.end ?? runEnd;
      lane.froms.forEach((from, i) => {
        const to = i + 1 < lane.froms.length ? lane.froms[i + 1] : end;
        if (to > from) out.push({ object: lane.object, from, to, state: lane.labels[i] });
      });
    }
    return out;
  }
}
