// Scheduling explanations: for each recorded scheduling attempt, one `scheduling.csv` row per
// evaluated node with its filter outcome (the rejecting plugin and Kubernetes' reason) and, for
// feasible nodes, each score plugin's normalized score and the weighted total; plus a `scheduling`
// summary (attempt counts, the FailedScheduling reason of every pod still Pending, and each
// preemption: preemptor, nominated node, victims).
// Volume is bounded: every failed attempt up to `maxFailedAttempts`, and the first
// `maxScheduledAttempts` successful ones (spec.schedulingReport).
import { z } from 'zod';
import type { ScheduleResult, SchedulerProfile } from '../../k8s/scheduler/index.js';
import type { PodState } from '../../sim/cluster.js';
import type { SimContext } from '../../sim/context.js';
import type { Cell } from '../../sim/recorder.js';
import { timeSeconds } from '../../model/duration.js';

export const schedulingReportSection = z
  .strictObject({
    /** Successful attempts written to scheduling.csv (the first N; 0 = none). */
    maxScheduledAttempts: z.number().int().min(0).default(50),
    /** Failed attempts (Pending pods) written to scheduling.csv (the first N). */
    maxFailedAttempts: z.number().int().min(0).default(500),
  })
  .optional();

export type SchedulingReportOptions = NonNullable<z.output<typeof schedulingReportSection>>;

export const SCHEDULING_REPORT_DEFAULTS: SchedulingReportOptions = { maxScheduledAttempts: 50, maxFailedAttempts: 500 };

export class SchedulingReport {
  private readonly rows: Array<Record<string, Cell>> = [];
  private readonly perPod = new Map<string, number>();
  private scheduled = 0;
  private failed = 0;
  private recordedScheduled = 0;
  private recordedFailed = 0;
  private readonly scoreColumns: string[];
  private readonly preemptions: Array<{ time_s: Cell; pod: string; node: string; victims: string[] }> = [];

  constructor(
    private readonly ctx: SimContext,
    profile: SchedulerProfile,
    private readonly opts: SchedulingReportOptions,
  ) {
    this.scoreColumns = profile.score.map((s) => s.plugin.name);
    ctx.recorder.addTable('scheduling', () => this.rows);
    ctx.recorder.addSummary('scheduling', () => this.summary());
  }

  /** SchedulerLoop.onAttempt. */
  record(pod: PodState, r: ScheduleResult): void {
    const attempt = (this.perPod.get(pod.key) ?? 0) + 1;
    this.perPod.set(pod.key, attempt);
    const ok = r.nodeName !== undefined;
    if (ok) this.scheduled++;
    else this.failed++;
    if (ok ? this.recordedScheduled >= this.opts.maxScheduledAttempts : this.recordedFailed >= this.opts.maxFailedAttempts) return;
    if (ok) this.recordedScheduled++;
    else this.recordedFailed++;
    const time_s = timeSeconds(this.ctx.engine.now);
    if (r.nominatedNodeName !== undefined) {
      this.preemptions.push({ time_s, pod: pod.obj.name, node: r.nominatedNodeName, victims: (r.victims ?? []).map((v) => v.name) });
    }
    const outcome = ok ? 'Scheduled' : r.error ? 'Error' : 'Unschedulable';
    const scores = new Map<string, Record<string, number>>();
    for (const s of r.scores) {
      const m = scores.get(s.node) ?? {};
      m[s.plugin] = s.score;
      scores.set(s.node, m);
    }
    const totals = new Map(r.total.map((t) => [t.node, t.score]));
    const base = { time_s, pod: pod.obj.name, attempt, outcome };
    if (r.filter.length === 0) {
      this.rows.push(this.row(base, { node: '', filter: '', plugin: '', reason: r.reason ?? '' }, undefined, null, false));
      return;
    }
    for (const f of r.filter) {
      const s = f.status;
      this.rows.push(
        this.row(
          base,
          {
            node: f.node,
            filter: s.code,
            plugin: s.plugin,
            reason: s.reasons.join('; '),
          },
          scores.get(f.node),
          totals.get(f.node) ?? null,
          f.node === r.nodeName,
        ),
      );
    }
  }

  private row(
    base: Record<string, Cell>,
    filter: Record<string, Cell>,
    scores: Record<string, number> | undefined,
    total: number | null,
    chosen: boolean,
  ): Record<string, Cell> {
    const out: Record<string, Cell> = { ...base, ...filter };
    for (const c of this.scoreColumns) out[`score${c}`] = scores?.[c] ?? null;
    out.total = total;
    out.selected = chosen ? 1 : 0;
    return out;
  }

  private summary(): unknown {
    const pending = [...this.ctx.cluster.pods.values()].filter((p) => p.phase === 'Pending' && p.nodeName === undefined);
    return {
      attempts: this.scheduled + this.failed,
      scheduled: this.scheduled,
      failedAttempts: this.failed,
      recordedAttempts: this.recordedScheduled + this.recordedFailed,
      pending: pending.map((p) => ({ pod: p.obj.name, reason: p.unschedulableReason ?? null })),
      // Only present when preemption happened (DefaultPreemption chose a node and victims).
      ...(this.preemptions.length > 0 ? { preemptions: this.preemptions } : {}),
    };
  }
}
