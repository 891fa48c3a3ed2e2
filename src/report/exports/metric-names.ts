// Prometheus-style metric names for kubetwin's series columns: kubetwin_<kind>_<column in
// snake_case>, with the column's unit spelled as Prometheus suffixes do (values are not rescaled,
// so the name says the unit the CSV uses).

/** Column-name endings (after snake_case) → unit suffix of the metric name. */
const UNIT_ENDINGS: Array<[RegExp, string]> = [
  [/_bytes_per_second$/, '_bytes_per_second'],
  [/_bytes$/, '_bytes'],
  [/_(s|seconds)$/, '_seconds'],
  [/_ms$/, '_milliseconds'],
  [/_milli$/, '_millicores'],
  [/_pct$/, '_percent'],
];

/** Suffixes OpenMetrics gives meaning to (counters, histograms, info): a gauge must not end with one. */
const RESERVED = /_(total|created|count|sum|bucket|gcount|gsum|info)$/;

export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

export function metricName(kind: string, column: string): string {
  let col = snakeCase(column);
  for (const [ending, unit] of UNIT_ENDINGS) {
    if (ending.test(col)) {
      col = col.replace(ending, unit);
      break;
    }
  }
  const name = `kubetwin_${snakeCase(kind)}_${col}`;
  return RESERVED.test(name) ? `${name}_value` : name;
}
