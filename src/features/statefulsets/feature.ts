// The statefulsets feature: StatefulSet objects (apps/v1) with the StatefulSet controller, their
// scale subresource (HPA, timeline) and the `statefulset` series (status counts of k8s v1.28
// stateful_set_control.go updateStatefulSetStatus).
import { REVISION_LABEL } from '../../k8s/controllers/statefulset/index.js';
import type { LabelSelector } from '../../model/types.js';
import { statefulSetManifest, type StatefulSetManifest } from '../../scenario/schema/statefulset.js';
import type { Feature } from '../../sim/feature.js';
import { isAvailable } from '../deployments/pod-ranking.js';
import { allObjects, displayName, hasKind, keyByName, notFound } from '../workload-pods/feature-helpers.js';
import { buildStatefulSet } from './build.js';
import { StatefulSetController } from './controller.js';
import { statefulSetProblems } from './validate.js';

export const STATEFULSET_COLUMNS = [
  'replicas',
  'pods',
  'podsPending',
  'readyReplicas',
  'availableReplicas',
  'currentReplicas',
  'updatedReplicas',
  'podsTerminating',
] as const;

export const statefulSetsFeature: Feature = {
  name: 'statefulsets',
  requires: ['terminator'],
  kinds: { StatefulSet: statefulSetManifest },
  validate: (scenario) => statefulSetProblems(allObjects(scenario)),
  series: (s) => (hasKind(s, 'StatefulSet') ? [{ kind: 'statefulset', columns: STATEFULSET_COLUMNS }] : []),
  install(ctx) {
    const c = new StatefulSetController(ctx);
    const selectors = new Map<string, { namespace: string; selector: LabelSelector }>();
    ctx.creators.set('StatefulSet', (o) => {
      const m = o.manifest as unknown as StatefulSetManifest;
      selectors.set(m.metadata.name, { namespace: m.metadata.namespace ?? 'default', selector: m.spec.selector });
      c.add(buildStatefulSet(m, ctx.images));
    });
    ctx.deleters.set('StatefulSet', (name) => {
      const k = keyByName(c.objects, name);
      if (k) c.remove(k);
      else notFound(ctx, 'StatefulSet', name);
    });
    ctx.scaleTargets.set('StatefulSet', {
      replicas: (name) => {
        const k = keyByName(c.objects, name);
        return k ? c.objects.get(k)!.replicas : undefined;
      },
      setReplicas: (name, replicas) => {
        const k = keyByName(c.objects, name);
        if (k) c.setReplicas(k, replicas);
      },
      selector: (name) => (keyByName(c.objects, name) ? selectors.get(name) : undefined),
    });
    if (!hasKind(ctx.scenario, 'StatefulSet')) return;
    ctx.recorder.addSeries('statefulset', STATEFULSET_COLUMNS, function* (now) {
      for (const [key, s] of c.objects) {
        const all = c.podsOf(key);
        const live = all.filter((p) => p.deletingAt === undefined);
        yield [
          displayName(key),
          {
            replicas: s.replicas,
            pods: live.length,
            podsPending: live.filter((p) => p.phase === 'Pending').length,
            readyReplicas: live.filter((p) => p.ready).length,
            availableReplicas: live.filter((p) => isAvailable(p, s.minReadySeconds, now)).length,
            currentReplicas: live.filter((p) => p.obj.labels[REVISION_LABEL] === s.current.name).length,
            updatedReplicas: live.filter((p) => p.obj.labels[REVISION_LABEL] === s.update.name).length,
            podsTerminating: all.length - live.length,
          },
        ];
      }
    });
  },
};
