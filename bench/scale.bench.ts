// `npx tsx bench/run.ts scale` (or `npm run bench -- scale`): the full `run` (simulation, CSV files
// and summary.json; charts off) of generated clusters of N nodes in three pools: `general`
// (60 %, 32 CPU / 128 GiB), `highmem` (20 %, 64 CPU / 512 GiB, label tier=highmem) and `batch`
// (20 %, 32 CPU / 128 GiB, tainted dedicated=batch:NoSchedule), with 30 pods per node in 100
// Deployments (requests 100m–500m CPU, 128Mi–1Gi memory; 10 Deployments select the highmem pool by
// nodeSelector, 10 tolerate the batch taint). Sizes 250, 500, 1000 nodes; SCALE_BENCH_5000=1 adds
// 5,000. Per size: CPU seconds (process.cpuUsage, whole process), peak RSS so far
// (resourceUsage().maxRSS: sizes run smallest first, so it is the peak of the largest run so far),
// pods scheduled per CPU second, and T(2N)/T(N) measured in the same process.
// SCALE_BENCH_SIZES=250,500 picks other sizes.
import { loadScenarioText, runLoaded } from '../src/run.js';

export const name = 'scale';

const PODS_PER_NODE = 30;
const DEPLOYMENTS = 100;

const doc = (o: unknown) => JSON.stringify(o);

/** The scenario text (JSON documents in one YAML stream) of an N-node cluster. */
export function scaleScenarioText(nodes: number): string {
  const highmem = Math.round(nodes * 0.2);
  const batch = Math.round(nodes * 0.2);
  const general = nodes - highmem - batch;
  const replicasTotal = nodes * PODS_PER_NODE;
  const docs: string[] = [
    doc({
      apiVersion: 'kubetwin.io/v1alpha1',
      kind: 'Scenario',
      metadata: { name: `scale-${nodes}` },
      spec: {
        description: `${nodes} nodes in three pools, ${replicasTotal} pods in ${DEPLOYMENTS} Deployments (bench/scale.bench.ts)`,
        seed: 13,
        duration: '60s',
        sampleInterval: '10s',
        nodePools: [
          { name: 'general', count: general, capacity: { cpu: '32', memory: '128Gi', pods: '110' } },
          { name: 'highmem', count: highmem, capacity: { cpu: '64', memory: '512Gi', pods: '110' }, labels: { tier: 'highmem' } },
          {
            name: 'batch',
            count: batch,
            capacity: { cpu: '32', memory: '128Gi', pods: '110' },
            taints: [{ key: 'dedicated', value: 'batch', effect: 'NoSchedule' }],
          },
        ],
        schedulingReport: { maxScheduledAttempts: 2, maxFailedAttempts: 10 },
      },
    }),
  ];
  for (let i = 0; i < DEPLOYMENTS; i++) {
    // Spread the replicas evenly; the first (total mod 100) Deployments take one more.
    const replicas = Math.floor(replicasTotal / DEPLOYMENTS) + (i < replicasTotal % DEPLOYMENTS ? 1 : 0);
    const cpu = `${100 + ((i * 37) % 5) * 100}m`;
    const memory = `${128 * (1 + ((i * 53) % 8))}Mi`;
    const name = `svc-${String(i + 1).padStart(3, '0')}`;
    const podSpec: Record<string, unknown> = {
      containers: [{ name: 'app', image: 'app:1', resources: { requests: { cpu, memory }, limits: { cpu, memory } } }],
    };
    if (i % 10 === 3) podSpec.nodeSelector = { tier: 'highmem' };
    if (i % 10 === 7) podSpec.tolerations = [{ key: 'dedicated', operator: 'Equal', value: 'batch', effect: 'NoSchedule' }];
    docs.push(
      doc({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name },
        spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: podSpec } },
      }),
    );
  }
  return `${docs.join('\n---\n')}\n`;
}

const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

export async function run(): Promise<Record<string, unknown>> {
  const sizes = (process.env.SCALE_BENCH_SIZES ?? '250,500,1000').split(',').map(Number);
  if (process.env.SCALE_BENCH_5000) sizes.push(5000);
  const out: Record<string, unknown> = {};
  const times = new Map<number, number>();
  for (const nodes of sizes) {
    const scenario = loadScenarioText(`scale-${nodes}.yaml`, scaleScenarioText(nodes));
    const c0 = cpuSeconds();
    const result = await runLoaded(scenario, { charts: false });
    const cpu = cpuSeconds() - c0;
    const scheduled = result.recorder.events.filter((e) => e.reason === 'Scheduled').length;
    times.set(nodes, cpu);
    const half = times.get(nodes / 2);
    out[`${nodes} nodes`] = {
      pods: nodes * PODS_PER_NODE,
      scheduled,
      cpu_s: Number(cpu.toFixed(2)),
      peak_rss_MiB: Math.round(process.resourceUsage().maxRSS / 1024),
      pods_per_cpu_s: Math.round(scheduled / cpu),
      report_MiB: Number((result.files.reduce((n, f) => n + f.content.length, 0) / 2 ** 20).toFixed(1)),
      'T(N)/T(N/2)': half === undefined ? '' : Number((cpu / half).toFixed(2)),
    };
  }
  return out;
}
