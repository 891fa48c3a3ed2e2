// Series and summary every run has: per node allocation, per cluster pod phases, pod outcomes.
import type { PodState } from '../../sim/cluster.js';
import type { Feature } from '../../sim/feature.js';
import { timeSeconds } from '../../model/duration.js';
import { podRequests } from '../../k8s/scheduler/index.js';

const PHASES = ['Pending', 'Running', 'Succeeded', 'Failed', 'Unknown'] as const;

/** Sum of the scheduler's view of the pods' requests (k8s PodRequests: init containers, overhead). */
function requested(pods: PodState[], resource: string): number {
  let sum = 0;
  for (const p of pods) sum += podRequests(p.obj.spec)[resource] ?? 0;
  return sum;
}

const NODE_COLUMNS = ['ready', 'cpuAllocatableMilli', 'cpuRequestedMilli', 'memoryAllocatableBytes', 'memoryRequestedBytes', 'pods'];
const CLUSTER_COLUMNS = [...PHASES.map((p) => `pods${p}`), 'nodes', 'nodesReady'];

export const coreSeriesFeature: Feature = {
  name: 'core-series',
  series: () => [
    { kind: 'node', columns: NODE_COLUMNS },
    { kind: 'cluster', columns: CLUSTER_COLUMNS },
  ],
  install(ctx) {
    const { cluster, recorder } = ctx;
    recorder.addSeries('node', NODE_COLUMNS, function* () {
      for (const n of cluster.nodes.values()) {
        const pods = cluster.podsOn(n.spec.name);
        yield [
          n.spec.name,
          {
            ready: n.ready,
            cpuAllocatableMilli: n.spec.allocatable.cpu ?? 0,
            cpuRequestedMilli: requested(pods, 'cpu'),
            memoryAllocatableBytes: n.spec.allocatable.memory ?? 0,
            memoryRequestedBytes: requested(pods, 'memory'),
            pods: pods.length,
          },
        ];
      }
    });
    recorder.addSeries('cluster', CLUSTER_COLUMNS, function* () {
      const counts: Record<string, number> = Object.fromEntries(PHASES.map((p) => [`pods${p}`, 0]));
      for (const p of cluster.pods.values()) counts[`pods${p.phase}`] += 1;
      let ready = 0;
      for (const n of cluster.nodes.values()) if (n.ready) ready += 1;
      yield ['cluster', { ...counts, nodes: cluster.nodes.size, nodesReady: ready }];
    });
    recorder.addObjectList('nodes', () =>
      [...cluster.nodes.values()].map((n) => {
        const pods = cluster.podsOn(n.spec.name);
        const cpu = n.spec.allocatable.cpu ?? 0;
        const mem = n.spec.allocatable.memory ?? 0;
        return {
          name: n.spec.name,
          ready: n.ready,
          pods: pods.map((p) => p.obj.name),
          cpuAllocatableMilli: cpu,
          cpuRequestedMilli: requested(pods, 'cpu'),
          cpuFreeMilli: cpu - requested(pods, 'cpu'),
          memoryAllocatableBytes: mem,
          memoryRequestedBytes: requested(pods, 'memory'),
          memoryFreeBytes: mem - requested(pods, 'memory'),
        };
      }),
    );
    recorder.addObjectList('pods', () =>
      [...cluster.pods.values()].map((p) => ({
        name: p.obj.name,
        phase: p.phase,
        ready: p.ready,
        node: p.nodeName ?? null,
        created_s: timeSeconds(p.createdAt),
        scheduled_s: p.scheduledAt === undefined ? null : timeSeconds(p.scheduledAt),
        pendingReason: p.phase === 'Pending' ? (p.unschedulableReason ?? null) : null,
      })),
    );
  },
};
