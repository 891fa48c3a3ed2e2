// The objects feature: Node and Pod objects, and the timeline — creates the scenario's objects at
// time 0 and runs the timeline's create/delete/other actions through the features that handle them.
import { buildNode, buildPod } from '../../scenario/build.js';
import type { LoadedObject } from '../../scenario/load.js';
import type { NodeManifest } from '../../scenario/schema/node.js';
import type { PodManifest } from '../../scenario/schema/pod.js';
import type { ObjectRef } from '../../scenario/schema/refs.js';
import type { SimContext } from '../../sim/context.js';
import type { Diagnostic } from '../../scenario/diagnostics.js';
import { checkTimelineTarget } from '../../scenario/timeline-names.js';
import type { Feature } from '../../sim/feature.js';
import { PRIORITY } from '../../sim/priorities.js';

export const objectsFeature: Feature = {
  name: 'objects',
  provides: ['creators'],
  /** A timeline `delete` must name an object that exists when the entry runs. */
  validate(scenario, ctx) {
    const out: Diagnostic[] = [];
    scenario.manifest.spec.timeline.forEach((e, i) => {
      const ref = (e as { delete?: ObjectRef }).delete;
      const d = ref && checkTimelineTarget(scenario, ctx.names, i, ['spec', 'timeline', i, 'delete'], ref.kind, ref.name);
      if (d) out.push(d);
    });
    return out;
  },
  install(ctx: SimContext) {
    const { cluster, engine, scenario } = ctx;
    ctx.creators.set('Node', (o) => cluster.addNode(buildNode(o.manifest as unknown as NodeManifest)));
    ctx.deleters.set('Node', (name) => {
      for (const pod of cluster.podsOn(name)) cluster.deletePod(pod, 'NodeDeleted', `Node ${name} was deleted`);
      cluster.removeNode(name);
    });
    ctx.creators.set('Pod', (o) => {
      const m = o.manifest as unknown as PodManifest;
      cluster.createPod(buildPod(m, ctx.images, cluster.nextUid('pod', `${m.metadata.namespace ?? 'default'}/${m.metadata.name}`)));
    });
    ctx.deleters.set('Pod', (name) => {
      const pod = [...cluster.pods.values()].find((p) => p.obj.name === name);
      if (pod) cluster.deletePod(pod);
      else cluster.event('Pod', name, 'NotFound', `pod ${name} to delete does not exist`);
    });

    const create = (o: LoadedObject) => {
      const creator = ctx.creators.get(o.kind);
      if (!creator) throw new Error(`no component creates objects of kind ${o.kind}`);
      creator(o);
    };
    const remove = (ref: ObjectRef) => {
      const deleter = ctx.deleters.get(ref.kind);
      if (!deleter) throw new Error(`no component deletes objects of kind ${ref.kind}`);
      deleter(ref.name);
    };
    engine.at(0, () => scenario.objects.forEach(create), PRIORITY.timeline);
    scenario.manifest.spec.timeline.forEach((entry, i) => {
      engine.at(
        entry.at,
        () => {
          const e = entry as Record<string, unknown>;
          if (e.create !== undefined) {
            // An object of a kind nothing simulates is not in `created` (scenario.unsimulated).
            const o = scenario.created.get(i);
            if (o) create(o);
          } else if (e.delete !== undefined) remove(e.delete as ObjectRef);
          else {
            const key = Object.keys(e).find((k) => k !== 'at' && e[k] !== undefined)!;
            const action = ctx.actions.get(key);
            if (!action) throw new Error(`no component handles timeline action "${key}"`);
            action(e[key], i);
          }
        },
        PRIORITY.timeline,
      );
    });
  },
};
