// A validated StatefulSet manifest → the feature's state (revision names `<set>-<template hash>`).
import type { ImageDefaults } from '../../model/command.js';
import type { PodTemplate } from '../../model/types.js';
import { buildPodTemplate } from '../../scenario/build.js';
import type { StatefulSetManifest } from '../../scenario/schema/statefulset.js';
import { templateHash } from '../deployments/controller.js';
import type { Revision, StatefulSetState } from './types.js';

export function revisionOf(set: string, template: PodTemplate): Revision {
  return { name: `${set}-${templateHash(template)}`, template };
}

export function buildStatefulSet(m: StatefulSetManifest, images: Readonly<Record<string, ImageDefaults>>): StatefulSetState {
  const rev = revisionOf(m.metadata.name, buildPodTemplate(m.spec.template, images));
  return {
    name: m.metadata.name,
    namespace: m.metadata.namespace,
    replicas: m.spec.replicas,
    podManagementPolicy: m.spec.podManagementPolicy,
    updateStrategy: m.spec.updateStrategy.type,
    partition: m.spec.updateStrategy.rollingUpdate?.partition ?? 0,
    minReadySeconds: m.spec.minReadySeconds,
    current: rev,
    update: rev,
  };
}
