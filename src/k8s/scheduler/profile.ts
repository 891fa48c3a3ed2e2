// The default scheduling profile and the conversion of a scenario's scheduler settings into one.
// k8s v1.28 pkg/scheduler/apis/config/v1/default_plugins.go (getDefaultPlugins, mergePluginSet)
// and pkg/scheduler/framework/runtime/framework.go (NewFramework: MultiPoint expansion, weights).
import { BALANCED_ALLOCATION } from './plugins/balanced-allocation.js';
import { NODE_AFFINITY } from './plugins/node-affinity.js';
import { NODE_NAME } from './plugins/node-name.js';
import { DEFAULT_RESOURCES, NODE_RESOURCES_FIT, type NodeResourcesFitArgs } from './plugins/node-resources-fit.js';
import { NODE_UNSCHEDULABLE } from './plugins/node-unschedulable.js';
import { TAINT_TOLERATION } from './plugins/taint-toleration.js';
import { INTER_POD_AFFINITY } from './plugins/inter-pod-affinity.js';
import { POD_TOPOLOGY_SPREAD } from './plugins/pod-topology-spread.js';
import { EMPTY_LISTER, type ListerHolder } from './lister.js';
import { schedulerConfigSchema, type SchedulerConfig } from './profile-schema.js';
import { newPlugin, type PluginArgs } from './registry.js';
import type { FilterPlugin, Plugin, PreFilterPlugin, PreScorePlugin, SchedulerProfile, ScorePlugin } from './types.js';

export { schedulerConfigSchema, type SchedulerConfig, type SchedulerConfigInput } from './profile-schema.js';

export const DEFAULT_SCHEDULER_NAME = 'default-scheduler';

export interface PluginRef {
  name: string;
  weight?: number;
}

/**
 * The v1.28 default MultiPoint plugins kubetwin implements, in Kubernetes' order, with the
 * default score weights (NodePorts, ImageLocality and the volume plugins are not modelled;
 * PrioritySort is the queue's order and DefaultPreemption the PostFilter in preemption/).
 */
export const DEFAULT_PLUGINS: readonly PluginRef[] = [
  { name: NODE_UNSCHEDULABLE },
  { name: NODE_NAME },
  { name: TAINT_TOLERATION, weight: 3 },
  { name: NODE_AFFINITY, weight: 2 },
  { name: NODE_RESOURCES_FIT, weight: 1 },
  { name: POD_TOPOLOGY_SPREAD, weight: 2 },
  { name: INTER_POD_AFFINITY, weight: 2 },
  { name: BALANCED_ALLOCATION, weight: 1 },
];

export const DEFAULT_SCORE_PLUGINS: readonly PluginRef[] = DEFAULT_PLUGINS.filter((p) => p.weight !== undefined);

const isPreFilter = (p: Plugin): p is PreFilterPlugin => 'preFilter' in p;
const isFilter = (p: Plugin): p is FilterPlugin => 'filter' in p;
const isPreScore = (p: Plugin): p is PreScorePlugin => 'preScore' in p;
const isScore = (p: Plugin): p is ScorePlugin => 'score' in p;

/**
 * k8s mergePluginSet: disabled names (or "*") drop default plugins; an enabled plugin that is also
 * a default one replaces it in place (taking the custom weight); the others are appended in order.
 */
export function mergePluginSet(defaults: readonly PluginRef[], enabled: readonly PluginRef[], disabled: readonly string[]): PluginRef[] {
  const off = new Set(disabled);
  const custom = new Map(enabled.map((p, i) => [p.name, i]));
  const replaced = new Set<number>();
  const out: PluginRef[] = [];
  if (!off.has('*')) {
    for (const d of defaults) {
      if (off.has(d.name)) continue;
      const i = custom.get(d.name);
      if (i === undefined) {
        out.push(d);
      } else {
        out.push(enabled[i]);
        replaced.add(i);
      }
    }
  }
  enabled.forEach((p, i) => {
    if (!replaced.has(i)) out.push(p);
  });
  return out;
}

export interface ProfileOptions {
  schedulerName?: string;
  percentageOfNodesToScore?: number;
  /** Score plugins and weights, in order; defaults to DEFAULT_SCORE_PLUGINS. */
  score?: readonly PluginRef[];
  args?: PluginArgs;
}

/** Instantiate the plugins once each and wire them to their extension points. */
export function buildProfile(opts: ProfileOptions = {}): SchedulerProfile {
  const args = opts.args ?? {};
  const host: ListerHolder = { lister: EMPTY_LISTER };
  const instances = new Map<string, Plugin>();
  const instance = (name: string): Plugin => {
    let p = instances.get(name);
    if (!p) instances.set(name, (p = newPlugin(name, args, host)));
    return p;
  };
  const all = DEFAULT_PLUGINS.map((d) => instance(d.name));
  const score = (opts.score ?? DEFAULT_SCORE_PLUGINS).map(({ name, weight }) => {
    const plugin = instance(name);
    if (!isScore(plugin)) throw new Error(`plugin "${name}" does not implement Score`);
    // k8s NewFramework: a weight of 0 (or none) becomes 1.
    return { plugin, weight: weight || 1 };
  });
  const scored = new Set(score.map((s) => s.plugin));
  return {
    schedulerName: opts.schedulerName ?? DEFAULT_SCHEDULER_NAME,
    percentageOfNodesToScore: opts.percentageOfNodesToScore,
    preFilter: all.filter(isPreFilter),
    filter: all.filter(isFilter),
    // PreScore only matters for plugins that score.
    preScore: [...scored].filter((p): p is ScorePlugin & PreScorePlugin => isPreScore(p)),
    score,
    host,
  };
}

/** The Kubernetes default profile (default-scheduler). */
export function defaultProfile(): SchedulerProfile {
  return buildProfile();
}

/** Turn validated scenario settings (schedulerConfigSchema output) into a profile. */
export function profileFromConfig(cfg: SchedulerConfig): SchedulerProfile {
  const args: PluginArgs = {};
  const fitArgs: NodeResourcesFitArgs = { enableSidecarContainers: cfg.featureGates?.SidecarContainers ?? false };
  for (const pc of cfg.pluginConfig ?? []) {
    if (pc.name === NODE_RESOURCES_FIT) {
      const s = pc.args.scoringStrategy;
      Object.assign(fitArgs, {
        ignoredResources: pc.args.ignoredResources,
        ignoredResourceGroups: pc.args.ignoredResourceGroups,
        // k8s SetDefaults_NodeResourcesFitArgs: no resources means cpu and memory, weight 1.
        scoringStrategy: s && { ...s, resources: s.resources?.length ? s.resources : [...DEFAULT_RESOURCES] },
      });
    } else {
      const rs = pc.args.resources;
      args[BALANCED_ALLOCATION] = { resources: rs?.length ? rs : [...DEFAULT_RESOURCES] };
    }
  }
  args[NODE_RESOURCES_FIT] = fitArgs;
  const score = mergePluginSet(
    DEFAULT_SCORE_PLUGINS,
    cfg.plugins?.score?.enabled ?? [],
    (cfg.plugins?.score?.disabled ?? []).map((p) => p.name),
  );
  return buildProfile({ schedulerName: cfg.schedulerName, percentageOfNodesToScore: cfg.percentageOfNodesToScore, score, args });
}

/** Validate raw settings and build the profile; throws the zod error on invalid input. */
export function parseSchedulerConfig(raw: unknown): SchedulerProfile {
  return profileFromConfig(schedulerConfigSchema.parse(raw ?? {}));
}
