// Vega-Lite → Vega compilation with the chart font forced and compiler warnings collected (not
// printed), so a bad spec is visible to tests and callers instead of scrolling past on stderr.
import { compile, type TopLevelSpec } from 'vega-lite';
import type { Spec as VegaSpec } from 'vega';
import { CHART_FONT } from './fonts.js';

export type VegaLiteSpec = TopLevelSpec;
export type { VegaSpec };

export interface Compiled {
  vega: VegaSpec;
  warnings: string[];
}

/** A copy of `spec` whose config font is the bundled DejaVu Sans (other config is kept). */
export function withChartFont(spec: VegaLiteSpec): VegaLiteSpec {
  return { ...spec, config: { ...spec.config, font: CHART_FONT } } as VegaLiteSpec;
}

function collectingLogger(warnings: string[]) {
  let level = 0;
  const text = (args: unknown[]): string => args.map(String).join(' ');
  const logger = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error(...args: unknown[]) {
      throw new Error(`vega-lite: ${text(args)}`);
    },
    warn(...args: unknown[]) {
      warnings.push(text(args));
      return logger;
    },
    info() {
      return logger;
    },
    debug() {
      return logger;
    },
  };
  return logger;
}

export function compileToVega(spec: VegaLiteSpec): Compiled {
  const warnings: string[] = [];
  const { spec: vega } = compile(withChartFont(spec), { logger: collectingLogger(warnings) });
  return { vega, warnings };
}
