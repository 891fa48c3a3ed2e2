// Scheduler throughput: 5,000 pods onto 500 nodes with the default profile, binding each pod as
// it is placed (so later cycles see fuller nodes). Reports pods scheduled per second of wall time,
// best of 3. Then the placement comparison: 5,000 pods onto 1,000 nodes in 3 zones, once plain and
// once with required hostname anti-affinity and a zone spread constraint on every pod (100 apps).
import type { NodeSpec, PodObject } from '../src/model/types.js';
import { addPod, defaultProfile, newNodeInfo, scheduleOne } from '../src/k8s/scheduler/index.js';

export const name = 'scheduler';

const NODES = 500;
const PODS = 5_000;
const REPEATS = 3;
const GiB = 1024 ** 3;
const MiB = 1024 ** 2;

// mulberry32: a small seeded generator, so every run sees the same pods and tie-breaks.
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeNodes(): NodeSpec[] {
  return Array.from({ length: NODES }, (_, i) => {
    const allocatable = { cpu: (i % 2 ? 16 : 32) * 1000, memory: (i % 2 ? 64 : 128) * GiB, pods: 110 };
    return {
      name: `node-${i}`,
      labels: { zone: `z${i % 3}` },
      unschedulable: false,
      capacity: allocatable,
      allocatable,
      taints: i % 10 === 0 ? [{ key: 'dedicated', value: 'batch', effect: 'PreferNoSchedule' as const }] : [],
    };
  });
}

function makePods(): PodObject[] {
  const r = rng(42);
  return Array.from({ length: PODS }, (_, i) => ({
    name: `pod-${i}`,
    namespace: 'default',
    uid: `uid-${i}`,
    labels: {},
    annotations: {},
    spec: {
      containers: [
        {
          name: 'app',
          image: 'app',
          resolvedCommand: ['app'],
          env: {},
          ports: [],
          limits: {},
          requests: { cpu: 100 + Math.floor(r() * 19) * 100, memory: (128 + Math.floor(r() * 31) * 128) * MiB },
        },
      ],
      initContainers: [],
      restartPolicy: 'Always' as const,
      nodeSelector: {},
      tolerations: [],
      overhead: {},
      terminationGracePeriodSeconds: 30,
      schedulerName: 'default-scheduler',
      priority: 0,
    },
  }));
}

interface Measure {
  scheduled: number;
  unschedulable: number;
  seconds: number;
  pods_per_s: number;
}

export function schedulerOnce(): Measure {
  const infos = makeNodes().map((n) => newNodeInfo(n));
  const byName = new Map(infos.map((i) => [i.node.name, i]));
  const pods = makePods();
  const profile = defaultProfile();
  const state = { nextStartNodeIndex: 0 };
  const rand = rng(7);
  let scheduled = 0;
  const t0 = process.hrtime.bigint();
  for (const p of pods) {
    const res = scheduleOne(profile, p, infos, state, rand);
    if (res.nodeName) {
      addPod(byName.get(res.nodeName)!, p);
      scheduled++;
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { scheduled, unschedulable: PODS - scheduled, seconds: Math.round(seconds * 1000) / 1000, pods_per_s: Math.round(PODS / seconds) };
}

const PLACEMENT_NODES = 1_000;
const APPS = 100;

function placementNodes(): NodeSpec[] {
  return Array.from({ length: PLACEMENT_NODES }, (_, i) => {
    const allocatable = { cpu: 16_000, memory: 64 * GiB, pods: 110 };
    const name = `node-${i}`;
    return {
      name,
      labels: { 'kubernetes.io/hostname': name, 'topology.kubernetes.io/zone': `z${i % 3}` },
      unschedulable: false,
      capacity: allocatable,
      allocatable,
      taints: [],
    };
  });
}

/** The bench pods, each in one of APPS apps; `rules` adds anti-affinity and spread on the app label. */
function placementPods(rules: boolean): PodObject[] {
  return makePods().map((p, i) => {
    const labels = { app: `app-${i % APPS}` };
    const selector = { matchLabels: labels };
    return {
      ...p,
      labels,
      spec: {
        ...p.spec,
        ...(rules
          ? {
              affinity: {
                podAntiAffinity: {
                  requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: selector, topologyKey: 'kubernetes.io/hostname' }],
                },
              },
              topologySpreadConstraints: [
                {
                  maxSkew: 1,
                  topologyKey: 'topology.kubernetes.io/zone',
                  whenUnsatisfiable: 'DoNotSchedule' as const,
                  labelSelector: selector,
                },
              ],
            }
          : {}),
      },
    };
  });
}

export function placementOnce(rules: boolean): Measure & { cpu_seconds: number } {
  const infos = placementNodes().map((n) => newNodeInfo(n));
  const byName = new Map(infos.map((i) => [i.node.name, i]));
  const pods = placementPods(rules);
  const profile = defaultProfile();
  const state = { nextStartNodeIndex: 0 };
  const rand = rng(7);
  let scheduled = 0;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (const p of pods) {
    const res = scheduleOne(profile, p, infos, state, rand, { preemption: true });
    if (res.nodeName) {
      addPod(byName.get(res.nodeName)!, p);
      scheduled++;
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  return {
    scheduled,
    unschedulable: PODS - scheduled,
    seconds: Math.round(seconds * 1000) / 1000,
    pods_per_s: Math.round(PODS / seconds),
    cpu_seconds: Math.round((cpu.user + cpu.system) / 1000) / 1000,
  };
}

export async function run(): Promise<Record<string, unknown>> {
  const runs: Measure[] = [];
  for (let k = 0; k < REPEATS; k++) runs.push(schedulerOnce());
  const best = runs.reduce((a, b) => (b.pods_per_s > a.pods_per_s ? b : a));
  const plain = placementOnce(false);
  const rules = placementOnce(true);
  return {
    nodes: NODES,
    pods: PODS,
    profile: 'default',
    best_of: REPEATS,
    ...best,
    placement: {
      nodes: PLACEMENT_NODES,
      pods: PODS,
      apps: APPS,
      plain,
      antiAffinityAndSpread: rules,
      slowdown: Math.round((rules.cpu_seconds / plain.cpu_seconds) * 100) / 100,
    },
  };
}
