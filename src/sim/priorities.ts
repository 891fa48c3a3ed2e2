// Order of work at the same virtual time (lower runs first). Samples are taken last, so a sample
// at time t shows the state after everything that happened at t.
export const PRIORITY = {
  timeline: 0,
  node: 5,
  controller: 10,
  kubelet: 20,
  scheduler: 30,
  sample: 1000,
} as const;
