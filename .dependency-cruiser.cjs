// Folder dependency rules (docs/architecture.md): imports point down the pipeline only.
//   engine ← model ← k8s ← load ← scenario ← sim ← features ← report ← run.ts ← study ← cli ← index.ts
// Each layer may import only layers to its left. Tests, benches and scripts are not checked here.
const LAYERS = ['engine', 'model', 'k8s', 'load', 'scenario', 'sim', 'features', 'report', 'run', 'study', 'cli', 'index'];
const pathOf = (layer) => (layer === 'run' || layer === 'index' ? `^src/${layer}\\.ts$` : `^src/${layer}/`);

const upward = LAYERS.map((layer, i) => ({
  name: `no-upward-from-${layer}`,
  comment: `${layer} may import only ${LAYERS.slice(0, i).join(', ') || 'nothing of ours'}`,
  severity: 'error',
  from: { path: pathOf(layer) },
  to: { path: `^src/`, pathNot: [pathOf(layer), ...LAYERS.slice(0, i).map(pathOf)] },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-circular',
      comment: 'no import cycles in src/ (type-only imports between files of one folder are allowed)',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'charts-only-when-rendered',
      comment: 'the vega / vega-lite / resvg stack is loaded only by the chart renderer (dynamic import)',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/report/charts/(render|compile|text-metrics|fonts)\\.ts$|^src/report/html/vega-bundle\\.ts$' },
      to: { path: 'node_modules/(vega|vega-lite|@resvg/resvg-js)/', dependencyTypesNot: ['dynamic-import'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
