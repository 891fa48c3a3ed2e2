// Real-shaped manifest bundles (helm template output, release manifests, kubectl get -o yaml)
// run through the in-process CLI with exit 0 and the expected pods.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir, writeTemp } from '../helpers/tmp.js';

interface PodRow { name: string; phase: string; node: string | null }

async function runBundle(text: string, ...flags: string[]) {
  const dir = tempDir();
  const file = writeTemp('bundle.yaml', text, dir);
  const out = join(dir, 'out');
  const r = await cli('run', file, '--out', out, '--quiet', ...flags);
  const pods = r.code === 0 ? (JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { pods: PodRow[] }).pods : [];
  return { ...r, file, pods };
}

const running = (pods: PodRow[], prefix: string) => pods.filter((p) => p.name.startsWith(`${prefix}-`) && p.phase === 'Running').length;

const scenarioDoc = (name: string) => `apiVersion: kubetwin.io/v1alpha1
kind: Scenario
metadata:
  name: ${name}
spec:
  duration: 30s
  sampleInterval: 10s
`;

const node = (name: string, extra = '') => `apiVersion: v1
kind: Node
metadata:
  name: ${name}${extra}
status:
  capacity: { cpu: "4", memory: 8Gi }
`;

const deployment = (name: string, replicas: number, podSpecExtra = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  labels: { app.kubernetes.io/name: ${name} }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:${podSpecExtra}
      containers:
        - name: server
          image: example/${name}:1.0
          resources:
            requests: { cpu: 100m, memory: 64Mi }
            limits: { cpu: 200m, memory: 64Mi }
`;

describe('helm template output', () => {
  // What `helm template` prints: every template under a `# Source:` comment, and a template that
  // renders to nothing as a document holding only that comment (or nothing at all).
  const helm = `---
# Source: shop/templates/scenario.yaml
${scenarioDoc('helm-shop')}---
# Source: shop/templates/serviceaccount.yaml
# (disabled: serviceAccount.create=false)
---
# Source: shop/templates/node.yaml
${node('node-1')}---
# Source: shop/templates/hpa.yaml
---
---
# Source: shop/templates/deployment.yaml
${deployment('shop', 3)}---
# Source: shop/templates/tests/empty.yaml
null
---
`;

  it('ignores empty and comment-only documents, and runs', async () => {
    const r = await runBundle(helm);
    expect(r.stderr).not.toMatch(/expected an object/);
    expect(r.code).toBe(0);
    expect(running(r.pods, 'shop')).toBe(3);
  });

  it('validate counts only the real objects', async () => {
    const dir = tempDir();
    const file = writeTemp('helm.yaml', helm, dir);
    const r = await cli('validate', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ok \(2 objects, 0 timeline entries\)/);
  });
});
