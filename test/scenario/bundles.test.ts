// Real-shaped manifest bundles (helm template output, release manifests, kubectl get -o yaml)
// run through the in-process CLI with exit 0 and the expected pods.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir, writeTemp } from '../helpers/tmp.js';

interface PodRow {
  name: string;
  phase: string;
  node: string | null;
}

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

describe('a multi-service release manifest', () => {
  // The shape of a microservice demo's release manifest: per service a ServiceAccount, a
  // Deployment and a Service, plus shared ConfigMaps, a Secret, RBAC, an Ingress, a NetworkPolicy,
  // a CRD and a custom resource.
  const service = (name: string) => `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${name}
---
${deployment(name, 2, `\n      serviceAccountName: ${name}`)}---
apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  type: ClusterIP
  selector: { app: ${name} }
  ports: [{ name: grpc, port: 5050, targetPort: 5050 }]
---
`;
  const release = `${scenarioDoc('release')}---
${node('node-1')}---
${node('node-2')}---
${['frontend', 'cart', 'checkout'].map(service).join('')}apiVersion: v1
kind: ConfigMap
metadata: { name: shop-config }
data: { LOG_LEVEL: info }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: shop-flags }
data: { FEATURE_X: "on" }
---
apiVersion: v1
kind: Secret
metadata: { name: shop-db }
type: Opaque
stringData: { password: hunter2 }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: reader }
rules: [{ apiGroups: [""], resources: [pods], verbs: [get, list] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: reader }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader }
subjects: [{ kind: ServiceAccount, name: frontend }]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata: { name: frontend }
spec:
  rules: [{ http: { paths: [{ path: /, pathType: Prefix, backend: { service: { name: frontend, port: { number: 5050 } } } }] } }]
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: deny-all }
spec: { podSelector: {}, policyTypes: [Ingress] }
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: widgets.example.com }
spec: { group: example.com, names: { kind: Widget, plural: widgets }, scope: Namespaced, versions: [] }
---
apiVersion: example.com/v1
kind: Widget
metadata: { name: w1 }
spec: { size: 3 }
`;

  it('runs with exit 0: every Deployment gets its pods', async () => {
    const r = await runBundle(release);
    expect(r.code).toBe(0);
    for (const d of ['frontend', 'cart', 'checkout']) expect(running(r.pods, d)).toBe(2);
    expect(r.pods).toHaveLength(6);
  });

  it('lists each kind it does not simulate once, with how many objects', async () => {
    const r = await runBundle(release);
    const notSimulated = r.stderr.split('\n').filter((l) => / is not simulated: /.test(l));
    expect(notSimulated.map((l) => /kind: (\w+) is not simulated/.exec(l)?.[1]).sort()).toEqual([
      'ConfigMap',
      'CustomResourceDefinition',
      'Ingress',
      'NetworkPolicy',
      'Role',
      'RoleBinding',
      'Secret',
      'ServiceAccount',
      'Widget',
    ]);
    expect(r.stderr).toMatch(
      /bundle\.yaml:\d+:\d+ warning: kind: ServiceAccount is not simulated: 3 objects accepted and ignored \(frontend, cart, checkout\)/,
    );
    expect(r.stderr).toMatch(/ConfigMap is not simulated: 2 objects accepted and ignored \(shop-config, shop-flags\)/);
    expect(r.stderr).toMatch(/Widget is not simulated: 1 object accepted/);
  });

  it('--strict makes them errors: exit 2, nothing run', async () => {
    const r = await runBundle(release, '--strict');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bundle\.yaml:\d+:\d+ kind: ConfigMap is not simulated/);
    expect(r.stderr).toMatch(/\d+ problems found; nothing was run/);
    const dir = tempDir();
    const v = await cli('validate', '--strict', writeTemp('b.yaml', release, dir));
    expect(v.code).toBe(2);
    expect((await cli('validate', writeTemp('c.yaml', release, dir))).code).toBe(0);
  });

  it('a timeline may create an object of a kind that is not simulated', async () => {
    const withCreate = release.replace(
      '  sampleInterval: 10s\n',
      '  sampleInterval: 10s\n  timeline:\n    - { at: 10s, create: { apiVersion: batch/v1beta1, kind: PodSecurityPolicy, metadata: { name: psp } } }\n',
    );
    const r = await runBundle(withCreate);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/timeline\[0\]\.create\.kind: PodSecurityPolicy is not simulated: 1 object accepted and ignored \(psp\)/);
    expect(r.pods).toHaveLength(6);
  });

  it('a kind one typo from a simulated kind stays an error with a suggestion', async () => {
    const r = await runBundle(release.replace('kind: Deployment', 'kind: Deploymnet'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kind: unknown kind "Deploymnet" \(did you mean "Deployment"\?\)/);
  });

  it('an object without apiVersion or metadata.name is an error', async () => {
    const noName = await runBundle(release.replace('metadata: { name: shop-db }', 'metadata: {}'));
    expect(noName.code).toBe(2);
    expect(noName.stderr).toMatch(/metadata\.name: metadata\.name is required/);
    const noVersion = await runBundle(release.replace('apiVersion: networking.k8s.io/v1\nkind: Ingress', 'kind: Ingress'));
    expect(noVersion.code).toBe(2);
    expect(noVersion.stderr).toMatch(/apiVersion: apiVersion is required/);
  });
});

describe('kubectl get -A -o yaml output', () => {
  // A `kind: List` as kubectl prints it: server-set metadata and status on every item.
  const server = (uid: string) => `
    creationTimestamp: "2026-11-30T10:00:00Z"
    resourceVersion: "48213"
    uid: ${uid}
    managedFields:
    - apiVersion: v1
      fieldsType: FieldsV1
      fieldsV1: { f:metadata: { f:labels: {} } }
      manager: kubectl-client-side-apply
      operation: Update
      time: "2026-11-30T10:00:00Z"`;
  const list = `${scenarioDoc('kubectl-list')}---
apiVersion: v1
kind: List
metadata:
  resourceVersion: ""
items:
- apiVersion: v1
  kind: Namespace
  metadata:
    name: shop${server('0a1b')}
  spec: { finalizers: [kubernetes] }
  status: { phase: Active }
- apiVersion: v1
  kind: Node
  metadata:
    name: worker-1
    labels: { kubernetes.io/hostname: worker-1, node.kubernetes.io/instance-type: m5.large }${server('1c2d')}
  spec: { podCIDR: 10.244.1.0/24, providerID: aws:///eu-west-1a/i-0abc }
  status:
    capacity: { cpu: "2", memory: 8010948Ki, pods: "110", ephemeral-storage: 81106868Ki }
    allocatable: { cpu: 1930m, memory: 7291972Ki, pods: "110" }
    conditions:
    - { type: Ready, status: "True", reason: KubeletReady, lastHeartbeatTime: "2026-11-30T10:00:00Z", lastTransitionTime: "2026-11-30T09:00:00Z", message: kubelet is posting ready status }
    addresses: [{ type: InternalIP, address: 10.0.1.12 }, { type: Hostname, address: worker-1 }]
    nodeInfo: { architecture: amd64, operatingSystem: linux, kubeletVersion: v1.28.5, containerRuntimeVersion: "containerd://1.7.11" }
- apiVersion: apps/v1
  kind: Deployment
  metadata:
    name: api
    namespace: shop
    generation: 3
    annotations: { deployment.kubernetes.io/revision: "3" }${server('2e3f')}
  spec:
    replicas: 3
    revisionHistoryLimit: 10
    progressDeadlineSeconds: 600
    selector: { matchLabels: { app: api } }
    strategy: { type: RollingUpdate, rollingUpdate: { maxSurge: 25%, maxUnavailable: 25% } }
    template:
      metadata:
        creationTimestamp: null
        labels: { app: api }
      spec:
        containers:
        - name: api
          image: example/api:3
          imagePullPolicy: IfNotPresent
          resources: { requests: { cpu: 250m, memory: 128Mi }, limits: { memory: 128Mi } }
          terminationMessagePath: /dev/termination-log
          terminationMessagePolicy: File
        dnsPolicy: ClusterFirst
        restartPolicy: Always
        schedulerName: default-scheduler
        securityContext: {}
        terminationGracePeriodSeconds: 30
  status:
    availableReplicas: 3
    observedGeneration: 3
    readyReplicas: 3
    replicas: 3
    conditions: [{ type: Available, status: "True", reason: MinimumReplicasAvailable }]
- apiVersion: v1
  kind: ConfigMap
  metadata:
    name: kube-root-ca.crt
    namespace: shop${server('3a4b')}
  data: { ca.crt: "-----BEGIN CERTIFICATE-----" }
`;

  it('runs with exit 0 and the Deployment pods; status and managedFields are ignored', async () => {
    const r = await runBundle(list);
    expect(r.code).toBe(0);
    expect(running(r.pods, 'api')).toBe(3);
    expect(r.pods.every((p) => p.node === 'worker-1')).toBe(true);
    expect(r.stderr).toMatch(/Namespace is not simulated: 1 object/);
    expect(r.stderr).toMatch(/ConfigMap is not simulated: 1 object/);
    expect(r.stderr).not.toMatch(/unknown field/);
  });
});

describe("the kubelet's well-known node labels", () => {
  // The most common nodeSelector in public charts.
  const selector = (labels: string) => `\n      nodeSelector: { ${labels} }`;

  it('a Deployment selecting kubernetes.io/os: linux runs on a hand-written Node', async () => {
    const r = await runBundle(
      `${scenarioDoc('os-selector')}---\n${node('node-1')}---\n${deployment('web', 2, selector('kubernetes.io/os: linux, kubernetes.io/arch: amd64'))}`,
    );
    expect(r.code).toBe(0);
    expect(running(r.pods, 'web')).toBe(2);
  });

  it('and on node pool nodes', async () => {
    const pools = scenarioDoc('pool-selector').replace(
      'sampleInterval: 10s',
      'sampleInterval: 10s\n  nodePools: [{ name: pool, count: 2, capacity: { cpu: "2", memory: 4Gi } }]',
    );
    const r = await runBundle(
      `${pools}---\n${deployment('web', 2, selector('beta.kubernetes.io/os: linux, kubernetes.io/hostname: pool-2'))}`,
    );
    expect(r.code).toBe(0);
    expect(running(r.pods, 'web')).toBe(2);
    expect(r.pods.every((p) => p.node === 'pool-2')).toBe(true);
  });

  it('a label the manifest sets wins over the default', async () => {
    const arm = node('node-1', '\n  labels: { kubernetes.io/arch: arm64 }');
    const r = await runBundle(`${scenarioDoc('arm')}---\n${arm}---\n${deployment('web', 1, selector('kubernetes.io/arch: amd64'))}`);
    expect(r.code).toBe(0);
    expect(running(r.pods, 'web')).toBe(0);
    expect(r.pods.map((p) => p.phase)).toEqual(['Pending']);
  });
});

describe('memory request ≠ limit', () => {
  it('is one note per run counting the containers, in Kubernetes units', async () => {
    const differ = (name: string, req: string, lim: string) =>
      deployment(name, 1)
        .replace('limits: { cpu: 200m, memory: 64Mi }', `limits: { cpu: 200m, memory: ${lim} }`)
        .replace('requests: { cpu: 100m, memory: 64Mi }', `requests: { cpu: 100m, memory: ${req} }`);
    const text = `${scenarioDoc('mem')}---\n${node('node-1')}---\n${differ('a', '64Mi', '128Mi')}---\n${differ('b', '100M', '1Gi')}---\n${differ('c', '1536Mi', '2Gi')}---\n${deployment('same', 1)}`;
    const r = await runBundle(text);
    expect(r.code).toBe(0);
    const notes = r.stderr.split('\n').filter((l) => /memory request/.test(l));
    expect(notes).toEqual([
      expect.stringMatching(
        /bundle\.yaml:\d+:\d+ warning: spec\.template\.spec\.containers\[0\]\.resources: 3 containers have a memory request that differs from its memory limit \(first: Deployment a container server: request 64Mi, limit 128Mi\); setting them equal avoids OOM kills under node memory pressure$/,
      ),
    ]);
    expect(r.stderr).not.toMatch(/\d B\b/);
    expect(running(r.pods, 'a') + running(r.pods, 'b') + running(r.pods, 'c') + running(r.pods, 'same')).toBe(4);
  });
});
