// API-server validation and defaulting of the workload kinds (k8s v1.28 pkg/apis/apps/validation,
// pkg/apis/batch/validation, pkg/apis/policy/validation, pkg/apis/scheduling/validation and the
// v1 defaults), checked on manifests as a user would paste them.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { cronJobManifest } from '../../../src/scenario/schema/cronjob.js';
import { daemonSetManifest } from '../../../src/scenario/schema/daemonset.js';
import { jobManifest } from '../../../src/scenario/schema/job.js';
import { pdbManifest } from '../../../src/scenario/schema/pdb.js';
import { priorityClassManifest } from '../../../src/scenario/schema/priority-class.js';
import { replicaSetManifest } from '../../../src/scenario/schema/replicaset.js';
import { statefulSetManifest } from '../../../src/scenario/schema/statefulset.js';

const template = (restartPolicy?: string) => ({
  metadata: { labels: { app: 'x' } },
  spec: { ...(restartPolicy ? { restartPolicy } : {}), containers: [{ name: 'c', image: 'busybox' }] },
});
const issues = (schema: z.ZodType, v: unknown) => {
  const r = schema.safeParse(v);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const ds = (spec: Record<string, unknown> = {}) => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'agent' },
  spec: { selector: { matchLabels: { app: 'x' } }, template: template(), ...spec },
});

describe('DaemonSet', () => {
  it('defaults to RollingUpdate with maxUnavailable 1', () => {
    const d = daemonSetManifest.parse(ds({ updateStrategy: { rollingUpdate: {} } }));
    expect(d.spec.updateStrategy).toEqual({ type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 0 } });
  });
  it.each([
    ['selector mismatch', ds({ selector: { matchLabels: { app: 'y' } } }), 'spec.selector: `selector` does not match template `labels`'],
    ['empty selector', ds({ selector: {} }), 'spec.selector: empty selector is invalid for daemonset'],
    [
      'restartPolicy Never',
      ds({ template: template('Never') }),
      'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"',
    ],
    [
      'both surge and unavailable',
      ds({ updateStrategy: { rollingUpdate: { maxSurge: 1, maxUnavailable: 1 } } }),
      'spec.updateStrategy.rollingUpdate.maxSurge: may not be set when maxUnavailable is non-zero',
    ],
    [
      'neither',
      ds({ updateStrategy: { rollingUpdate: { maxSurge: '0%', maxUnavailable: 0 } } }),
      'spec.updateStrategy.rollingUpdate.maxUnavailable: cannot be 0 when maxSurge is 0',
    ],
    [
      'over 100 %',
      ds({ updateStrategy: { rollingUpdate: { maxUnavailable: '150%' } } }),
      'spec.updateStrategy.rollingUpdate.maxUnavailable: must not be greater than 100%',
    ],
  ])('%s', (_n, m, msg) => {
    expect(issues(daemonSetManifest, m)).toContain(msg);
  });
});

describe('StatefulSet and ReplicaSet', () => {
  const ss = (spec: Record<string, unknown> = {}) => ({
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'web' },
    spec: { serviceName: 'web', selector: { matchLabels: { app: 'x' } }, template: template(), ...spec },
  });
  it('defaults', () => {
    const s = statefulSetManifest.parse(ss({ updateStrategy: { rollingUpdate: {} } }));
    expect(s.spec).toMatchObject({
      replicas: 1,
      podManagementPolicy: 'OrderedReady',
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 0 } },
    });
  });
  it.each([
    [
      'rollingUpdate with OnDelete',
      ss({ updateStrategy: { type: 'OnDelete', rollingUpdate: { partition: 1 } } }),
      "spec.updateStrategy.rollingUpdate: only allowed for updateStrategy 'RollingUpdate'",
    ],
    [
      'negative partition',
      ss({ updateStrategy: { rollingUpdate: { partition: -1 } } }),
      'spec.updateStrategy.rollingUpdate.partition: must be greater than or equal to 0',
    ],
    [
      'bad policy',
      ss({ podManagementPolicy: 'Random' }),
      'spec.podManagementPolicy: Invalid option: expected one of "OrderedReady"|"Parallel"',
    ],
  ])('%s', (_n, m, msg) => {
    expect(issues(statefulSetManifest, m)).toContain(msg);
  });
  it('ReplicaSet checks its selector', () => {
    const rs = {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'rs' },
      spec: { replicas: 2, selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['y'] }] }, template: template() },
    };
    expect(issues(replicaSetManifest, rs)).toEqual(['spec.selector: `selector` does not match template `labels`']);
  });
});

describe('Job', () => {
  const job = (spec: Record<string, unknown> = {}) => ({
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'pi' },
    spec: { template: template('Never'), ...spec },
  });
  it.each<[string, Record<string, unknown>, number | undefined, number]>([
    ['neither completions nor parallelism', {}, 1, 1],
    ['parallelism only: work queue', { parallelism: 3 }, undefined, 3],
    ['completions only', { completions: 5 }, 5, 1],
  ])('SetDefaults_Job: %s', (_n, spec, completions, parallelism) => {
    const j = jobManifest.parse(job(spec));
    expect(j.spec.completions).toBe(completions);
    expect(j.spec.parallelism).toBe(parallelism);
    expect(j.spec.backoffLimit).toBe(6);
    expect(j.spec.completionMode).toBe('NonIndexed');
  });
  it.each([
    [
      'restartPolicy Always',
      { template: template() },
      'spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"',
    ],
    [
      'Indexed without completions',
      { completionMode: 'Indexed', parallelism: 2 },
      'spec.completions: when completion mode is Indexed, completions is required',
    ],
    ['activeDeadlineSeconds 0', { activeDeadlineSeconds: 0 }, 'spec.activeDeadlineSeconds: must be greater than 0'],
    ['negative backoffLimit', { backoffLimit: -1 }, 'spec.backoffLimit: must be greater than or equal to 0'],
  ])('%s', (_n, spec, msg) => {
    expect(issues(jobManifest, job(spec))).toContain(msg);
  });
});

describe('CronJob', () => {
  const cj = (spec: Record<string, unknown> = {}, name = 'hello') => ({
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name },
    spec: { schedule: '*/5 * * * *', jobTemplate: { spec: { template: template('OnFailure') } }, ...spec },
  });
  it('defaults', () => {
    expect(cronJobManifest.parse(cj()).spec).toMatchObject({
      concurrencyPolicy: 'Allow',
      suspend: false,
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 1,
      jobTemplate: { spec: { completions: 1, parallelism: 1 } },
    });
  });
  it.each([
    ['bad schedule', cj({ schedule: '61 * * * *' }), 'spec.schedule: end of range (61) above maximum (59): 61'],
    [
      'TZ in the schedule',
      cj({ schedule: 'TZ=UTC 0 * * * *' }),
      'spec.schedule: cannot use TZ or CRON_TZ in schedule, use timeZone field instead',
    ],
    ['long name', cj({}, 'a'.repeat(53)), 'metadata.name: must be no more than 52 characters'],
    [
      'template restartPolicy',
      cj({ jobTemplate: { spec: { template: template() } } }),
      'spec.jobTemplate.spec.template.spec.restartPolicy: Unsupported value: "Always": supported values: "OnFailure", "Never"',
    ],
  ])('%s', (_n, m, msg) => {
    expect(issues(cronJobManifest, m)).toContain(msg);
  });
});

describe('PodDisruptionBudget and PriorityClass', () => {
  const pdb = (spec: Record<string, unknown>) => ({
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: 'web' },
    spec,
  });
  it('PDB', () => {
    expect(pdbManifest.parse(pdb({ minAvailable: '50%', selector: { matchLabels: { app: 'x' } } })).spec.unhealthyPodEvictionPolicy).toBe(
      'IfHealthyBudget',
    );
    expect(issues(pdbManifest, pdb({ minAvailable: 1, maxUnavailable: 1 }))).toEqual([
      'spec: minAvailable and maxUnavailable cannot be both set',
    ]);
    expect(issues(pdbManifest, pdb({ maxUnavailable: '101%' }))).toEqual(['spec.maxUnavailable: must not be greater than 100%']);
    expect(issues(pdbManifest, pdb({ minAvailable: -1 }))).not.toEqual([]);
  });
  const pc = (name: string, value: number, extra: Record<string, unknown> = {}) => ({
    apiVersion: 'scheduling.k8s.io/v1',
    kind: 'PriorityClass',
    metadata: { name },
    value,
    ...extra,
  });
  it('PriorityClass', () => {
    expect(priorityClassManifest.parse(pc('high', 1000))).toMatchObject({ globalDefault: false, preemptionPolicy: 'PreemptLowerPriority' });
    expect(issues(priorityClassManifest, pc('huge', 1_000_000_001))).toEqual([
      'value: maximum allowed value of a user defined priority is 1000000000',
    ]);
    expect(issues(priorityClassManifest, pc('system-mine', 10))).toEqual([
      "metadata.name: priority class names with 'system-' prefix are reserved",
    ]);
    expect(issues(priorityClassManifest, pc('system-node-critical', 2000001000))).toEqual([]);
    expect(issues(priorityClassManifest, pc('system-node-critical', 5))).toHaveLength(1);
  });
});
