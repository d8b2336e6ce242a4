// The page renderer: precompiled templates (templates.gen.js) on the handlebars runtime only.
// Handlebars escapes every {{value}}; the only {{{raw}}} slots take HTML this module produced
// (a page body, a chart SVG), never a manifest string.
import runtime from 'handlebars/runtime.js';
import type HandlebarsFull from 'handlebars';
import { specs, assets } from './templates.gen.js';

export type PageName = 'overview' | 'metric' | 'runname' | 'commit' | 'commits' | 'comparison';
export const PARTIALS = ['commitTable', 'pager', 'kv', 'uri', 'report', 'runSection', 'datasets'] as const;

type Template = (ctx: unknown) => string;

// the runtime build has the full build's runtime API; its bundled typings declare nothing
const hb = (runtime as unknown as typeof HandlebarsFull).create();
hb.registerHelper('plural', (n: unknown, one: unknown, many: unknown) => (n === 1 ? one : many));
const compiled = new Map<string, Template>();
for (const [name, spec] of Object.entries(specs)) {
  const t = hb.template(spec as Parameters<typeof hb.template>[0]) as Template;
  compiled.set(name, t);
  if ((PARTIALS as readonly string[]).includes(name)) hb.registerPartial(name, t);
}

function template(name: string): Template {
  const t = compiled.get(name);
  if (!t) throw new Error(`no template ${name}`);
  return t;
}

export interface Layout {
  title: string;
  /** relative path from the page to the site root: '' or '../' ... */
  root: string;
  crumbs?: { href: string; label: string }[];
  source: string;
  version: string;
  builtAt?: string;
  /** a lone comparison report: no overview or commit list to link to */
  compareOnly?: boolean;
}

/** A whole HTML page. `body` is the page template's context. */
export function page(name: PageName, layout: Layout, body: object): string {
  const html = template(name)({ ...body, root: layout.root, title: layout.title });
  return template('layout')({ ...layout, body: new hb.SafeString(html) });
}

/** HTML this module vouches for (a chart's SVG), for a {{{ }}} slot. */
export function trusted(html: string): { toHTML(): string } {
  return new hb.SafeString(html);
}

export const siteAssets: Record<string, string> = assets;
