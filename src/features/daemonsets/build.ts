// A validated DaemonSet manifest → the feature's state.
import type { ImageDefaults } from '../../model/command.js';
import { buildPodTemplate } from '../../scenario/build.js';
import { podSpecExtra } from '../../scenario/schema/controller-fields.js';
import type { DaemonSetManifest } from '../../scenario/schema/daemonset.js';
import { templateHash } from '../deployments/controller.js';
import type { DaemonSetState } from './types.js';

export function buildDaemonSet(m: DaemonSetManifest, images: Readonly<Record<string, ImageDefaults>>): DaemonSetState {
  const template = buildPodTemplate(m.spec.template, images);
  const ru = m.spec.updateStrategy.rollingUpdate;
  return {
    name: m.metadata.name,
    namespace: m.metadata.namespace,
    template,
    hash: templateHash(template),
    hostNetwork: podSpecExtra(m.spec.template.spec, 'hostNetwork', (v): v is boolean => typeof v === 'boolean') ?? false,
    updateStrategy: { type: m.spec.updateStrategy.type, maxSurge: ru?.maxSurge ?? 0, maxUnavailable: ru?.maxUnavailable ?? 1 },
    minReadySeconds: m.spec.minReadySeconds,
  };
}
