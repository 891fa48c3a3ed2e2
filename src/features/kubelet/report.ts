// What the kubelet component adds to a run's report: `container` and `pod` series, the exact
// container state history (container-states.csv), the per-container summary, and two charts
// (container states over time, restarts over time).
import { chart, type ChartRequest, type Row } from '../../sim/charts/types.js';
import type { Cell } from '../../sim/recorder.js';
import { timeSeconds } from '../../model/duration.js';
import type { SimContext } from '../../sim/context.js';
import { containerServing } from './containers.js';
import type { Kubelet } from './kubelet.js';
import { notServingMs } from './serving-time.js';
import type { Segment } from './timeline.js';
import { containerObject, resultOf, type PodRec } from './state.js';

export const CONTAINER_COLUMNS = [
  'state',
  'reason',
  'ready',
  'started',
  'restarts',
  'lastTerminationReason',
  'lastExitCode',
  'liveness',
  'readiness',
  'startup',
  'backOffSeconds',
  'serving',
  'memoryBytes',
  'memoryLimitBytes',
] as const;
export const POD_COLUMNS = ['phase', 'ready', 'restarts', 'serving'] as const;

const MiB = 1024 * 1024;
/** At most this many containers get a lane / line in the charts (the CSV files have them all). */
const CHART_LANES = 24;

const STATE_COLORS = {
  'Running, ready': '#54a24b',
  'Running, not ready': '#eeca3b',
  'Running, not started': '#f2cf5b',
  ContainerCreating: '#bab0ac',
  CrashLoopBackOff: '#e45756',
  'Terminated: Error': '#b279a2',
  'Terminated: OOMKilled': '#9d755d',
  'Terminated: Completed': '#4c78a8',
};

export function registerKubeletReport(ctx: SimContext, kubelet: Kubelet): void {
  const { recorder, scenario } = ctx;
  const end = scenario.manifest.spec.duration;

  recorder.addSeries('container', CONTAINER_COLUMNS, function* (now) {
    for (const p of kubelet.pods.values()) {
      for (const c of p.containers) {
        const s = c.status;
        const probe = (t: 'liveness' | 'readiness' | 'startup'): Cell => (c.spec[`${t}Probe`] ? (resultOf(c, t) ?? '') : null);
        yield [
          containerObject(p, c),
          {
            state: s.state,
            reason: s.reason ?? '',
            ready: s.ready,
            started: s.started,
            restarts: s.restartCount,
            lastTerminationReason: c.lastTermination?.reason ?? '',
            lastExitCode: c.lastTermination?.exitCode ?? null,
            liveness: probe('liveness'),
            readiness: probe('readiness'),
            startup: probe('startup'),
            backOffSeconds: kubelet.backoff.get(c.backoffKey) / 1000,
            serving: containerServing(c, now),
            memoryBytes: kubelet.memory.memoryBytes(p, c, now),
            memoryLimitBytes: c.spec.limits.memory ?? null,
          },
        ];
      }
    }
  });

  recorder.addSeries('pod', POD_COLUMNS, function* (now) {
    for (const p of kubelet.pods.values()) {
      yield [
        p.pod.obj.name,
        {
          phase: p.pod.phase,
          ready: p.pod.ready,
          serving: kubelet.serving(p.pod, now),
          restarts: p.containers.reduce((n, c) => n + c.status.restartCount, 0),
        },
      ];
    }
  });

  const segments = () =>
    kubelet.timeline.segments(end).map((s) => ({
      container: s.object,
      from_s: timeSeconds(s.from),
      to_s: timeSeconds(s.to),
      state: s.state,
    }));
  recorder.addTable('container-states', segments);

  recorder.addObjectList('containers', () => {
    // Segments built once and grouped by container, so the summary is one pass (not one scan per container).
    const byObject = segmentsByObject(kubelet.timeline.segments(end));
    return kubelet.history.flatMap((p) => p.containers.map((c) => summaryOf(p, c, byObject.get(containerObject(p, c)) ?? [])));
  });

  recorder.addChart('container-states', () => {
    const lanes = new Set(kubelet.timeline.objects().slice(0, CHART_LANES));
    const rows = segments().filter((r) => lanes.has(r.container));
    if (rows.length === 0) return undefined;
    return chart.timeline({
      title: 'Container states',
      subtitle: 'Running and ready, running but not ready, crash-loop back-off, terminated',
      xTitle: 'time (s)',
      yTitle: 'pod.container',
      rows,
      lane: 'container',
      start: 'from_s',
      end: 'to_s',
      state: 'state',
      stateTitle: 'state',
      colors: STATE_COLORS,
    });
  });

  recorder.addChart('container-memory', () => memoryChart(ctx, kubelet));

  recorder.addChart('container-restarts', () => {
    const objects = kubelet.timeline.objects().slice(0, CHART_LANES);
    const shown = new Set(objects);
    const byObject = new Map<string, typeof kubelet.timeline.restarts>();
    for (const r of kubelet.timeline.restarts) {
      if (!shown.has(r.object)) continue;
      const list = byObject.get(r.object);
      if (list) list.push(r);
      else byObject.set(r.object, [r]);
    }
    const rows: Row[] = [];
    for (const o of objects) {
      const points = byObject.get(o) ?? [];
      if (points.length === 0) continue;
      rows.push({ time_s: 0, container: o, restarts: 0 });
      for (const r of points) rows.push({ time_s: timeSeconds(r.time), container: o, restarts: r.restarts });
      rows.push({ time_s: timeSeconds(end), container: o, restarts: points[points.length - 1].restarts });
    }
    if (rows.length === 0) return undefined;
    return chart.step({
      title: 'Container restarts',
      subtitle: 'restartCount of each container that restarted',
      xTitle: 'time (s)',
      yTitle: 'restarts',
      rows,
      x: 'time_s',
      y: 'restarts',
      series: 'container',
      seriesTitle: 'container',
    });
  });
}

/** Memory against the limit of every container that was OOM-killed (sampled, MiB). */
function memoryChart(ctx: SimContext, kubelet: Kubelet): ChartRequest | undefined {
  const killed = kubelet.history.flatMap((p) => p.containers.filter((c) => c.counters.oomKilled > 0).map((c) => ({ p, c })));
  if (killed.length === 0) return undefined;
  const rows: Row[] = [];
  const shown = killed.slice(0, 6);
  const limits = new Set(shown.map(({ c }) => c.spec.limits.memory ?? 0));
  const end = timeSeconds(ctx.scenario.manifest.spec.duration);
  for (const { p, c } of shown) {
    const object = containerObject(p, c);
    for (const [t, v] of ctx.recorder.series('container', object, 'memoryBytes')) {
      rows.push({ time_s: timeSeconds(t), series: object, MiB: typeof v === 'number' ? Math.round((v / MiB) * 10) / 10 : null });
    }
  }
  // One limit line when the containers share a limit, else one per container.
  for (const { p, c } of limits.size === 1 ? shown.slice(0, 1) : shown) {
    const name = limits.size === 1 ? 'memory limit' : `${containerObject(p, c)} limit`;
    const limit = (c.spec.limits.memory ?? 0) / MiB;
    rows.push({ time_s: 0, series: name, MiB: limit }, { time_s: end, series: name, MiB: limit });
  }
  return chart.line({
    title: 'Container memory',
    subtitle: 'memory in use (app model + load) against the memory limit; sampled',
    xTitle: 'time (s)',
    yTitle: 'memory (MiB)',
    rows,
    x: 'time_s',
    y: 'MiB',
    series: 'series',
    seriesTitle: 'container',
  });
}

/** Segments per container object, each list in timeline order. */
function segmentsByObject(segments: readonly Segment[]): Map<string, Segment[]> {
  const out = new Map<string, Segment[]>();
  for (const s of segments) {
    const list = out.get(s.object);
    if (list) list.push(s);
    else out.set(s.object, [s]);
  }
  return out;
}

/** One container's summary from its own timeline segments. */
function summaryOf(p: PodRec, c: PodRec['containers'][number], segments: readonly Segment[]): Record<string, unknown> {
  let readyMs = 0;
  let readyNotServingMs = 0;
  for (const s of segments) {
    if (s.state !== 'Running, ready') continue;
    readyMs += s.to - s.from;
    const startedAt = c.starts.filter((t) => t <= s.from).pop();
    if (startedAt !== undefined) readyNotServingMs += notServingMs(c.app.spec, startedAt, s.from, s.to);
  }
  const runs = Object.fromEntries(c.runners.map((r) => [r.type, r.probesRun]));
  return {
    pod: p.pod.obj.name,
    container: c.spec.name,
    node: p.node,
    state: c.status.state,
    reason: c.status.reason ?? null,
    restarts: c.status.restartCount,
    lastTerminationReason: c.lastTermination?.reason ?? null,
    lastExitCode: c.lastTermination?.exitCode ?? null,
    killedByLiveness: c.counters.killedLiveness,
    killedByStartup: c.counters.killedStartup,
    oomKilled: c.counters.oomKilled,
    exited: c.counters.exited,
    backOffs: c.counters.backOffs,
    probeFailures: c.counters.probeFailures,
    probesRun: runs,
    ready_s: timeSeconds(readyMs),
    readyNotServing_s: timeSeconds(readyNotServingMs),
  };
}
