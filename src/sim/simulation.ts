// Builds a simulation from a validated scenario and runs it on the virtual clock.
import { Engine } from '../engine/engine.js';
import { randomStream } from '../engine/random.js';
import { Recorder } from '../report/recorder.js';
import type { Scenario } from '../scenario/load.js';
import { Cluster } from './cluster.js';
import { defaultComponents } from './components.js';
import type { Component, SimContext } from './context.js';
import { PRIORITY } from './priorities.js';

export interface RunOptions {
  /** Called now and then with the virtual time reached (for progress bars). */
  onProgress?: (now: number, duration: number) => void;
}

export class Simulation {
  readonly ctx: SimContext;
  private ran = false;

  constructor(readonly scenario: Scenario, components: Component[] = defaultComponents()) {
    const engine = new Engine();
    const recorder = new Recorder();
    const seed = scenario.manifest.spec.seed;
    this.ctx = {
      scenario, engine, recorder,
      cluster: new Cluster(engine, recorder),
      images: scenario.manifest.spec.images,
      rng: (name) => randomStream(seed, name),
      creators: new Map(), deleters: new Map(), actions: new Map(), onFinish: [],
    };
    for (const c of components) c.install(this.ctx);
  }

  get duration(): number {
    return this.scenario.manifest.spec.duration;
  }

  run(opts: RunOptions = {}): Recorder {
    if (this.ran) throw new Error('a Simulation runs once');
    this.ran = true;
    const { engine, recorder } = this.ctx;
    const interval = this.scenario.manifest.spec.sampleInterval;
    const end = this.duration;
    engine.every(interval, (now) => { if (now < end) recorder.sample(now); }, { start: 0, priority: PRIORITY.sample });
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
