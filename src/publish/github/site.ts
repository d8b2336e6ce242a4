// Rebuilding the report site after a record, when the user asked for it (site-dir / site-branch).
// Filled in once the site builder (src/render/site) exposes its entry point.
import type { Settings } from '../../settings/index.js';

export async function publishSite(settings: Settings): Promise<{ path: string; note: string } | undefined> {
  if (!settings.siteDir && !settings.siteBranch) return undefined;
  return undefined;
}
