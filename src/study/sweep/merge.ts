// `kubetwin merge <dirs…>`: joins the folders of a study's shards (or of interrupted runs) into one
// folder with every point result and the same study.csv a single-machine sweep writes. The folders
// must hold the same study (same fingerprint) and together cover every point.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type Diagnostic } from '../../scenario/diagnostics.js';
import { writeStudyOutputs } from './outputs.js';
import {
  jsonText,
  POINTS_DIR,
  readResults,
  readStudyJson,
  STUDY_JSON,
  writeAtomically,
  writePointResult,
  type PointResult,
} from './results.js';
import type { ResolvedStudy } from './types.js';

export interface MergeOutcome {
  study: ResolvedStudy;
  /** Points found per input folder, in the order given. */
  found: number[];
  files: string[];
}

function problem(file: string, message: string): Diagnostic {
  return { file, line: 0, col: 0, path: '', severity: 'error', message };
}

/** "0-3, 7, 9-10" */
export function ranges(xs: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < xs.length; i++) {
    let j = i;
    while (j + 1 < xs.length && xs[j + 1] === xs[j] + 1) j++;
    out.push(i === j ? String(xs[i]) : `${xs[i]}-${xs[j]}`);
    i = j;
  }
  return out.join(', ');
}

export async function mergeStudies(dirs: readonly string[], out: string): Promise<MergeOutcome> {
  const problems: Diagnostic[] = [];
  const studies: Array<[string, ResolvedStudy]> = [];
  for (const d of dirs) {
    let s: ResolvedStudy | undefined;
    try {
      s = readStudyJson(d);
    } catch {
      problems.push(problem(d, `${STUDY_JSON} is not readable JSON`));
      continue;
    }
    if (!s) problems.push(problem(d, `no ${STUDY_JSON}: not the output folder of kubetwin sweep`));
    else studies.push([d, s]);
  }
  if (problems.length) throw new InputError(problems);
  if (!studies.length) throw new InputError([problem('merge', 'name at least one folder')]);
  const [firstDir, study] = studies[0];
  for (const [d, s] of studies.slice(1)) {
    if (s.fingerprint !== study.fingerprint) {
      problems.push(
        problem(
          d,
          `holds a different study than ${firstDir} ("${s.name}" ${s.fingerprint.slice(0, 12)} vs "${study.name}" ${study.fingerprint.slice(0, 12)}): run every shard from the same study file and base scenario`,
        ),
      );
    }
  }
  if (problems.length) throw new InputError(problems);

  const results = new Map<number, PointResult>();
  const found = studies.map(([d]) => {
    const r = readResults(d, study);
    for (const [i, res] of r) if (!results.has(i)) results.set(i, res);
    return r.size;
  });
  const missing = study.points.filter((p) => !results.has(p.index)).map((p) => p.index);
  if (missing.length) {
    throw new InputError([
      problem(
        'merge',
        `${missing.length} of ${study.points.length} points have no result in these folders: ${ranges(missing)} (a shard is missing or unfinished; re-run it, it resumes)`,
      ),
    ]);
  }
  mkdirSync(join(out, POINTS_DIR), { recursive: true });
  writeAtomically(join(out, STUDY_JSON), jsonText(study));
  for (const p of study.points) writePointResult(out, results.get(p.index)!);
  const files = await writeStudyOutputs(out, study, results);
  return { study, found, files };
}
