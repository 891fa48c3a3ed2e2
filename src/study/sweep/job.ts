// `kubetwin sweep <study> --emit-k8s-job`: a batch/v1 Job in Indexed completion mode that runs the
// study as N shards — pod i runs `kubetwin sweep --shard i/N` with i = $JOB_COMPLETION_INDEX, the
// index Kubernetes gives each pod of an Indexed Job — and writes to a shared volume, from which
// `kubetwin merge` joins the shard folders. Kubernetes is the scheduler; kubetwin needs no broker.
import { basename } from 'node:path';
import { stringify } from 'yaml';
import { sha256 } from './expand.js';
import type { ResolvedStudy } from './types.js';

export interface JobOptions {
  /** The study file as given on the command line (its file name is used inside the pod). */
  studyFile: string;
  study: ResolvedStudy;
  /** Number of shards = completions. */
  shards: number;
  /** Pods at once (default: all shards). */
  parallelism?: number;
  /** Worker threads per pod (and its CPU request). */
  workers?: number;
  image?: string;
  /** ConfigMap holding the study file and its base scenario (mounted at /study). */
  configMap?: string;
  /** PersistentVolumeClaim for the results (mounted at /results; ReadWriteMany when pods share it). */
  claim?: string;
}

export const DEFAULT_IMAGE = 'ghcr.io/kubetwin/kubetwin:0.1.0';
export const STUDY_MOUNT = '/study';
export const RESULTS_MOUNT = '/results';

/** The shell command each pod runs; JOB_COMPLETION_INDEX is set by the Job controller (Indexed mode). */
export const SHARD_COMMAND =
  'exec kubetwin sweep "$STUDY" --shard "$JOB_COMPLETION_INDEX/$SHARDS" --workers "$WORKERS" ' +
  '--out "$RESULTS/shard-$JOB_COMPLETION_INDEX"';

/**
 * k8s v1.28 pkg/apis/batch/validation ValidateJob: an Indexed Job's pods get the hostname
 * `<job name>-<index>`, which must be a DNS-1123 label (≤ 63 characters); shorten with a hash.
 */
export function jobName(study: string, completions: number): string {
  const name = `kubetwin-sweep-${study}`;
  const room = 63 - `-${completions - 1}`.length;
  if (name.length <= room) return name;
  const hash = sha256(name).slice(0, 8);
  return `${name.slice(0, room - hash.length - 1).replace(/-+$/, '')}-${hash}`;
}

export function k8sJob(opts: JobOptions): Record<string, unknown> {
  const { study, shards } = opts;
  const parallelism = Math.min(opts.parallelism ?? shards, shards);
  const workers = opts.workers ?? 1;
  const labels = { 'app.kubernetes.io/name': 'kubetwin', 'app.kubernetes.io/component': 'sweep', 'kubetwin.io/study': study.name };
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: jobName(study.name, shards), labels, annotations: { 'kubetwin.io/study-fingerprint': study.fingerprint } },
    spec: {
      completionMode: 'Indexed',
      completions: shards,
      parallelism,
      // A failed pod is replaced with the same index; a re-run shard skips the points it already wrote.
      backoffLimit: Math.max(6, 2 * shards),
      template: {
        metadata: { labels: { ...labels } },
        spec: {
          restartPolicy: 'Never',
          containers: [
            {
              name: 'sweep',
              image: opts.image ?? DEFAULT_IMAGE,
              workingDir: STUDY_MOUNT,
              command: ['sh', '-c', SHARD_COMMAND],
              env: [
                { name: 'STUDY', value: `${STUDY_MOUNT}/${basename(opts.studyFile)}` },
                { name: 'SHARDS', value: String(shards) },
                { name: 'WORKERS', value: String(workers) },
                { name: 'RESULTS', value: RESULTS_MOUNT },
              ],
              resources: { requests: { cpu: String(workers), memory: `${workers}Gi` }, limits: { memory: `${2 * workers}Gi` } },
              volumeMounts: [
                { name: 'study', mountPath: STUDY_MOUNT, readOnly: true },
                { name: 'results', mountPath: RESULTS_MOUNT },
              ],
            },
          ],
          volumes: [
            { name: 'study', configMap: { name: opts.configMap ?? `kubetwin-study-${study.name}` } },
            { name: 'results', persistentVolumeClaim: { claimName: opts.claim ?? 'kubetwin-results' } },
          ],
        },
      },
    },
  };
}

/** The Job as YAML, with the commands around it as a comment header. */
export function k8sJobYaml(opts: JobOptions, scenarioFile: string): string {
  const job = k8sJob(opts);
  const name = (job.metadata as { name: string }).name;
  const volumes = (
    job.spec as { template: { spec: { volumes: Array<{ configMap?: { name: string }; persistentVolumeClaim?: { claimName: string } }> } } }
  ).template.spec.volumes;
  const cm = volumes[0].configMap!.name;
  const claim = volumes[1].persistentVolumeClaim!.claimName;
  const header = [
    `# kubetwin study "${opts.study.name}": ${opts.study.points.length} points in ${opts.shards} shards (Indexed Job; pod i runs shard i/${opts.shards}).`,
    '# 1. The study and its base scenario, mounted at /study (they must sit side by side: the study names the scenario relatively):',
    `#      kubectl create configmap ${cm} --from-file=${opts.studyFile} --from-file=${scenarioFile}`,
    `# 2. A PersistentVolumeClaim "${claim}" (ReadWriteMany when pods run on several nodes), then:`,
    `#      kubectl apply -f job.yaml && kubectl wait --for=condition=complete job/${name} --timeout=24h`,
    `# 3. Collect /results (e.g. kubectl cp from a pod that mounts the claim) and merge the shard folders:`,
    `#      kubetwin merge results/shard-* --out reports/${opts.study.name}`,
  ];
  if (/[\\/]/.test(opts.study.scenario)) {
    header.splice(
      3,
      0,
      `#    Note: the study names its scenario "${opts.study.scenario}"; in the pod it must be /study/${basename(opts.study.scenario)} — put the two files side by side.`,
    );
  }
  return `${header.join('\n')}\n${stringify(job, { lineWidth: 0 })}`;
}
