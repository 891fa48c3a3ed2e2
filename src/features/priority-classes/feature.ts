// The priority-classes feature: PriorityClass objects (scheduling.k8s.io/v1) and the priority
// admission of every new pod (installed before the scheduler, so pods are queued with their
// priority). validate rejects a priorityClassName naming no class and a second global default.
import { priorityClassManifest, type PriorityClassManifest } from '../../scenario/schema/priority-class.js';
import type { Feature } from '../../sim/feature.js';
import { allObjects, hasKind } from '../workload-pods/feature-helpers.js';
import { PriorityAdmission } from './admission.js';
import { priorityClassProblems } from './validate.js';

export const priorityClassesFeature: Feature = {
  name: 'priority-classes',
  provides: ['priority-admission'],
  kinds: { PriorityClass: priorityClassManifest },
  validate: (scenario) => priorityClassProblems(allObjects(scenario)),
  install(ctx) {
    const a = new PriorityAdmission(ctx);
    ctx.creators.set('PriorityClass', (o) => {
      const m = o.manifest as unknown as PriorityClassManifest;
      a.classes.set(m.metadata.name, {
        name: m.metadata.name,
        value: m.value,
        globalDefault: m.globalDefault,
        preemptionPolicy: m.preemptionPolicy,
      });
    });
    ctx.deleters.set('PriorityClass', (name) => {
      a.classes.delete(name);
    });
    if (!hasKind(ctx.scenario, 'PriorityClass')) return;
    ctx.recorder.addSummary('priorityClasses', () =>
      [...a.classes.values()].map((c) => ({ ...c, podsAdmitted: a.admitted.get(c.name) ?? 0 })),
    );
  },
};
