// A checker for batch/v1 Job manifests, written for the test from Kubernetes v1.28: the API fields
// of Job, JobSpec, PodTemplateSpec, PodSpec, Container, EnvVar, VolumeMount, Volume
// (staging/src/k8s.io/api/batch/v1/types.go, core/v1/types.go) and the rules of
// pkg/apis/batch/validation/validation.go ValidateJob / validateJobSpec plus the pod-template
// checks the Job relies on (container names, volume references, absolute mount paths).

const FIELDS: Record<string, readonly string[]> = {
  Job: ['apiVersion', 'kind', 'metadata', 'spec', 'status'],
  ObjectMeta: ['name', 'generateName', 'namespace', 'labels', 'annotations', 'uid', 'resourceVersion', 'ownerReferences', 'finalizers'],
  JobSpec: [
    'activeDeadlineSeconds',
    'backoffLimit',
    'backoffLimitPerIndex',
    'completionMode',
    'completions',
    'manualSelector',
    'maxFailedIndexes',
    'parallelism',
    'podFailurePolicy',
    'podReplacementPolicy',
    'selector',
    'suspend',
    'template',
    'ttlSecondsAfterFinished',
  ],
  PodTemplateSpec: ['metadata', 'spec'],
  PodSpec: [
    'containers',
    'initContainers',
    'restartPolicy',
    'volumes',
    'nodeSelector',
    'serviceAccountName',
    'securityContext',
    'tolerations',
    'affinity',
    'terminationGracePeriodSeconds',
    'activeDeadlineSeconds',
    'priorityClassName',
    'imagePullSecrets',
  ],
  Container: [
    'name',
    'image',
    'command',
    'args',
    'workingDir',
    'env',
    'envFrom',
    'resources',
    'volumeMounts',
    'ports',
    'imagePullPolicy',
    'securityContext',
    'livenessProbe',
    'readinessProbe',
    'startupProbe',
    'stdin',
    'tty',
  ],
  EnvVar: ['name', 'value', 'valueFrom'],
  ResourceRequirements: ['limits', 'requests', 'claims'],
  VolumeMount: ['name', 'mountPath', 'readOnly', 'subPath', 'subPathExpr', 'mountPropagation'],
  Volume: ['name', 'configMap', 'persistentVolumeClaim', 'emptyDir', 'secret', 'hostPath', 'nfs', 'csi', 'projected', 'ephemeral'],
  ConfigMapVolumeSource: ['name', 'items', 'defaultMode', 'optional'],
  PersistentVolumeClaimVolumeSource: ['claimName', 'readOnly'],
};

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const MAX_PARALLELISM_INDEXED = 100_000;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

export function validateJob(job: unknown): string[] {
  const errs: string[] = [];
  const fields = (type: string, v: unknown, path: string) => {
    if (!isObj(v)) {
      errs.push(`${path}: expected an object`);
      return {} as Obj;
    }
    for (const k of Object.keys(v)) if (!FIELDS[type].includes(k)) errs.push(`${path}.${k}: unknown field of ${type}`);
    return v;
  };
  const nonNegInt = (v: unknown, path: string) => {
    if (v !== undefined && !(Number.isInteger(v) && (v as number) >= 0)) errs.push(`${path}: must be a non-negative integer`);
  };
  const j = fields('Job', job, '');
  if (j.apiVersion !== 'batch/v1') errs.push('apiVersion: must be batch/v1');
  if (j.kind !== 'Job') errs.push('kind: must be Job');
  const meta = fields('ObjectMeta', j.metadata, 'metadata');
  const name = meta.name;
  if (typeof name !== 'string' || name.length > 253 || !DNS1123_SUBDOMAIN.test(name))
    errs.push('metadata.name: must be a DNS-1123 subdomain');
  const spec = fields('JobSpec', j.spec, 'spec');
  for (const f of ['parallelism', 'completions', 'activeDeadlineSeconds', 'backoffLimit', 'ttlSecondsAfterFinished'])
    nonNegInt(spec[f], `spec.${f}`);
  if (spec.completionMode !== undefined && spec.completionMode !== 'NonIndexed' && spec.completionMode !== 'Indexed') {
    errs.push('spec.completionMode: supported values: "NonIndexed", "Indexed"');
  }
  if (spec.completionMode === 'Indexed') {
    if (spec.completions === undefined) errs.push('spec.completions: required when completion mode is Indexed');
    if (typeof spec.parallelism === 'number' && spec.parallelism > MAX_PARALLELISM_INDEXED)
      errs.push('spec.parallelism: must be less than or equal to 100000 when completion mode is Indexed');
    // Pods of an Indexed Job get the hostname <name>-<index>: it must be a DNS-1123 label.
    if (typeof spec.completions === 'number' && spec.completions > 0 && typeof name === 'string') {
      const host = `${name}-${spec.completions - 1}`;
      if (host.length > 63 || !DNS1123_LABEL.test(host))
        errs.push(`metadata.name: will not able to create pod with invalid DNS label: ${host}`);
    }
  }
  if (spec.selector !== undefined && spec.manualSelector !== true) errs.push('spec.selector: `selector` will be auto-generated');
  const template = fields('PodTemplateSpec', spec.template, 'spec.template');
  if (template.metadata !== undefined) fields('ObjectMeta', template.metadata, 'spec.template.metadata');
  const pod = fields('PodSpec', template.spec, 'spec.template.spec');
  if (pod.restartPolicy !== 'OnFailure' && pod.restartPolicy !== 'Never')
    errs.push('spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"');
  const volumes = Array.isArray(pod.volumes) ? pod.volumes : [];
  const volumeNames = new Set<string>();
  volumes.forEach((v, i) => {
    const vol = fields('Volume', v, `spec.template.spec.volumes[${i}]`);
    if (typeof vol.name !== 'string' || !DNS1123_LABEL.test(vol.name))
      errs.push(`spec.template.spec.volumes[${i}].name: must be a DNS-1123 label`);
    else if (volumeNames.has(vol.name)) errs.push(`spec.template.spec.volumes[${i}].name: duplicate`);
    else volumeNames.add(vol.name);
    const sources = Object.keys(vol).filter((k) => k !== 'name');
    if (sources.length !== 1) errs.push(`spec.template.spec.volumes[${i}]: exactly one volume source`);
    if (vol.configMap !== undefined) fields('ConfigMapVolumeSource', vol.configMap, `spec.template.spec.volumes[${i}].configMap`);
    if (vol.persistentVolumeClaim !== undefined) {
      const pvc = fields(
        'PersistentVolumeClaimVolumeSource',
        vol.persistentVolumeClaim,
        `spec.template.spec.volumes[${i}].persistentVolumeClaim`,
      );
      if (typeof pvc.claimName !== 'string' || !pvc.claimName)
        errs.push(`spec.template.spec.volumes[${i}].persistentVolumeClaim.claimName: required`);
    }
  });
  const containers = Array.isArray(pod.containers) ? pod.containers : [];
  if (!containers.length) errs.push('spec.template.spec.containers: Required value');
  containers.forEach((c, i) => {
    const p = `spec.template.spec.containers[${i}]`;
    const ct = fields('Container', c, p);
    if (typeof ct.name !== 'string' || !DNS1123_LABEL.test(ct.name)) errs.push(`${p}.name: must be a DNS-1123 label`);
    if (typeof ct.image !== 'string' || !ct.image.trim()) errs.push(`${p}.image: Required value`);
    for (const f of ['command', 'args'])
      if (ct[f] !== undefined && !(Array.isArray(ct[f]) && (ct[f] as unknown[]).every((s) => typeof s === 'string')))
        errs.push(`${p}.${f}: list of strings`);
    if (ct.resources !== undefined) fields('ResourceRequirements', ct.resources, `${p}.resources`);
    ((ct.env as unknown[]) ?? []).forEach((e, k) => {
      const ev = fields('EnvVar', e, `${p}.env[${k}]`);
      if (typeof ev.name !== 'string' || !ENV_NAME.test(ev.name)) errs.push(`${p}.env[${k}].name: invalid`);
      if (ev.value !== undefined && typeof ev.value !== 'string') errs.push(`${p}.env[${k}].value: must be a string`);
    });
    ((ct.volumeMounts as unknown[]) ?? []).forEach((m, k) => {
      const vm = fields('VolumeMount', m, `${p}.volumeMounts[${k}]`);
      if (!volumeNames.has(vm.name as string)) errs.push(`${p}.volumeMounts[${k}].name: Not found: ${String(vm.name)}`);
      if (typeof vm.mountPath !== 'string' || !vm.mountPath.startsWith('/'))
        errs.push(`${p}.volumeMounts[${k}].mountPath: must be absolute`);
    });
  });
  return errs;
}
