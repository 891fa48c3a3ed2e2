// Bad kubelet input is rejected before anything runs (exit 2, file:line:col, the rule named):
// k8s v1.28 pkg/apis/core/validation/validation.go validateContainers — successThreshold must be 1
// for liveness and startup probes — and kubetwin's own `spec.apps` / `spec.kubelet` sections.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, minimalScenario, tempDir, writeTemp } from '../../helpers/tmp.js';

const livenessProbe = (successThreshold: number) => `      livenessProbe:
        httpGet: { path: /healthz, port: 8080 }
        successThreshold: ${successThreshold}
`;

async function runText(text: string) {
  const dir = tempDir();
  const file = writeTemp('s.yaml', text, dir);
  const out = join(dir, 'out');
  const r = await cli('run', file, '--out', out);
  return { ...r, file, wrote: existsSync(out) };
}

describe('probe validation (CLI)', () => {
  it('a liveness probe with successThreshold 2 exits 2 and names the rule', async () => {
    const r = await runText(minimalScenario(livenessProbe(2)));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `${r.file}:28:27 spec.containers[0].livenessProbe.successThreshold: successThreshold must be 1 for liveness and startup probes (Kubernetes validation)`,
    );
    expect(r.wrote).toBe(false);
  });

  it('successThreshold 1 (or left out) on a liveness probe runs', async () => {
    expect((await runText(minimalScenario(livenessProbe(1)))).code).toBe(0);
  });

  it('a startup probe with successThreshold 3 is rejected too', async () => {
    const r = await runText(minimalScenario('      startupProbe: { tcpSocket: { port: 80 }, successThreshold: 3 }\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('startupProbe.successThreshold: successThreshold must be 1 for liveness and startup probes');
  });
});

describe('spec.apps / spec.kubelet validation (CLI)', () => {
  it('an app for a pod that does not exist is reported at its target', async () => {
    const r = await runText(minimalScenario('', '\n  apps:\n    - target: pod/p2\n      startupTime: 5s'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${r.file}:9:15 spec.apps[0].target: no Pod named "p2"; the scenario's Pod objects: p1`);
  });

  it('an app for a container the pod does not have is reported at its container', async () => {
    const r = await runText(minimalScenario('', '\n  apps:\n    - target: pod/p1\n      container: sidecar'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('spec.apps[0].container: Pod "p1" has no container "sidecar" (containers: app)');
  });

  it('app fields are checked by the app model schema, unknown kubelet settings are refused', async () => {
    const r = await runText(
      minimalScenario('', '\n  apps: [{ target: node/node-1, phases: [{ after: 1s }] }]\n  kubelet: { fastForwad: false }'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'spec.apps[0].target: an app runs in a Pod or in the pods of a Deployment/ReplicaSet/DaemonSet/StatefulSet/Job/CronJob (e.g. deployment/<name>, job/<name>), not in a Node',
    );
    expect(r.stderr).toContain('a phase has exactly one effect');
    expect(r.stderr).toMatch(/spec\.kubelet.*fastForwad/);
  });
});
