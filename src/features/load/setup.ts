// From `spec.load` to the services the load model runs: every entry must name a Deployment of the
// scenario (and a container of its pod template), and its curve is built, reading trace files
// relative to the scenario file and confined to its folder (trace-file.ts). Problems come back as positioned diagnostics.
import { dirname, resolve } from 'node:path';
import type { RandomStream } from '../../engine/random.js';
import type { Diagnostic } from '../../scenario/diagnostics.js';
import type { LoadedObject, Scenario } from '../../scenario/load.js';
import type { PathSeg } from '../../scenario/source.js';
import { buildCurve, tracePoints } from '../../load/curves/build.js';
import { parseTimeValueCsv } from './trace-csv.js';
import { readTraceFile } from './trace-file.js';
import { USAGE_STEP_MS, type LoadedService } from './model.js';
import type { LoadSection } from './schema.js';

export type Locate = (path: PathSeg[], message: string) => Diagnostic;

/** `spec.usageStep` (ms). */
export function usageStepOf(scenario: Scenario): number {
  return (scenario.manifest.spec as { usageStep?: number }).usageStep ?? USAGE_STEP_MS;
}

export function loadSectionOf(scenario: Scenario): LoadSection {
  return (scenario.manifest.spec as { load?: LoadSection }).load ?? {};
}

function deployments(scenario: Scenario): Map<string, LoadedObject> {
  const out = new Map<string, LoadedObject>();
  for (const o of [...scenario.objects, ...scenario.created.values()]) if (o.kind === 'Deployment' && !out.has(o.name)) out.set(o.name, o);
  return out;
}

function containersOf(d: LoadedObject): string[] {
  const spec = (d.manifest as unknown as { spec: { template: { spec: { containers: Array<{ name: string }> } } } }).spec;
  return spec.template.spec.containers.map((c) => c.name);
}

export function setupServices(
  scenario: Scenario,
  rng: (name: string) => RandomStream,
  locate: Locate,
): { services: LoadedService[]; problems: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  const services: LoadedService[] = [];
  const known = deployments(scenario);
  const base = dirname(scenario.file);
  for (const [name, spec] of Object.entries(loadSectionOf(scenario))) {
    const at: PathSeg[] = ['spec', 'load', name];
    const d = known.get(name);
    if (!d) {
      const names = [...known.keys()];
      problems.push(
        locate(
          at,
          `no Deployment named "${name}"; load is given per Deployment (${names.length ? `the scenario's: ${names.join(', ')}` : 'the scenario defines none'})`,
        ),
      );
      continue;
    }
    if (spec.container !== undefined && !containersOf(d).includes(spec.container)) {
      problems.push(
        locate(
          [...at, 'container'],
          `Deployment "${name}" has no container "${spec.container}" (containers: ${containersOf(d).join(', ')})`,
        ),
      );
      continue;
    }
    let failed = false;
    const curve = buildCurve(
      spec.curve,
      {
        rng: rng(`load/${name}`),
        readTrace: (file, path) => {
          const full = resolve(base, file);
          const read = readTraceFile(base, file, scenario.allowPaths ?? []);
          if ('error' in read) {
            problems.push(locate([...at, 'curve', ...path], read.error));
            failed = true;
            return [{ at: 0, value: 0 }];
          }
          const parsed = parseTimeValueCsv(read.text, full);
          if (parsed.diagnostics.length) {
            problems.push(...parsed.diagnostics);
            failed = true;
            return [{ at: 0, value: 0 }];
          }
          return tracePoints(parsed.rows);
        },
      },
      [],
    );
    if (!failed) services.push({ name, spec, curve });
  }
  return { services, problems };
}
