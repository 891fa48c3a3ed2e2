// Runs the HPA controller in the simulation: each HPA is reconciled when it is created and then
// every sync period (k8s v1.28 horizontal.go: the work queue re-adds each key after the resync
// period), with the target Deployment's pods from the cluster and the metrics pipeline's latest
// scrape. A rescale writes the Deployment's replicas (the scale subresource); its new pods go
// through the scheduler. Events are recorded on the HPA, with identical consecutive warnings
// collapsed as the Kubernetes event correlator aggregates them.
import { setCondition } from '../../k8s/hpa/conditions.js';
import { newHpaState, reconcile, type HpaState, type ReconcileResult } from '../../k8s/hpa/controller.js';
import type { HpaEvent, HpaSpec } from '../../k8s/hpa/types.js';
import type { SimContext } from '../../sim/context.js';
import { PRIORITY } from '../../sim/priorities.js';
import { metricCurrent, metricTarget } from './columns.js';
import type { MetricsPipeline } from './metrics-pipeline.js';
import { targetPods, toHpaPod } from './pods.js';
import type { HpaRuntimeConfig } from './settings.js';

export interface Rescale {
  time: number;
  from: number;
  to: number;
  reason: string;
}

export interface HpaEntry {
  spec: HpaSpec;
  state: HpaState;
  createdAt: number;
  handle: number;
  rescales: Rescale[];
  /** Warnings of the previous reconcile (reason + message), for aggregation. */
  lastWarnings: Set<string>;
}

function metricLabel(m: HpaSpec['metrics'][number]): string {
  if (m.type === 'Pods') return m.metricName;
  const what = `${m.resource} ${m.target.type === 'Utilization' ? 'utilization' : 'average'}`;
  return m.type === 'ContainerResource' ? `${what} of container ${m.container}` : what;
}

/** "cpu utilization 90% / target 60% = ratio 1.5" for each metric that computed a ratio. */
export function ratioNote(spec: HpaSpec, r: ReconcileResult): string {
  const parts: string[] = [];
  spec.metrics.forEach((m, i) => {
    const s = r.currentMetrics[i];
    if (s?.ratio === undefined) return;
    const unit = m.type !== 'Pods' && m.target.type === 'Utilization' ? '%' : '';
    parts.push(`${metricLabel(m)} ${metricCurrent(m, s)}${unit} / target ${metricTarget(m)}${unit} = ratio ${Number(s.ratio.toFixed(3))}`);
  });
  return parts.join('; ');
}

export class HpaRunner {
  readonly hpas = new Map<string, HpaEntry>();

  constructor(
    private readonly ctx: SimContext,
    readonly config: HpaRuntimeConfig,
    private readonly metrics: MetricsPipeline,
  ) {}

  add(spec: HpaSpec): void {
    const now = this.ctx.engine.now;
    this.remove(spec.name);
    const entry: HpaEntry = { spec, state: newHpaState(), createdAt: now, handle: -1, rescales: [], lastWarnings: new Set() };
    entry.handle = this.ctx.engine.every(this.config.controller.syncPeriod, (t) => this.sync(entry, t), {
      start: now,
      priority: PRIORITY.controller,
    });
    this.hpas.set(spec.name, entry);
  }

  remove(name: string): void {
    const e = this.hpas.get(name);
    if (!e) return;
    this.ctx.engine.cancel(e.handle);
    this.hpas.delete(name);
  }

  private event(e: HpaEntry, ev: HpaEvent, warnings: Set<string>): void {
    if (ev.type === 'Warning') {
      const key = `${ev.reason}\n${ev.message}`;
      warnings.add(key);
      if (e.lastWarnings.has(key)) return;
    }
    this.ctx.cluster.event('HorizontalPodAutoscaler', e.spec.name, ev.reason, ev.message);
  }

  sync(e: HpaEntry, now: number): void {
    const { spec } = e;
    const ref = spec.scaleTargetRef;
    const warnings = new Set<string>();
    const scale = this.ctx.scaleTargets.get(ref.kind);
    const currentReplicas = scale?.replicas(ref.name);
    const target = scale?.selector(ref.name);
    if (currentReplicas === undefined || target === undefined) {
      // k8s reconcileAutoscaler: the scale subresource could not be read.
      const err = scale
        ? `${ref.kind.toLowerCase()}s.apps "${ref.name}" not found`
        : `kubetwin scales ${[...this.ctx.scaleTargets.keys()].map((k) => `${k}s`).join(', ')} only, not ${ref.kind} "${ref.name}"`;
      e.state = {
        ...e.state,
        conditions: setCondition(
          e.state.conditions,
          'AbleToScale',
          'False',
          'FailedGetScale',
          `the HPA controller was unable to get the target's current scale: ${err}`,
          now,
        ),
      };
      this.event(e, { type: 'Warning', reason: 'FailedGetScale', message: err }, warnings);
      e.lastWarnings = warnings;
      return;
    }
    const selected = targetPods(this.ctx.cluster, target.namespace, target.selector);
    const pods = selected.map(toHpaPod);
    const samples = this.metrics.samplesFor(new Set(selected.map((p) => p.obj.name)), now);
    const r = reconcile(
      e.state,
      {
        hpa: spec,
        currentReplicas,
        pods,
        samples,
        config: this.config.controller,
      },
      now,
    );
    e.state = r.state;
    for (const ev of r.events) {
      if (ev.reason === 'SuccessfulRescale') {
        const note = ratioNote(spec, r);
        this.event(e, note ? { ...ev, message: `${ev.message} (${note})` } : ev, warnings);
      } else this.event(e, ev, warnings);
    }
    e.lastWarnings = warnings;
    if (r.rescale) {
      e.rescales.push({ time: now, from: currentReplicas, to: r.desiredReplicas, reason: r.rescaleReason ?? '' });
      scale!.setReplicas(ref.name, r.desiredReplicas, `hpa/${spec.name}`);
    }
  }
}
