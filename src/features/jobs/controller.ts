// The Job controller in the simulation: counts finished pods once (k8s v1.28 job tracking with
// finalizers; a pod deleted before it succeeded counts as failed, isPodFailed), starts and stops
// pods per the pure syncJob, names them `<job>-xxxxx` or `<job>-<index>-xxxxx`, records Completed /
// BackoffLimitExceeded / DeadlineExceeded, and deletes finished Jobs after ttlSecondsAfterFinished
// (pkg/controller/ttlafterfinished). Job pods run the scripted app of `spec.apps` (an app that exits 0
// after N seconds completes the pod).
import { nextBackoffRecord, syncJob, type ActivePod, type FinishedPod } from '../../k8s/controllers/job/index.js';
import { fnv32a, safeEncode } from '../../model/hash.js';
import type { PodState } from '../../sim/cluster.js';
import type { SimContext } from '../../sim/context.js';
import { createOwnedPod, deleteOwnedPod, generatedName, isTerminal } from '../workload-pods/create.js';
import { WorkloadController } from '../workload-pods/owned.js';
import type { JobState } from './types.js';

export const COMPLETION_INDEX = 'batch.kubernetes.io/job-completion-index';

export class JobController extends WorkloadController<JobState> {
  /** Called when a Job reaches Complete or Failed (the CronJob feature listens). */
  readonly onFinished: Array<(job: JobState) => void> = [];

  constructor(ctx: SimContext) {
    super(ctx, 'Job');
    // A pod removed before the sync saw it finish still counts (k8s tracks Job pods with a finalizer).
    ctx.cluster.bus.on('pod:deleted', (p) => {
      if (p.obj.ownerRef?.kind !== 'Job') return;
      const job = this.objects.get(`${p.obj.namespace}/${p.obj.ownerRef.name}`);
      if (job && !job.finished) job.backoff = nextBackoffRecord(job.backoff, this.countFinished(job, [p]));
    });
  }

  /** Every Job created during the run, deleted ones included, in creation order (summary). */
  readonly history: JobState[] = [];

  add(job: JobState): void {
    const key = `${job.namespace}/${job.name}`;
    this.history.push(job);
    this.objects.set(key, job);
    this.touch(key);
  }

  /** Deletes the Job and (background propagation) its pods. */
  remove(key: string): void {
    const job = this.objects.get(key);
    if (!job) return;
    this.objects.delete(key);
    for (const p of this.podsOf(key)) deleteOwnedPod(this.ctx, { kind: 'Job', name: job.name }, p, false);
  }

  private finishedAtOf(p: PodState): number {
    let t = -Infinity;
    for (const c of p.containers) if (c.finishedAt !== undefined && c.finishedAt > t) t = c.finishedAt;
    return Number.isFinite(t) ? t : this.ctx.engine.now;
  }

  /** Counts pods that finished since the last sync; returns them for the back-off record. */
  private countFinished(job: JobState, pods: readonly PodState[]): FinishedPod[] {
    const out: FinishedPod[] = [];
    for (const p of pods) {
      if (job.counted.has(p.obj.uid)) continue;
      const succeeded = p.phase === 'Succeeded';
      const failed = p.phase === 'Failed' || (p.deletingAt !== undefined && !succeeded);
      if (!succeeded && !failed) continue;
      job.counted.add(p.obj.uid);
      if (succeeded) {
        job.succeeded++;
        const idx = p.obj.annotations[COMPLETION_INDEX];
        if (idx !== undefined) job.succeededIndexes.add(Number(idx));
      } else job.failed++;
      out.push({ succeeded, finishedAt: this.finishedAtOf(p) });
    }
    return out;
  }

  protected sync(key: string, job: JobState): void {
    if (job.finished) return;
    const now = this.ctx.engine.now;
    if (job.startTime === undefined && !job.spec.suspend) job.startTime = now;
    const pods = this.podsOf(key);
    job.backoff = nextBackoffRecord(job.backoff, this.countFinished(job, pods));
    const live = pods.filter((p) => p.deletingAt === undefined && !isTerminal(p));
    const active: ActivePod[] = live.map((p) => ({
      name: p.obj.name,
      ready: p.ready,
      createdAt: p.createdAt,
      index: p.obj.annotations[COMPLETION_INDEX] !== undefined ? Number(p.obj.annotations[COMPLETION_INDEX]) : undefined,
      restarts: p.containers.reduce((s, c) => s + c.restartCount, 0),
    }));
    const step = syncJob(job.spec, job, active, now);
    const owner = { kind: 'Job', name: job.name, namespace: job.namespace };
    for (const name of step.delete) {
      const p = live.find((x) => x.obj.name === name);
      if (p) deleteOwnedPod(this.ctx, owner, p);
    }
    for (let i = 0; i < step.create; i++) this.createPod(job, key, undefined);
    for (const index of step.indexes) this.createPod(job, key, index);
    if (step.finished) this.finish(key, job, step.finished);
    else if (step.requeueAfterMs !== undefined) this.touchAt(key, now + step.requeueAfterMs);
  }

  private finish(key: string, job: JobState, f: NonNullable<JobState['finished']>): void {
    const now = this.ctx.engine.now;
    job.finished = f;
    job.finishedAt = now;
    if (f.type === 'Complete') this.ctx.cluster.event('Job', job.name, 'Completed', 'Job completed');
    else this.ctx.cluster.event('Job', job.name, f.reason, f.message);
    for (const cb of this.onFinished) cb(job);
    if (job.ttlSecondsAfterFinished !== undefined) {
      this.ctx.engine.at(now + job.ttlSecondsAfterFinished * 1000, () => {
        if (this.objects.get(key) !== job) return;
        this.remove(key);
        this.ctx.cluster.event(
          'Job',
          job.name,
          'Deleted',
          `Job ${job.name} deleted ${job.ttlSecondsAfterFinished} s after it finished (ttlSecondsAfterFinished)`,
        );
      });
    }
  }

  private createPod(job: JobState, key: string, index: number | undefined): void {
    const prefix = index === undefined ? `${job.name}-` : `${job.name}-${index}-`;
    const name = generatedName(this.ctx, job.namespace, prefix, () => this.stream(key).next());
    // The Job's uid stands in for a UUID: derived from its identity, so no other object's names move.
    const uid = safeEncode(fnv32a(`job/${key}/${job.createdAt}`));
    const indexMeta: Record<string, string> = index === undefined ? {} : { [COMPLETION_INDEX]: String(index) };
    createOwnedPod(
      this.ctx,
      { kind: 'Job', name: job.name, namespace: job.namespace },
      {
        name,
        template: job.template,
        labels: {
          'batch.kubernetes.io/job-name': job.name,
          'job-name': job.name,
          'batch.kubernetes.io/controller-uid': uid,
          'controller-uid': uid,
          ...indexMeta,
        },
        annotations: indexMeta,
        appTarget: job.owner ?? `Job/${job.name}`,
      },
    );
  }
}
