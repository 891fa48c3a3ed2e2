// PriorityClass admission in the simulation: as each pod is created (before the scheduler queues
// it), `priorityClassName` — or the global default class — sets spec.priority and
// spec.preemptionPolicy. k8s v1.28 plugin/pkg/admission/priority/admission.go through the pure port.
// Pods naming no class while no class is the global default keep the priority they were given.
import { resolvePriority, type PriorityClassInfo } from '../../k8s/admission/priority.js';
import type { PodState } from '../../sim/cluster.js';
import type { SimContext } from '../../sim/context.js';

export class PriorityAdmission {
  readonly classes = new Map<string, PriorityClassInfo>();
  /** Pods admitted per class name (summary). */
  readonly admitted = new Map<string, number>();

  constructor(private readonly ctx: SimContext) {
    ctx.cluster.bus.on('pod:created', (p) => this.admit(p));
  }

  private admit(pod: PodState): void {
    const spec = pod.obj.spec;
    const classes = [...this.classes.values()];
    if (!spec.priorityClassName && !classes.some((c) => c.globalDefault)) return;
    const r = resolvePriority(spec.priorityClassName, classes);
    if (!r.ok) {
      // The API server would refuse the pod; validation catches unknown names first, so this is a class deleted since.
      this.ctx.cluster.event('Pod', pod.obj.name, 'FailedCreate', `Error creating: pods "${pod.obj.name}" is forbidden: ${r.message}`);
      return;
    }
    pod.obj.spec = {
      ...spec,
      priority: r.priority,
      preemptionPolicy: r.preemptionPolicy,
      ...(r.className ? { priorityClassName: r.className } : {}),
    };
    if (r.className) this.admitted.set(r.className, (this.admitted.get(r.className) ?? 0) + 1);
  }
}
