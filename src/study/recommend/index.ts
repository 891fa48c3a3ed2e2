// Resource recommendation from a usage trace (public surface).
export {
  LIMIT_FACTOR,
  MIN_SAMPLES,
  MINUTE_MS,
  PERCENTILE,
  WINDOW_MINUTES,
  percentile,
  perMinute,
  recommend,
  type Recommendation,
  type RecommendOptions,
} from './recommend.js';
export { parseUsageTrace, readUsageTrace, usageValue, type RecommendResource } from './trace.js';
export { formatRecommendation, formatValue } from './format.js';
export { recommendCommand, type RecommendArgs } from './command.js';
