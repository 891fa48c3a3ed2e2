// `spec.nodePools`: groups of identical nodes, so that a study can vary the node count and the node
// size with one `--set` path each (`spec.nodePools[0].count`, `spec.nodePools[0].capacity.cpu`) —
// what a cloud node group / cluster-autoscaler node group is. Pool `web` with count 3 adds nodes
// web-1, web-2, web-3 at time 0, labelled `kubetwin.io/node-pool: web`, next to any Node manifests.
import { z } from 'zod';
import { buildNode } from '../../scenario/build.js';
import type { Diagnostic } from '../../scenario/diagnostics.js';
import type { Scenario } from '../../scenario/load.js';
import { scenarioLocator } from '../../scenario/locate.js';
import { intQuantity, labels, resourceList } from '../../model/fields.js';
import { taint } from '../../scenario/schema/scheduling.js';
import type { NodeManifest } from '../../scenario/schema/node.js';
import type { Feature } from '../../sim/feature.js';
import { PRIORITY } from '../../sim/priorities.js';

const poolName = z
  .string()
  .max(50)
  .regex(/^[a-z]([-a-z0-9]*[a-z0-9])?$/, 'a pool name is lowercase letters, digits and "-", starting with a letter');

export const nodePoolsSection = z
  .array(
    z
      .strictObject({
        name: poolName,
        /** Number of nodes. */
        count: z.number().int().min(0).max(100_000),
        /** Per node, as a Node's status.capacity (cpu required; memory required unless memoryPerCpu is given). */
        capacity: resourceList,
        /** Memory per CPU core (e.g. 4Gi, a "general purpose" machine family): memory = cpu × this when capacity has no memory. */
        memoryPerCpu: intQuantity.optional(),
        labels: labels.default({}),
        taints: z.array(taint).default([]),
      })
      .superRefine((p, ctx) => {
        if (p.capacity.cpu === undefined)
          ctx.addIssue({ code: 'custom', path: ['capacity', 'cpu'], message: 'a node pool needs a cpu capacity' });
        if (p.capacity.memory === undefined && p.memoryPerCpu === undefined) {
          ctx.addIssue({ code: 'custom', path: ['capacity'], message: 'a node pool needs a memory capacity (or memoryPerCpu)' });
        }
      }),
  )
  .optional();

export type NodePool = NonNullable<z.output<typeof nodePoolsSection>>[number];

export const NODE_POOL_LABEL = 'kubetwin.io/node-pool';

/** The Node manifests (validated form) a pool stands for. */
export function poolNodes(pool: NodePool): NodeManifest[] {
  const capacity = { ...pool.capacity };
  if (capacity.memory === undefined && pool.memoryPerCpu !== undefined)
    capacity.memory = Math.round((capacity.cpu * pool.memoryPerCpu) / 1000);
  return Array.from(
    { length: pool.count },
    (_, i) =>
      ({
        apiVersion: 'v1',
        kind: 'Node',
        metadata: {
          name: `${pool.name}-${i + 1}`,
          namespace: 'default',
          labels: { ...pool.labels, [NODE_POOL_LABEL]: pool.name },
          annotations: {},
        },
        spec: { taints: pool.taints, unschedulable: false },
        status: { capacity },
      }) as NodeManifest,
  );
}

function poolsOf(scenario: Scenario): NodePool[] {
  return (scenario.manifest.spec as { nodePools?: NodePool[] }).nodePools ?? [];
}

/** Pool nodes may not take the name of a Node manifest or of another pool's node. */
function checkPools(scenario: Scenario): Diagnostic[] {
  const pools = poolsOf(scenario);
  if (!pools.length) return [];
  const taken = new Set(scenario.objects.filter((o) => o.kind === 'Node').map((o) => o.name));
  const nodes = pools.flatMap(poolNodes);
  const count = new Map<string, number>();
  for (const n of nodes) count.set(n.metadata.name, (count.get(n.metadata.name) ?? 0) + 1);
  const clash = [...count].filter(([name, k]) => k > 1 || taken.has(name)).map(([name]) => name);
  if (!clash.length) return [];
  const shown = clash.length > 5 ? `${clash.slice(0, 5).join(', ')} and ${clash.length - 5} more` : clash.join(', ');
  return [scenarioLocator(scenario)(['spec', 'nodePools'], `node pools would add nodes that already exist: ${shown}`)];
}

export const nodePoolsFeature: Feature = {
  name: 'node-pools',
  sections: {
    /** Groups of identical nodes: `count` and `capacity` per pool. */
    nodePools: nodePoolsSection,
  },
  validate: checkPools,
  initialObjects: (scenario) =>
    poolsOf(scenario)
      .flatMap(poolNodes)
      .map((n) => ({ kind: 'Node', name: n.metadata.name })),
  install(ctx) {
    const nodes = poolsOf(ctx.scenario).flatMap(poolNodes);
    if (!nodes.length) return;
    // Pools exist from the start, like the scenario's Node manifests (added right after them).
    ctx.engine.at(
      0,
      () => {
        for (const n of nodes) ctx.cluster.addNode(buildNode(n));
      },
      PRIORITY.timeline,
    );
  },
};
