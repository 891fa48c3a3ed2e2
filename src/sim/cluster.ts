// The simulated API server's view of the cluster: nodes and pods with their status, plus the
// bus on which controllers learn about changes. It records Kubernetes-like events but makes no
// decisions: scheduling, kubelet and controllers live in their own components.
import { fnv32a } from '../model/hash.js';
import type { Engine } from '../engine/engine.js';
import type { NodeSpec, PodObject, PodPhase } from '../model/types.js';
import type { Recorder } from './recorder.js';
import { Bus } from './bus.js';

export type ContainerRunState = 'waiting' | 'running' | 'terminated';

export interface ContainerStatus {
  name: string;
  state: ContainerRunState;
  /** Waiting/terminated reason: ContainerCreating, CrashLoopBackOff, Error, OOMKilled, Completed, … */
  reason?: string;
  exitCode?: number;
  restartCount: number;
  startedAt?: number;
  finishedAt?: number;
  /** Startup probe passed (or none). */
  started: boolean;
  ready: boolean;
  containerId?: string;
}

export interface PodState {
  obj: PodObject;
  /** `namespace/name`. */
  key: string;
  phase: PodPhase;
  nodeName?: string;
  createdAt: number;
  scheduledAt?: number;
  /** Pod status startTime: when the kubelet accepted the pod. */
  startedAt?: number;
  ready: boolean;
  readyTransitionAt?: number;
  /** deletionTimestamp. */
  deletingAt?: number;
  /** Last FailedScheduling message while Pending. */
  unschedulableReason?: string;
  containers: ContainerStatus[];
}

export interface NodeState {
  spec: NodeSpec;
  ready: boolean;
  readyTransitionAt: number;
  /** Pod keys bound to this node, in binding order. */
  pods: Set<string>;
}

export interface ClusterEvents {
  'pod:created': PodState;
  'pod:bound': PodState;
  'pod:phase': PodState;
  'pod:ready': PodState;
  /** Graceful deletion began (deletionTimestamp set, pod.deletingAt). */
  'pod:deleting': PodState;
  'pod:deleted': PodState;
  /** A container's state changed (started, exited, restarted): emitted by the kubelet. */
  'container:changed': { pod: PodState; container: ContainerStatus };
  'node:added': NodeState;
  'node:changed': NodeState;
  'node:removed': NodeState;
}

export class Cluster {
  readonly nodes = new Map<string, NodeState>();
  readonly pods = new Map<string, PodState>();
  readonly bus = new Bus<ClusterEvents>();
  /** Incarnations per object key, and every uid handed out (uids are never reused). */
  private readonly incarnations = new Map<string, number>();
  private readonly uids = new Set<string>();

  constructor(
    readonly engine: Engine,
    readonly recorder: Recorder,
  ) {}

  get now(): number {
    return this.engine.now;
  }

  event(kind: string, object: string, reason: string, message: string): void {
    this.recorder.event(this.engine.now, kind, object, reason, message);
  }

  /**
   * A uid derived from the object's own key (`namespace/name`) and how many objects of that key came
   * before, so creating other objects never changes it (independence rule; Kubernetes draws random
   * UUIDs). A 32-bit hash collision with another key, the only cross-object effect, gets a suffix.
   */
  nextUid(prefix: string, key: string): string {
    const n = (this.incarnations.get(key) ?? 0) + 1;
    this.incarnations.set(key, n);
    const base = `${prefix}-${fnv32a(key).toString(16).padStart(8, '0')}-${n}`;
    let uid = base;
    for (let i = 1; this.uids.has(uid); i++) uid = `${base}-${i}`;
    this.uids.add(uid);
    return uid;
  }

  addNode(spec: NodeSpec): NodeState {
    if (this.nodes.has(spec.name)) throw new Error(`node ${spec.name} already exists`);
    const node: NodeState = { spec, ready: true, readyTransitionAt: this.now, pods: new Set() };
    this.nodes.set(spec.name, node);
    this.event('Node', spec.name, 'RegisteredNode', `Node ${spec.name} event: Registered Node ${spec.name} in Controller`);
    this.bus.emit('node:added', node);
    return node;
  }

  updateNode(name: string, change: (n: NodeState) => void): void {
    const node = this.nodes.get(name);
    if (!node) throw new Error(`no node ${name}`);
    change(node);
    this.bus.emit('node:changed', node);
  }

  setNodeReady(name: string, ready: boolean, reason: string): void {
    const node = this.nodes.get(name);
    if (!node || node.ready === ready) return;
    this.updateNode(name, (n) => {
      n.ready = ready;
      n.readyTransitionAt = this.now;
    });
    this.event(
      'Node',
      name,
      ready ? 'NodeReady' : 'NodeNotReady',
      `Node ${name} status is now: ${ready ? 'NodeReady' : 'NodeNotReady'} (${reason})`,
    );
  }

  removeNode(name: string): void {
    const node = this.nodes.get(name);
    if (!node) return;
    this.nodes.delete(name);
    this.event('Node', name, 'RemovingNode', `Node ${name} event: Removing Node ${name} from Controller`);
    this.bus.emit('node:removed', node);
  }

  createPod(obj: PodObject): PodState {
    const key = `${obj.namespace}/${obj.name}`;
    if (this.pods.has(key)) throw new Error(`pod ${key} already exists`);
    const pod: PodState = {
      obj,
      key,
      phase: 'Pending',
      createdAt: this.now,
      ready: false,
      containers: obj.spec.containers.map((c) => ({
        name: c.name,
        state: 'waiting',
        reason: 'ContainerCreating',
        restartCount: 0,
        started: false,
        ready: false,
      })),
    };
    this.pods.set(key, pod);
    this.bus.emit('pod:created', pod);
    return pod;
  }

  bindPod(pod: PodState, nodeName: string): void {
    const node = this.nodes.get(nodeName);
    if (!node) throw new Error(`bind ${pod.key}: no node ${nodeName}`);
    pod.nodeName = nodeName;
    pod.scheduledAt = this.now;
    pod.unschedulableReason = undefined;
    node.pods.add(pod.key);
    this.event('Pod', pod.obj.name, 'Scheduled', `Successfully assigned ${pod.key} to ${nodeName}`);
    this.bus.emit('pod:bound', pod);
  }

  setPhase(pod: PodState, phase: PodPhase): void {
    if (pod.phase === phase) return;
    pod.phase = phase;
    this.bus.emit('pod:phase', pod);
  }

  setReady(pod: PodState, ready: boolean): void {
    if (pod.ready === ready) return;
    pod.ready = ready;
    pod.readyTransitionAt = this.now;
    this.bus.emit('pod:ready', pod);
  }

  /** Removes the pod from the API (the kubelet has stopped its containers). */
  deletePod(pod: PodState, reason = 'Killing', message = `Stopping pod ${pod.key}`): void {
    if (!this.pods.has(pod.key)) return;
    pod.deletingAt ??= this.now;
    if (pod.ready) this.setReady(pod, false);
    this.pods.delete(pod.key);
    if (pod.nodeName) this.nodes.get(pod.nodeName)?.pods.delete(pod.key);
    this.event('Pod', pod.obj.name, reason, message);
    this.bus.emit('pod:deleted', pod);
  }

  podsOn(nodeName: string): PodState[] {
    const node = this.nodes.get(nodeName);
    return node ? [...node.pods].map((k) => this.pods.get(k)!).filter(Boolean) : [];
  }
}
