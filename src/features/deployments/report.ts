// The per-service report: the `service` series (desired, ready, available, updated, terminating
// replicas and the SPEC §1 state), a summary section with every state transition, and charts of
// ready replicas and of service states over time.
import { chart, type Row } from '../../sim/charts/types.js';
import { timeSeconds } from '../../model/duration.js';
import type { SimContext } from '../../sim/context.js';
import type { DeploymentController } from './controller.js';
import { isAvailable } from './pod-ranking.js';
import { STATE_CODE } from './service-state.js';

export const SERVICE_COLUMNS = [
  'replicas',
  'pods',
  'podsPending',
  'readyReplicas',
  'availableReplicas',
  'updatedReplicas',
  'podsTerminating',
  'state',
  'stateCode',
] as const;

export function registerServiceReport(ctx: SimContext, controller: DeploymentController): void {
  const { recorder } = ctx;
  recorder.addSeries('service', SERVICE_COLUMNS, function* (now) {
    for (const d of controller.deployments.values()) {
      const all = controller.allPods(d.name);
      const live = all.filter((p) => p.deletingAt === undefined);
      yield [
        d.name,
        {
          replicas: d.replicas,
          pods: live.length,
          podsPending: live.filter((p) => p.phase === 'Pending').length,
          readyReplicas: live.filter((p) => p.ready).length,
          availableReplicas: live.filter((p) => isAvailable(p, d.minReadySeconds, now)).length,
          updatedReplicas: live.filter((p) => p.obj.labels['pod-template-hash'] === d.templateHash).length,
          podsTerminating: all.length - live.length,
          state: d.state ?? 'Starting',
          stateCode: STATE_CODE[d.state ?? 'Starting'],
        },
      ];
    }
  });

  // State transitions grouped by Deployment in one pass over the events.
  const transitions = () => {
    const out = new Map<string, Array<{ time_s: number; message: string }>>();
    for (const e of recorder.events) {
      if (e.reason !== 'ServiceStateChanged') continue;
      const row = { time_s: timeSeconds(e.time), message: e.message };
      const list = out.get(e.object);
      if (list) list.push(row);
      else out.set(e.object, [row]);
    }
    return out;
  };
  recorder.addSummary('services', () => {
    const byName = transitions();
    return [...controller.deployments.values()].map((d) => ({
      name: d.name,
      replicas: d.replicas,
      strategy: d.strategy.type,
      state: d.state ?? 'Starting',
      replicaSets: d.replicaSets.map((rs) => ({ name: rs.name, revision: rs.revision, replicas: rs.replicas })),
      transitions: byName.get(d.name) ?? [],
    }));
  });

  const serviceRows = (column: string): Row[] =>
    recorder.samples
      .filter((s) => s.kind === 'service')
      .map((s) => ({ time_s: timeSeconds(s.time), service: s.object, value: s.values[column] as number }));

  recorder.addChart('service-ready-replicas', () => {
    const rows = serviceRows('readyReplicas');
    if (rows.length === 0) return undefined;
    return chart.step({
      title: 'Ready replicas per service',
      subtitle: 'Pods Ready and not terminating; the service serves with these',
      xTitle: 'time (s)',
      yTitle: 'ready replicas',
      rows,
      x: 'time_s',
      y: 'value',
      series: 'service',
      seriesTitle: 'service',
    });
  });
  recorder.addChart('service-states', () => {
    const rows = serviceRows('stateCode');
    if (rows.length === 0) return undefined;
    return chart.step({
      title: 'Service state',
      subtitle: '1 Starting, 2 Running, 3 Updating, 4 Abnormal',
      xTitle: 'time (s)',
      yTitle: 'state',
      rows,
      x: 'time_s',
      y: 'value',
      series: 'service',
      seriesTitle: 'service',
    });
  });
}
