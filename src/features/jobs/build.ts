// A validated Job spec → the feature's state.
import type { ImageDefaults } from '../../model/command.js';
import { buildPodTemplate } from '../../scenario/build.js';
import type { JobSpecInput } from '../../scenario/schema/job.js';
import type { JobState } from './types.js';

export function buildJob(
  name: string,
  namespace: string,
  s: JobSpecInput,
  images: Readonly<Record<string, ImageDefaults>>,
  createdAt: number,
  owner?: string,
): JobState {
  return {
    name,
    namespace,
    createdAt,
    owner,
    template: buildPodTemplate(s.template, images),
    spec: {
      completions: s.completions,
      parallelism: s.parallelism,
      backoffLimit: s.backoffLimit,
      activeDeadlineSeconds: s.activeDeadlineSeconds,
      completionMode: s.completionMode,
      restartPolicy: s.template.spec.restartPolicy === 'OnFailure' ? 'OnFailure' : 'Never',
      suspend: s.suspend,
    },
    ttlSecondsAfterFinished: s.ttlSecondsAfterFinished,
    succeeded: 0,
    failed: 0,
    succeededIndexes: new Set(),
    backoff: { failuresAfterLastSuccess: 0 },
    counted: new Set(),
  };
}
