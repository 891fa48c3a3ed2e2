// The pod timeline chart: one lane per pod, one bar per interval it spent in a state (waiting to be
// scheduled, starting on its node, running but not Ready, Ready, terminating, finished). Built from
// the cluster bus, so it is exact between samples. Left out of runs with many pods or many
// transitions, where one lane per pod no longer reads (the pod-phases chart covers those).
import { chart, type Row } from '../../sim/charts/types.js';
import type { PodState } from '../../sim/cluster.js';
import type { Feature } from '../../sim/feature.js';
import { onAxis, timeAxis } from '../../sim/charts/time-axis.js';

export const TIMELINE_MAX_PODS = 40;
export const TIMELINE_MAX_INTERVALS = 2000;

export type PodTimelineState =
  | 'unscheduled'
  | 'starting'
  | 'running, not ready'
  | 'ready'
  | 'terminating'
  | 'Succeeded'
  | 'Failed'
  | 'Unknown';

const STATE_COLORS: Record<PodTimelineState, string> = {
  unscheduled: '#f58518',
  starting: '#eeca3b',
  'running, not ready': '#72b7b2',
  ready: '#54a24b',
  terminating: '#bab0ac',
  Succeeded: '#4c78a8',
  Failed: '#e45756',
  Unknown: '#9d755d',
};

/** The timeline state of a pod as the API shows it (status.phase, nodeName, Ready, deletionTimestamp). */
export function timelineState(pod: PodState): PodTimelineState {
  if (pod.deletingAt !== undefined && pod.phase !== 'Succeeded' && pod.phase !== 'Failed') return 'terminating';
  switch (pod.phase) {
    case 'Pending':
      return pod.nodeName === undefined ? 'unscheduled' : 'starting';
    case 'Running':
      return pod.ready ? 'ready' : 'running, not ready';
    default:
      return pod.phase;
  }
}

export interface PodInterval {
  pod: string;
  state: PodTimelineState;
  start: number;
  end: number;
}

/** Records state intervals per pod; `close(now)` ends the open ones. Zero-length intervals are dropped. */
export class PodTimeline {
  readonly intervals: PodInterval[] = [];
  readonly pods = new Set<string>();
  private readonly open = new Map<string, { pod: string; state: PodTimelineState; start: number }>();

  observe(pod: PodState, now: number, gone = false): void {
    this.pods.add(pod.obj.name);
    const cur = this.open.get(pod.key);
    const state = gone ? undefined : timelineState(pod);
    if (cur && cur.state === state) return;
    if (cur) this.push({ ...cur, end: now });
    if (state === undefined) this.open.delete(pod.key);
    else this.open.set(pod.key, { pod: pod.obj.name, state, start: now });
  }

  close(now: number): void {
    for (const cur of this.open.values()) this.push({ ...cur, end: now });
    this.open.clear();
  }

  private push(i: PodInterval): void {
    if (i.end > i.start) this.intervals.push(i);
  }
}

/** Intervals with pods in creation order (lanes top to bottom), each pod's in time order. */
export function timelineRows(timeline: PodTimeline): PodInterval[] {
  const order = [...timeline.pods];
  return [...timeline.intervals].sort((a, b) => order.indexOf(a.pod) - order.indexOf(b.pod) || a.start - b.start);
}

export const podTimelineFeature: Feature = {
  name: 'pod-timeline',
  install(ctx) {
    const { cluster, engine, recorder } = ctx;
    const timeline = new PodTimeline();
    const seen = (pod: PodState) => timeline.observe(pod, engine.now);
    for (const e of ['pod:created', 'pod:bound', 'pod:phase', 'pod:ready'] as const) cluster.bus.on(e, seen);
    cluster.bus.on('container:changed', ({ pod }) => seen(pod));
    cluster.bus.on('pod:deleted', (pod) => timeline.observe(pod, engine.now, true));
    ctx.onFinish.push((now) => timeline.close(now));
    recorder.addChart('pod-timeline', () => {
      const n = timeline.pods.size;
      if (n === 0 || n > TIMELINE_MAX_PODS || timeline.intervals.length > TIMELINE_MAX_INTERVALS) return undefined;
      const axis = timeAxis(ctx.scenario.manifest.spec.duration);
      const rows: Row[] = timelineRows(timeline).map((i) => ({
        pod: i.pod,
        state: i.state,
        start: onAxis(i.start, axis),
        end: onAxis(i.end, axis),
      }));
      return chart.timeline({
        rows,
        lane: 'pod',
        start: 'start',
        end: 'end',
        state: 'state',
        stateTitle: 'state',
        colors: STATE_COLORS,
        legendInColorOrder: true,
        title: 'Pod timeline',
        subtitle: 'What each pod was doing: waiting for a node, starting, running, Ready, terminating',
        xTitle: axis.title,
        yTitle: 'pod',
      });
    });
  },
};
