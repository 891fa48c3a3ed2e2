// A tiny scenario whose outcome depends on the seed (the scheduler breaks ties between equal nodes
// at random), and study files over it, written to a temporary folder.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../helpers/tmp.js';

const node = (name: string, cpu = '4') => `---
apiVersion: v1
kind: Node
metadata: { name: ${name} }
status:
  capacity: { cpu: "${cpu}", memory: 8Gi }
`;

const pod = (name: string, cpu = '500m') => `---
apiVersion: v1
kind: Pod
metadata: { name: ${name} }
spec:
  containers:
    - name: app
      image: nginx
      resources:
        requests: { cpu: ${cpu}, memory: 256Mi }
`;

export const TIE_SCENARIO = `apiVersion: kubetwin.io/v1alpha1
kind: Scenario
metadata:
  name: ties
spec:
  seed: 5
  duration: 30s
  sampleInterval: 10s
  timeline:
    - at: 10s
      create:
        apiVersion: v1
        kind: Pod
        metadata: { name: late }
        spec:
          containers:
            - name: app
              image: nginx
              resources:
                requests: { cpu: "1", memory: 256Mi }
${node('node-a')}${node('node-b')}${node('node-c')}${pod('p1')}${pod('p2')}${pod('p3')}${pod('p4')}`;

/** A study over TIE_SCENARIO: `points` grid points × `replications`; `extra` is appended to spec. */
export function tieStudy(opts: { cpus?: number[]; pods?: string[]; replications?: number; extra?: string } = {}): string {
  const cpus = opts.cpus ?? [2, 4];
  const pods = opts.pods ?? ['500m', '1'];
  return `apiVersion: kubetwin.io/v1alpha1
kind: Study
metadata: { name: ties-study }
spec:
  description: Where do equal pods land?
  scenario: ties.yaml
  replications: ${opts.replications ?? 3}
  parameters:
    cpu: node/node-a.status.capacity.cpu
    podCpu: pod/p1.spec.containers[0].resources.requests.cpu
  grid:
    cpu: [${cpus.join(', ')}]
    podCpu: [${pods.map((p) => JSON.stringify(p)).join(', ')}]
  metrics:
    - name: pods_on_a
      path: nodes[name=node-a].pods[*]
      aggregate: count
    - name: requested_a
      path: nodes[name=node-a].cpuRequestedMilli
    - name: late_wait_s
      path: pods[name=late].scheduled_s
    - name: all_expected
      expectation: '*'
${opts.extra ?? '  charts:\n    - { metric: pods_on_a, x: cpu }\n'}`;
}

/** Writes the scenario and a study into a fresh folder; returns the study path. */
export function writeStudy(study: string, dir = tempDir('kubetwin-sweep-'), scenario = TIE_SCENARIO): string {
  writeFileSync(join(dir, 'ties.yaml'), scenario);
  const file = join(dir, 'ties.study.yaml');
  writeFileSync(file, study);
  return file;
}
