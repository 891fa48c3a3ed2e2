// The daemonsets feature: DaemonSet objects (apps/v1) with the DaemonSet controller, the
// `daemonset` series (the status counts of k8s v1.28 daemon_controller.go updateDaemonSetStatus)
// and a summary with each DaemonSet's requests per node — the overhead every node pays before an
// application pod fits.
import { nodeShouldRunDaemonPod } from '../../k8s/controllers/daemonset/index.js';
import { daemonSetManifest, type DaemonSetManifest } from '../../scenario/schema/daemonset.js';
import type { Feature } from '../../sim/feature.js';
import { isAvailable } from '../deployments/pod-ranking.js';
import { displayName, namespaceOf, hasKind, keyByName, notFound } from '../workload-pods/feature-helpers.js';
import { buildDaemonSet } from './build.js';
import { DaemonSetController, REVISION_LABEL } from './controller.js';

export const DAEMONSET_COLUMNS = [
  'desiredNumberScheduled',
  'currentNumberScheduled',
  'numberMisscheduled',
  'numberReady',
  'numberAvailable',
  'updatedNumberScheduled',
  'podsPending',
] as const;

export const daemonSetsFeature: Feature = {
  name: 'daemonsets',
  requires: ['terminator'],
  kinds: { DaemonSet: daemonSetManifest },
  series: (s) => (hasKind(s, 'DaemonSet') ? [{ kind: 'daemonset', columns: DAEMONSET_COLUMNS }] : []),
  install(ctx) {
    const c = new DaemonSetController(ctx);
    ctx.creators.set('DaemonSet', (o) => c.add(buildDaemonSet(o.manifest as unknown as DaemonSetManifest, ctx.images)));
    ctx.deleters.set('DaemonSet', (name) => {
      const k = keyByName(c.objects, name);
      if (k) c.remove(k);
      else notFound(ctx, 'DaemonSet', name);
    });
    if (!hasKind(ctx.scenario, 'DaemonSet')) return;
    const status = (key: string, now: number) => {
      const ds = c.objects.get(key)!;
      const tpl = {
        nodeName: ds.template.spec.nodeName,
        nodeSelector: ds.template.spec.nodeSelector,
        affinity: ds.template.spec.affinity,
        tolerations: ds.template.spec.tolerations,
        hostNetwork: ds.hostNetwork,
      };
      const pods = c.podsOf(key).filter((p) => p.deletingAt === undefined && p.phase !== 'Succeeded' && p.phase !== 'Failed');
      let desired = 0,
        current = 0,
        mis = 0,
        ready = 0,
        available = 0,
        updated = 0;
      for (const node of ctx.cluster.nodes.values()) {
        const on = pods.filter((p) => p.nodeName === node.spec.name);
        const want = nodeShouldRunDaemonPod(node.spec, tpl).shouldRun;
        if (want) desired++;
        if (on.length === 0) continue;
        if (!want) {
          mis++;
          continue;
        }
        current++;
        if (on.some((p) => p.ready)) ready++;
        if (on.some((p) => isAvailable(p, ds.minReadySeconds, now))) available++;
        if (on.some((p) => p.obj.labels[REVISION_LABEL] === ds.hash)) updated++;
      }
      return {
        desiredNumberScheduled: desired,
        currentNumberScheduled: current,
        numberMisscheduled: mis,
        numberReady: ready,
        numberAvailable: available,
        updatedNumberScheduled: updated,
        podsPending: pods.filter((p) => p.nodeName === undefined).length,
      };
    };
    ctx.recorder.addSeries('daemonset', DAEMONSET_COLUMNS, function* (now) {
      for (const key of c.objects.keys()) yield [displayName(key), status(key, now)];
    });
    ctx.recorder.addSummary('daemonSets', () =>
      [...c.objects].map(([key, ds]) => {
        const requests: Record<string, number> = {};
        for (const ctr of ds.template.spec.containers)
          for (const [r, v] of Object.entries(ctr.requests)) requests[r] = (requests[r] ?? 0) + v;
        return {
          name: displayName(key),
          namespace: namespaceOf(key),
          requestsPerNode: { cpuMilli: requests.cpu ?? 0, memoryBytes: requests.memory ?? 0 },
          ...status(key, ctx.engine.now),
        };
      }),
    );
  },
};
