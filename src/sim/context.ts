// What every simulation component receives when it is installed.
import type { Engine } from '../engine/engine.js';
import type { RandomStream } from '../engine/random.js';
import type { ImageDefaults } from '../model/command.js';
import type { Recorder } from './recorder.js';
import type { LoadedObject, Scenario } from '../scenario/load.js';
import type { ObjectRef } from '../scenario/schema/refs.js';
import type { Cluster } from './cluster.js';
import type { AppStatus, Evictor, NodeHealth, PodTerminator, ScaleTarget, UsageProvider } from './hooks.js';

export interface SimContext {
  scenario: Scenario;
  engine: Engine;
  cluster: Cluster;
  recorder: Recorder;
  images: Readonly<Record<string, ImageDefaults>>;
  /** A seeded random stream for a stable component name, e.g. `scheduler` or `node-1/probe`. */
  rng(name: string): RandomStream;
  /** Handlers creating objects of a kind (initial objects and timeline `create`). */
  creators: Map<string, (obj: LoadedObject) => void>;
  /** Handlers deleting objects of a kind by name (timeline `delete`). */
  deleters: Map<string, (name: string) => void>;
  /** Handlers for timeline actions other than create/delete, by action key. */
  actions: Map<string, (value: unknown, index: number) => void>;
  /** Callbacks run once after the last event, before the report is written. */
  onFinish: Array<(now: number) => void>;
  /** Scale subresources by workload kind (`Deployment` → the deployments feature), for the HPA and the timeline. */
  scaleTargets: Map<string, ScaleTarget>;
  /** Set by the load component: per-container usage from demand. */
  usage?: UsageProvider;
  /** Set by the kubelet: whether apps answer requests. */
  apps?: AppStatus;
  /** Set by the deployment component: graceful pod deletion (controllers, eviction, drain). */
  terminator?: PodTerminator;
  /** Set by the node-lifecycle component: whether a node's kubelet runs. */
  nodeHealth?: NodeHealth;
  /** Set by the disruption feature: evictions that respect PodDisruptionBudgets (drain). */
  evictor?: Evictor;
}

export interface Component {
  name: string;
  install(ctx: SimContext): void;
}

export function refName(ref: ObjectRef): string {
  return `${ref.kind.toLowerCase()}/${ref.name}`;
}
