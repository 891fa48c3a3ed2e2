// Probe API defaults. k8s v1.28 pkg/apis/core/v1/defaults.go SetDefaults_Probe and
// SetDefaults_HTTPGetAction: a field left unset *or set to 0* takes the default.

export const PROBE_DEFAULTS = {
  initialDelaySeconds: 0,
  timeoutSeconds: 1,
  periodSeconds: 10,
  successThreshold: 1,
  failureThreshold: 3,
} as const;

/** SetDefaults_HTTPGetAction: an empty path becomes "/", an empty scheme HTTP. */
export const HTTP_GET_DEFAULTS = { path: '/', scheme: 'HTTP' } as const;

/** SetDefaults_Probe: 0 (or absent) → default, other values are kept (validation checks them later). */
export function defaulted(value: number | undefined, fallback: number): number {
  return value === undefined || value === 0 ? fallback : value;
}
