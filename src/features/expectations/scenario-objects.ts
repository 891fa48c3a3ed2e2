// What the expectation checks need from a loaded scenario: the names of the objects each series
// kind reports on.
import type { Scenario } from '../../scenario/load.js';

/**
 * Series kinds whose objects are scenario objects of a Kubernetes kind. Other kinds (e.g. pods of a
 * Deployment, whose names the run generates) are not checked before the run.
 */
export const SERIES_OBJECT_KINDS: Readonly<Record<string, string>> = {
  node: 'Node',
  service: 'Deployment',
  kubelet: 'Node',
  hpa: 'HorizontalPodAutoscaler',
  load: 'Deployment',
};

export function objectsOfScenario(scenario: Scenario): (seriesKind: string) => string[] | undefined {
  return (seriesKind) => {
    if (seriesKind === 'cluster') return ['cluster'];
    const kind = SERIES_OBJECT_KINDS[seriesKind];
    if (!kind) return undefined;
    const names: string[] = [];
    for (const o of [...scenario.objects, ...scenario.created.values()]) {
      if (o.kind === kind && !names.includes(o.name)) names.push(o.name);
    }
    return names;
  };
}
