// Small pieces of the kubelet component: the exact state timeline, which app runs in which
// container, and the app-target checks.
import { describe, expect, it } from 'vitest';
import { AppCatalog, appTargetProblems } from '../../../src/features/kubelet/apps.js';
import { appsSection } from '../../../src/features/kubelet/schema.js';
import { notServingMs } from '../../../src/features/kubelet/serving-time.js';
import { ContainerTimeline } from '../../../src/features/kubelet/timeline.js';
import { appSpecSchema } from '../../../src/load/app/schema.js';
import type { PodObject } from '../../../src/model/types.js';

describe('container timeline', () => {
  it('keeps the last of several changes at one instant and merges repeats', () => {
    const t = new ContainerTimeline();
    t.note('p.c', 0, 'ContainerCreating');
    t.note('p.c', 0, 'Running, not ready');
    t.note('p.c', 5000, 'Running, ready');
    t.note('p.c', 9000, 'Terminated: Error');
    t.note('p.c', 9000, 'Running, ready'); // killed and restarted in the same instant: no gap
    t.note('p.c', 12_000, 'Running, ready');
    t.close('p.c', 20_000);
    expect(t.segments(60_000)).toEqual([
      { object: 'p.c', from: 0, to: 5000, state: 'Running, not ready' },
      { object: 'p.c', from: 5000, to: 20_000, state: 'Running, ready' },
    ]);
  });

  it('runs the last segment of a live container to the end of the run', () => {
    const t = new ContainerTimeline();
    t.note('a.x', 1000, 'CrashLoopBackOff');
    expect(t.segments(30_000)).toEqual([{ object: 'a.x', from: 1000, to: 30_000, state: 'CrashLoopBackOff' }]);
  });
});

const pod = (name: string, owner?: string): PodObject => ({
  name,
  namespace: 'default',
  uid: 'u',
  labels: {},
  annotations: {},
  ownerRef: owner ? { kind: 'Deployment', name: owner } : undefined,
  spec: {} as PodObject['spec'],
});

describe('app catalog', () => {
  const entries = appsSection.parse([
    { target: 'deployment/web', startupTime: '5s' },
    { target: 'deployment/web', container: 'side', startupTime: '9s', shutdownTime: '3s' },
    { target: 'pod/solo', responseTime: '50ms' },
  ]);
  const catalog = new AppCatalog(entries, () => 1000);

  it('matches pods by owning Deployment, a container-specific entry first', () => {
    expect(catalog.forContainer(pod('web-abc-1', 'web'), 'app')).toMatchObject({ spec: { startupTime: 5000 }, shutdownMs: 1000 });
    expect(catalog.forContainer(pod('web-abc-1', 'web'), 'side')).toMatchObject({ spec: { startupTime: 9000 }, shutdownMs: 3000 });
  });

  it('matches a bare Pod by name; anything else gets the always-healthy default', () => {
    expect(catalog.forContainer(pod('solo'), 'c').spec.responseTime).toBe(50);
    expect(catalog.forContainer(pod('web'), 'app').spec).toEqual(appSpecSchema.parse({}));
  });

  it('reports targets and containers that do not exist', () => {
    const hosts = [
      { kind: 'Deployment', name: 'web', containers: ['app', 'side'] },
      { kind: 'Pod', name: 'solo', containers: ['c'] },
    ];
    const bad = appsSection.parse([{ target: 'deployment/api' }, { target: 'pod/solo', container: 'd' }, { target: 'pod/solo' }]);
    expect(appTargetProblems(bad, hosts)).toEqual([
      { index: 0, field: 'target', message: 'no Deployment named "api"; the scenario\'s Deployment objects: web' },
      { index: 1, field: 'container', message: 'Pod "solo" has no container "d" (containers: c)' },
    ]);
  });
});

describe('time an app does not answer', () => {
  const app = appSpecSchema.parse({
    startupTime: '2s',
    phases: [
      { after: '60s', hang: true, for: '10s' },
      { at: '100s', for: '5s', error: 500 },
    ],
  });
  it('adds up startup, hangs and errors inside the interval, exactly', () => {
    expect(notServingMs(app, 0, 0, 120_000)).toBe(2000 + 10_000 + 5000);
    expect(notServingMs(app, 0, 65_000, 102_000)).toBe(5000 + 2000);
    expect(notServingMs(app, 0, 10_000, 50_000)).toBe(0);
  });
});
