// Renderers of a VerdictReport: the PR comment (markdown), terminal text, JSON.
export { renderMarkdown, DEFAULT_MARKER, GITHUB_COMMENT_LIMIT } from './markdown.js';
export type { MarkdownOptions } from './markdown.js';
export { renderText } from './text.js';
export { renderJson } from './json.js';
export { sparkline } from './sparkline.js';
export { inert } from './inert.js';
