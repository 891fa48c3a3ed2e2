// Builds a simulation from a validated scenario and runs it on the virtual clock. The features to
// install and the recorder to write to are given (run.ts passes the registry and the report's
// recorder): the simulation itself knows no feature and no report format.
import { Engine } from '../engine/engine.js';
import { randomStream } from '../engine/random.js';
import type { Scenario } from '../scenario/load.js';
import { Cluster } from './cluster.js';
import type { SimContext } from './context.js';
import type { Feature } from './feature.js';
import { PRIORITY } from './priorities.js';
import type { Recorder } from './recorder.js';

export interface RunOptions {
  /** Called now and then with the virtual time reached (for progress bars). */
  onProgress?: (now: number, duration: number) => void;
}

export interface SimulationParts<R extends Recorder> {
  /** Features in installation order (features/index.ts FEATURES). */
  features: readonly Feature[];
  recorder: R;
}

export class Simulation<R extends Recorder = Recorder> {
  readonly ctx: SimContext;
  readonly recorder: R;
  private ran = false;

  constructor(
    readonly scenario: Scenario,
    parts: SimulationParts<R>,
  ) {
    const engine = new Engine();
    const recorder = parts.recorder;
    const seed = scenario.manifest.spec.seed;
    this.recorder = recorder;
    this.ctx = {
      scenario,
      engine,
      recorder,
      cluster: new Cluster(engine, recorder),
      images: scenario.manifest.spec.images,
      rng: (name) => randomStream(seed, name),
      creators: new Map(),
      deleters: new Map(),
      actions: new Map(),
      scaleTargets: new Map(),
      onFinish: [],
    };
    for (const f of parts.features) f.install(this.ctx);
  }

  get duration(): number {
    return this.scenario.manifest.spec.duration;
  }

  run(opts: RunOptions = {}): R {
    if (this.ran) throw new Error('a Simulation runs once');
    this.ran = true;
    const { engine } = this.ctx;
    const recorder = this.recorder;
    const interval = this.scenario.manifest.spec.sampleInterval;
    const end = this.duration;
    engine.every(
      interval,
      (now) => {
        if (now < end) recorder.sample(now);
      },
      { start: 0, priority: PRIORITY.sample },
    );
    engine.at(end, (now) => recorder.sample(now), PRIORITY.sample + 1);
    // Advance in slices so a progress callback can report; slices do not change results.
    const slices = opts.onProgress ? 200 : 1;
    for (let i = 1; i <= slices; i++) {
      const until = i === slices ? end : Math.floor((end * i) / slices);
      engine.run(until);
      opts.onProgress?.(until, end);
    }
    for (const f of this.ctx.onFinish) f(end);
    return recorder;
  }
}
