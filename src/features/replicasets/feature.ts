// The replicasets feature: standalone ReplicaSet objects (apps/v1), their scale subresource (HPA,
// timeline) and the `replicaset` series.
import { buildPodTemplate } from '../../scenario/build.js';
import type { LabelSelector } from '../../model/types.js';
import { replicaSetManifest, type ReplicaSetManifest } from '../../scenario/schema/replicaset.js';
import type { Feature } from '../../sim/feature.js';
import { isAvailable } from '../deployments/pod-ranking.js';
import { isActive } from '../workload-pods/create.js';
import { displayName, hasKind, keyByName, notFound } from '../workload-pods/feature-helpers.js';
import { ReplicaSetController } from './controller.js';

export const REPLICASET_COLUMNS = ['replicas', 'pods', 'podsPending', 'readyReplicas', 'availableReplicas'] as const;

export const replicaSetsFeature: Feature = {
  name: 'replicasets',
  requires: ['terminator'],
  kinds: { ReplicaSet: replicaSetManifest },
  series: (s) => (hasKind(s, 'ReplicaSet') ? [{ kind: 'replicaset', columns: REPLICASET_COLUMNS }] : []),
  install(ctx) {
    const c = new ReplicaSetController(ctx);
    const selectors = new Map<string, { namespace: string; selector: LabelSelector }>();
    ctx.creators.set('ReplicaSet', (o) => {
      const m = o.manifest as unknown as ReplicaSetManifest;
      selectors.set(m.metadata.name, { namespace: m.metadata.namespace ?? 'default', selector: m.spec.selector });
      c.add({
        name: m.metadata.name,
        namespace: m.metadata.namespace,
        replicas: m.spec.replicas,
        template: buildPodTemplate(m.spec.template, ctx.images),
        minReadySeconds: m.spec.minReadySeconds,
      });
    });
    ctx.deleters.set('ReplicaSet', (name) => {
      const k = keyByName(c.objects, name);
      if (k) c.remove(k);
      else notFound(ctx, 'ReplicaSet', name);
    });
    ctx.scaleTargets.set('ReplicaSet', {
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
    if (!hasKind(ctx.scenario, 'ReplicaSet')) return;
    ctx.recorder.addSeries('replicaset', REPLICASET_COLUMNS, function* (now) {
      for (const [key, rs] of c.objects) {
        const live = c.podsOf(key).filter(isActive);
        yield [
          displayName(key),
          {
            replicas: rs.replicas,
            pods: live.length,
            podsPending: live.filter((p) => p.phase === 'Pending').length,
            readyReplicas: live.filter((p) => p.ready).length,
            availableReplicas: live.filter((p) => isAvailable(p, rs.minReadySeconds, now)).length,
          },
        ];
      }
    });
  },
};
