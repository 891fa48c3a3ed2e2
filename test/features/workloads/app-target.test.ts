// Which scripted app a workload's pod runs: the kubetwin.io/app-target annotation the workload
// controllers set (e.g. a CronJob's name on the pods of its Jobs) selects the `spec.apps` entry.
import { describe, expect, it } from 'vitest';
import { AppCatalog } from '../../../src/features/kubelet/apps.js';
import { appEntrySchema } from '../../../src/features/kubelet/schema.js';
import type { PodObject } from '../../../src/model/types.js';

const pod = (name: string, annotations: Record<string, string>, ownerRef?: { kind: string; name: string }): PodObject => ({
  name,
  namespace: 'default',
  uid: name,
  labels: {},
  annotations,
  ownerRef,
  spec: {} as PodObject['spec'],
});

describe('spec.apps for workload pods', () => {
  const entries = [
    appEntrySchema.parse({ target: 'cronjob/report', phases: [{ after: '45s', exit: 0 }] }),
    appEntrySchema.parse({ target: 'job/pi', container: 'pi', phases: [{ after: '30s', exit: 0 }] }),
  ];
  const catalog = new AppCatalog(entries);
  it('finds the CronJob entry for a pod of one of its Jobs', () => {
    const app = catalog.forContainer(
      pod('report-1-abcde', { 'kubetwin.io/app-target': 'CronJob/report' }, { kind: 'Job', name: 'report-1' }),
      'report',
    );
    expect(app.spec.phases.map((p) => p.effect)).toEqual([{ kind: 'exit', code: 0 }]);
  });
  it('finds a container-specific Job entry and falls back to the default app elsewhere', () => {
    const p = pod('pi-xyz12', { 'kubetwin.io/app-target': 'Job/pi' }, { kind: 'Job', name: 'pi' });
    expect(catalog.forContainer(p, 'pi').spec.phases).toHaveLength(1);
    expect(catalog.forContainer(p, 'sidecar').spec.phases).toHaveLength(0);
  });
  it('accepts workload kinds as targets and rejects kinds without pods', () => {
    expect(appEntrySchema.safeParse({ target: 'statefulset/web' }).success).toBe(true);
    const bad = appEntrySchema.safeParse({ target: 'poddisruptionbudget/web' });
    expect(bad.success).toBe(false);
  });
});
