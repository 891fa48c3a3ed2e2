// The disruption feature: PodDisruptionBudget objects (policy/v1), the eviction API that `drain`
// goes through (ctx.evictor: budgets respected, refused evictions retried), the `pdb` series
// (status expectedPods / desiredHealthy / currentHealthy / disruptionsAllowed) and a summary with
// how many evictions each budget refused.
import { pdbManifest, type PdbManifest } from '../../scenario/schema/pdb.js';
import type { Feature } from '../../sim/feature.js';
import { displayName, namespaceOf, hasKind, keyByName, notFound } from '../workload-pods/feature-helpers.js';
import { DisruptionController } from './controller.js';

export const PDB_COLUMNS = ['expectedPods', 'desiredHealthy', 'currentHealthy', 'disruptionsAllowed'] as const;

export const disruptionFeature: Feature = {
  name: 'disruption',
  provides: ['evictor'],
  requires: ['terminator'],
  kinds: { PodDisruptionBudget: pdbManifest },
  series: (s) => (hasKind(s, 'PodDisruptionBudget') ? [{ kind: 'pdb', columns: PDB_COLUMNS }] : []),
  install(ctx) {
    const c = new DisruptionController(ctx);
    // The scale of a pod's controller: any kind with a scale subresource (Deployment, ReplicaSet, StatefulSet).
    c.scales.push((_ns, controller) => {
      const [kind, name] = controller.split('/');
      return ctx.scaleTargets.get(kind)?.replicas(name);
    });
    ctx.evictor = c;
    ctx.creators.set('PodDisruptionBudget', (o) => {
      const m = o.manifest as unknown as PdbManifest;
      c.add({
        name: m.metadata.name,
        namespace: m.metadata.namespace,
        selector: m.spec.selector,
        minAvailable: m.spec.minAvailable,
        maxUnavailable: m.spec.maxUnavailable,
        unhealthyPodEvictionPolicy: m.spec.unhealthyPodEvictionPolicy,
      });
    });
    ctx.deleters.set('PodDisruptionBudget', (name) => {
      const k = keyByName(c.budgets, name);
      if (k) c.remove(k);
      else notFound(ctx, 'PodDisruptionBudget', name);
    });
    if (!hasKind(ctx.scenario, 'PodDisruptionBudget')) return;
    ctx.recorder.addSeries('pdb', PDB_COLUMNS, function* () {
      for (const [key, b] of c.budgets) {
        const s = c.status(b);
        yield [
          displayName(key),
          {
            expectedPods: s.expectedPods,
            desiredHealthy: s.desiredHealthy,
            currentHealthy: s.currentHealthy,
            disruptionsAllowed: s.disruptionsAllowed,
          },
        ];
      }
    });
    ctx.recorder.addSummary('podDisruptionBudgets', () =>
      [...c.budgets].map(([key, b]) => ({
        name: displayName(key),
        namespace: namespaceOf(key),
        ...c.status(b),
        evictionsRefused: c.refusals.get(key) ?? 0,
      })),
    );
  },
};
