import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  buildSite
} from "./chunk-LMYISLV2.js";
import "./chunk-LN6Z3MYX.js";
import {
  version
} from "./chunk-6RLPOZKU.js";
import {
  actionMessages
} from "./chunk-RH66HGM3.js";
import "./chunk-KBBSZCMI.js";
import "./chunk-QN2CCJ5G.js";
import "./chunk-AUDU37RY.js";
import "./chunk-XC46B5WS.js";
import "./chunk-2MIYBR4Q.js";
import {
  openGitHome,
  openLedger
} from "./chunk-VL7W2GWT.js";
import "./chunk-OC7DZ7RE.js";
import "./chunk-SVJAMWSF.js";
import {
  UserError
} from "./chunk-FLUUDOMY.js";
import "./chunk-SNOHGSQL.js";
import "./chunk-SN3NTARJ.js";

// src/publish/github/site.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
var REJECTED = /\[rejected\]|non-fast-forward|fetch first|stale info|failed to update ref|cannot lock ref/i;
async function build(settings, out) {
  const location = `git:${settings.ledgerBranch}`;
  const ledger = await openLedger(location, { cwd: settings.workdir });
  try {
    const all = await ledger.stream(0);
    const source = { from: async (seq) => seq === 0 ? all.entries : (await ledger.stream(seq)).entries };
    await buildSite(source, { out, source: `ledger ${location}`, version, total: all.count });
    await writeFile(path.join(out, ".nojekyll"), "");
    return all.count;
  } finally {
    await ledger.close();
  }
}
async function pushSite(settings, maxAttempts = 6) {
  const home = await openGitHome(settings.siteBranch, settings.workdir);
  const tmp = await mkdtemp(path.join(tmpdir(), "runledger-site-"));
  try {
    for (let attempt = 1; ; attempt++) {
      const out = path.join(tmp, `site-${attempt}`);
      await build(settings, out);
      const tip = await home.fetch();
      const env = { GIT_INDEX_FILE: path.join(tmp, `index-${attempt}`), GIT_WORK_TREE: out };
      const add = await home.run(["add", "-A", "."], void 0, env);
      if (add.code !== 0) throw new UserError(actionMessages.sitePushFailed(settings.siteBranch, add.stderr.trim()), 1);
      const tree = (await home.run(["write-tree"], void 0, env)).stdout.toString().trim();
      const commit = await home.run(
        [
          "commit-tree",
          tree,
          ...tip ? ["-p", tip] : [],
          "-m",
          `runledger: report site for ${settings.runner.sha.slice(0, 7)}`
        ],
        void 0,
        identity()
      );
      if (commit.code !== 0) throw new UserError(actionMessages.sitePushFailed(settings.siteBranch, commit.stderr.trim()), 1);
      const sha = commit.stdout.toString().trim();
      const push = await home.run([
        "push",
        "--quiet",
        "--porcelain",
        "origin",
        `${sha}:refs/heads/${settings.siteBranch}`
      ]);
      if (push.code === 0) return sha;
      const detail = (push.stderr + push.stdout.toString()).trim();
      if (!REJECTED.test(detail) || attempt >= maxAttempts)
        throw new UserError(actionMessages.sitePushFailed(settings.siteBranch, detail), 1);
      await sleep(Math.random() * 200 * 2 ** attempt * settings.runner.retryScale);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
    await home.close();
  }
}
function identity() {
  const name = process.env.GIT_AUTHOR_NAME || "github-actions[bot]";
  const email = process.env.GIT_AUTHOR_EMAIL || "41898282+github-actions[bot]@users.noreply.github.com";
  return {
    GIT_AUTHOR_NAME: name,
    GIT_AUTHOR_EMAIL: email,
    GIT_COMMITTER_NAME: process.env.GIT_COMMITTER_NAME || name,
    GIT_COMMITTER_EMAIL: process.env.GIT_COMMITTER_EMAIL || email
  };
}
async function publishSite(settings) {
  if (!settings.siteDir && !settings.siteBranch) return void 0;
  const notes = [];
  if (settings.siteDir) {
    const n = await build(settings, settings.siteDir);
    notes.push(actionMessages.siteBuilt(settings.siteDir, n));
  }
  if (settings.siteBranch) {
    const sha = await pushSite(settings);
    notes.push(actionMessages.sitePushed(settings.siteBranch, sha));
  }
  return { path: settings.siteDir, note: notes.join("; ") };
}
export {
  publishSite
};
