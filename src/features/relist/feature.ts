// The relist (PLEG) feature: when a scenario has a `spec.relist` or `spec.churn` section, every
// node gets a kubelet relist loop (settings from the first matching relist entry, else the kubelet
// defaults) fed by its churn loads and by the real pods bound to it; the reports get the `kubelet`
// series, relist-periods.csv, relist-nodes.csv, pleg-containers.csv, the `relist` summary section
// and charts. Without either section it installs nothing, so other scenarios are unchanged.
import { scenarioLocator } from '../../scenario/locate.js';
import type { Cell } from '../../sim/recorder.js';
import type { Diagnostic } from '../../scenario/diagnostics.js';
import type { Scenario } from '../../scenario/load.js';
import type { Feature } from '../../sim/feature.js';
import { ageChart, costChart, latencyChart, missedChart } from './charts.js';
import { containerRow } from './container-rows.js';
import { NodeRelist, PLEG_PRIORITY } from './node-relist.js';
import { churnSection, relistSection, type ChurnEntry, type RelistEntry } from './schema.js';
import { KUBELET_COLUMNS, KUBELET_SERIES_KIND, kubeletRow } from './series.js';
import { churnFor, relistSettingsFor } from './settings.js';
import { nodeRows, periodRows, totalsOf } from './tables.js';

export const RELIST_COMPONENT = 'kubelet-relist';

export function relistSections(scenario: Scenario): { relist: RelistEntry[]; churn: ChurnEntry[] } {
  const spec = scenario.manifest.spec as { relist?: RelistEntry[]; churn?: ChurnEntry[] };
  return { relist: spec.relist ?? [], churn: spec.churn ?? [] };
}

/** Node names of the scenario: Node objects, and `spec.nodePools` nodes (`<pool>-1` … `<pool>-<count>`, src/study/node-pool.ts). */
function nodeNames(scenario: Scenario): string[] {
  const names = [...scenario.objects, ...scenario.created.values()].filter((o) => o.kind === 'Node').map((o) => o.name);
  const pools = (scenario.manifest.spec as { nodePools?: Array<{ name: string; count: number }> }).nodePools ?? [];
  for (const p of pools) for (let i = 1; i <= p.count; i++) names.push(`${p.name}-${i}`);
  return names;
}

/** Node names given in `nodes:` must be nodes of the scenario. */
function checkNodeNames(scenario: Scenario, sections: ReturnType<typeof relistSections>): Diagnostic[] {
  const known = nodeNames(scenario);
  const locate = scenarioLocator(scenario);
  const out: Diagnostic[] = [];
  for (const key of ['relist', 'churn'] as const) {
    sections[key].forEach((entry, i) =>
      entry.nodes?.forEach((name, j) => {
        if (!known.includes(name)) {
          const list = known.length > 20 ? `${known.slice(0, 20).join(', ')}, …` : known.join(', ') || 'none';
          out.push(locate(['spec', key, i, 'nodes', j], `no Node named "${name}" in the scenario (nodes: ${list})`));
        }
      }),
    );
  }
  return out;
}

const enabled = (scenario: Scenario): boolean => {
  const s = relistSections(scenario);
  return s.relist.length > 0 || s.churn.length > 0;
};

export const relistFeature: Feature = {
  name: RELIST_COMPONENT,
  sections: {
    /** Kubelet relist (PLEG) settings per node: period, threshold, channel, cost, faults. */
    relist: relistSection,
    /** Short-lived container churn per node, the load the relist must keep up with. */
    churn: churnSection,
  },
  validate: (scenario) => (enabled(scenario) ? checkNodeNames(scenario, relistSections(scenario)) : []),
  series: (scenario) => (enabled(scenario) ? [{ kind: KUBELET_SERIES_KIND, columns: KUBELET_COLUMNS }] : []),
  install(ctx) {
    const { cluster, engine, recorder, scenario } = ctx;
    if (!enabled(scenario)) return;
    const sections = relistSections(scenario);

    const active = new Map<string, NodeRelist>();
    const all: NodeRelist[] = [];
    const containers: Array<Record<string, Cell>> = [];
    const deps = {
      engine,
      cluster,
      recorder,
      onVerdict: (n: NodeRelist, v: Parameters<typeof containerRow>[4]) => {
        const source = n.isRealPod(v.podUid) ? 'pod' : 'churn';
        containers.push(containerRow(n.node, n.settings.periodMs, source, n.podName(v.podUid), v));
      },
    };

    cluster.bus.on('node:added', (node) => {
      const name = node.spec.name;
      const n = new NodeRelist(name, relistSettingsFor(sections.relist, node.spec), deps);
      active.set(name, n);
      all.push(n);
      n.start();
      for (const { entry, index } of churnFor(sections.churn, node.spec)) {
        // identicalOnNodes: every node draws from a stream of the same name, hence the same schedule.
        n.runChurn(entry.containers, ctx.rng(entry.identicalOnNodes ? `churn/${index}` : `${name}/churn/${index}`), PLEG_PRIORITY.runtime);
      }
    });
    cluster.bus.on('node:removed', (node) => {
      active.get(node.spec.name)?.stop(engine.now);
      active.delete(node.spec.name);
    });
    const kubeletOf = (nodeName: string | undefined) => (nodeName === undefined ? undefined : active.get(nodeName));
    cluster.bus.on('pod:bound', (pod) => {
      const n = kubeletOf(pod.nodeName);
      if (!n) return;
      n.notePod(pod.obj.uid, pod.obj.name);
      n.mirror.bound(engine.now, pod);
    });
    cluster.bus.on('container:changed', ({ pod, container }) => kubeletOf(pod.nodeName)?.mirror.changed(engine.now, pod, container));
    cluster.bus.on('pod:deleted', (pod) => kubeletOf(pod.nodeName)?.mirror.deleted(engine.now, pod));

    recorder.addSeries(KUBELET_SERIES_KIND, KUBELET_COLUMNS, function* (now) {
      for (const n of active.values()) yield [n.node, kubeletRow(n, now)];
    });
    ctx.onFinish.push(() => {
      for (const n of all) n.finish();
    });

    // Computed once, after the run (tables, summary and charts are built when it has ended).
    const end = scenario.manifest.spec.duration;
    let cached: ReturnType<typeof compute> | undefined;
    const compute = () => {
      const t = all.map((n) => ({ node: n.node, totals: totalsOf(n, end) }));
      return { nodes: nodeRows(t), periods: periodRows(t.map((x) => x.totals)) };
    };
    const result = () => (cached ??= compute());
    const periods = () => result().periods;
    recorder.addTable('relist-periods', periods);
    recorder.addTable('relist-nodes', () => result().nodes);
    recorder.addTable('pleg-containers', () => containers);
    recorder.addSummary('relist', () => ({
      periods: periods(),
      nodes: result().nodes,
      notReady: all.flatMap((n) =>
        n.readiness.notReady.map((i) => ({
          node: n.node,
          from_s: i.from / 1000,
          to_s: i.to === undefined ? null : i.to / 1000,
          message: i.message,
        })),
      ),
    }));
    const fine = () => periods().filter((r) => !r.scriptedFaults);
    recorder.addChart('relist-missed-by-period', () => missedChart(fine()));
    recorder.addChart('relist-latency-by-period', () => latencyChart(fine()));
    recorder.addChart('relist-cost-by-period', () => costChart(fine()));
    ctx.onFinish.push(() => {
      for (const n of all) {
        if (n.readiness.notReady.length > 0) recorder.addChart(`relist-age-${n.node}`, () => ageChart(recorder, n.node));
      }
    });
  },
};
