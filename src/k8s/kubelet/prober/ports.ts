// Probe ports: API validation of a port number or name, and the kubelet's resolution of a named
// port through the container's ports.
import type { ContainerPort } from '../../../model/types.js';

/** k8s apimachinery pkg/util/validation IsValidPortNum: 1..65535. Returns the problems (empty = valid). */
export function portNumberProblems(port: number): string[] {
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? [] : ['must be between 1 and 65535, inclusive'];
}

/** k8s apimachinery pkg/util/validation IsValidPortName (an IANA_SVC_NAME). Returns the problems. */
export function portNameProblems(name: string): string[] {
  const problems: string[] = [];
  if (name.length > 15) problems.push('must be no more than 15 characters');
  if (!/^[-a-z0-9]+$/.test(name)) problems.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(name)) problems.push('must contain at least one letter (a-z)');
  if (name.includes('--')) problems.push('must not contain consecutive hyphens');
  if (name.startsWith('-') || name.endsWith('-')) problems.push('must not begin or end with a hyphen');
  return problems;
}

export type PortResolution = { ok: true; port: number } | { ok: false; port: number; error: string };

/**
 * k8s v1.28 pkg/probe/util.go ResolveContainerPort: a number is used as is; a name is looked up in
 * the container's ports (findPortByName), and failing that parsed as a decimal number ("last
 * ditch"); the result must lie in 1..65535.
 */
export function resolveContainerPort(port: number | string, ports: readonly ContainerPort[]): PortResolution {
  let value: number;
  if (typeof port === 'number') {
    value = port;
  } else {
    const named = ports.find((p) => p.name === port);
    if (named) {
      value = named.containerPort;
    } else if (/^[+-]?\d+$/.test(port)) {
      value = Number(port);
    } else {
      // findPortByName and the failed number parse both leave the port at 0.
      return { ok: false, port: 0, error: `port "${port}" not found in the container's ports` };
    }
  }
  if (value > 0 && value < 65536 && Number.isInteger(value)) return { ok: true, port: value };
  return { ok: false, port: value, error: `invalid port number: ${value}` };
}
