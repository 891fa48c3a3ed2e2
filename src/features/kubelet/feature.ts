// The kubelet feature: the `spec.apps` and `spec.kubelet` sections, `ctx.apps` for the load model,
// and the kubelet's report parts. An app entry naming a missing object or container is rejected by
// validate (exit 2).
import { SHUTDOWN_ANNOTATION } from '../deployments/graceful-delete.js';
import { parseDuration } from '../../model/duration.js';
import type { PodObject } from '../../model/types.js';
import type { Diagnostic } from '../../scenario/diagnostics.js';
import type { Scenario } from '../../scenario/load.js';
import { scenarioLocator } from '../../scenario/locate.js';
import type { Feature } from '../../sim/feature.js';
import { AppCatalog, appTargetProblems, type AppHost } from './apps.js';
import { Kubelet } from './kubelet.js';
import { CONTAINER_COLUMNS, POD_COLUMNS, registerKubeletReport } from './report.js';
import { APP_HOST_KINDS, appsSection, KUBELET_DEFAULTS, kubeletSection, type AppEntry, type KubeletSettings } from './schema.js';

type ContainerList = { containers: Array<{ name: string }> };

function hostsOf(scenario: Scenario): AppHost[] {
  const out: AppHost[] = [];
  for (const o of [...scenario.objects, ...scenario.created.values()]) {
    const m = o.manifest as unknown as { spec: ContainerList & { template?: { spec: ContainerList } } };
    if (o.kind === 'Pod') out.push({ kind: 'Pod', name: o.name, containers: m.spec.containers.map((c) => c.name) });
    if (o.kind !== 'Pod' && o.kind !== 'CronJob' && APP_HOST_KINDS.includes(o.kind) && m.spec.template) {
      out.push({ kind: o.kind, name: o.name, containers: m.spec.template.spec.containers.map((c) => c.name) });
    }
    if (o.kind === 'CronJob') {
      const t = (m.spec as unknown as { jobTemplate: { spec: { template: { spec: ContainerList } } } }).jobTemplate.spec.template;
      out.push({ kind: 'CronJob', name: o.name, containers: t.spec.containers.map((c) => c.name) });
    }
  }
  return out;
}

export function kubeletSettingsOf(scenario: Scenario): { apps: AppEntry[]; kubelet: KubeletSettings } {
  const spec = scenario.manifest.spec as { apps?: AppEntry[]; kubelet?: KubeletSettings };
  return { apps: spec.apps ?? [], kubelet: spec.kubelet ?? { ...KUBELET_DEFAULTS } };
}

/** How long a pod's apps take to stop after SIGTERM when `spec.apps` does not say: as graceful deletion has it. */
function shutdownOf(scenario: Scenario): (pod: PodObject) => number {
  const spec = scenario.manifest.spec as { termination?: { shutdownTime: number } };
  const fallback = spec.termination?.shutdownTime ?? 1000;
  return (pod) => {
    const note = pod.annotations[SHUTDOWN_ANNOTATION];
    return note !== undefined ? parseDuration(note) : fallback;
  };
}

/** App entries must name a Pod or Deployment of the scenario and one of its containers. */
function checkApps(scenario: Scenario): Diagnostic[] {
  const locate = scenarioLocator(scenario);
  return appTargetProblems(kubeletSettingsOf(scenario).apps, hostsOf(scenario)).map((p) =>
    locate(['spec', 'apps', p.index, p.field], p.message),
  );
}

export const kubeletFeature: Feature = {
  name: 'kubelet',
  provides: ['apps'],
  sections: {
    /** Scripted application behaviour per Deployment/Pod container. */
    apps: appsSection,
    /** Kubelet simulation settings: probe fast-forward, memory check interval. */
    kubelet: kubeletSection,
  },
  validate: checkApps,
  series: () => [
    { kind: 'container', columns: CONTAINER_COLUMNS },
    { kind: 'pod', columns: POD_COLUMNS },
  ],
  install(ctx) {
    const { apps, kubelet: settings } = kubeletSettingsOf(ctx.scenario);
    const kubelet = new Kubelet(ctx, new AppCatalog(apps, shutdownOf(ctx.scenario)), settings);
    ctx.apps = kubelet;
    ctx.onFinish.push((end) => kubelet.finishRun(end));
    registerKubeletReport(ctx, kubelet);
  },
};
