// The manifest stage: read, parse and validate run manifests. Nothing here depends on later stages.
export type * from './manifest.gen.js';
export { readManifests, loadManifest, parseManifestText, expandInputs, mapLimit, MAX_FILE_BYTES } from './read.js';
export type { LoadedManifest, ReadResult, ReadOptions } from './read.js';
export { validateManifest, valueAt } from './validate.js';
export { parseJson } from './json.js';
export { formatProblem, pointerOf } from './problem.js';
export type { Problem } from './problem.js';
export { metricObject, metricsOf } from './metric.js';
