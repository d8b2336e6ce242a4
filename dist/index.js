import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  setFailed
} from "./chunks/chunk-A4VMMIXO.js";
import {
  actionMessages
} from "./chunks/chunk-RH66HGM3.js";
import {
  UserError,
  isUserError
} from "./chunks/chunk-FLUUDOMY.js";
import "./chunks/chunk-SNOHGSQL.js";
import "./chunks/chunk-SN3NTARJ.js";

// src/publish/github/run.ts
function modeFor(settings) {
  if (settings.mode !== "auto") return settings.mode;
  switch (settings.runner.eventName) {
    case "pull_request":
      return "pr";
    case "push":
      return "push";
    case "workflow_run":
      return "workflow-run";
    default:
      throw new UserError(actionMessages.unknownEvent(settings.runner.eventName));
  }
}
async function runAction(settings) {
  switch (modeFor(settings)) {
    case "pr":
      return (await import("./chunks/pull-request-3XNDZWWE.js")).pullRequestFlow(settings);
    case "push":
      return (await import("./chunks/push-5ISOPFHE.js")).pushFlow(settings);
    case "workflow-run":
      return (await import("./chunks/workflow-run-QEB5ZWX3.js")).workflowRunFlow(settings);
  }
}

// src/settings/index.ts
import path from "node:path";

// src/settings/inputs.ts
function inputEnvName(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
function getInput(env, name) {
  return (env[inputEnvName(name)] ?? "").trim();
}
function getListInput(env, name) {
  return getInput(env, name).split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== "");
}

// src/settings/index.ts
var MODES = ["auto", "pr", "push", "workflow-run"];
var RECORD_MODES = ["auto", "always", "never"];
var GATES = ["regression", "missing", "irreproducible", "provenance"];
var GITHUB_MAX_COMMENT = 65536;
function oneOf(env, name, allowed, fallback) {
  const v = getInput(env, name) || fallback;
  if (!allowed.includes(v)) throw new UserError(actionMessages.badInput(name, v, allowed.join(", ")));
  return v;
}
function bool(env, name, fallback) {
  const v = getInput(env, name);
  if (v === "") return fallback;
  if (["true", "True", "TRUE"].includes(v)) return true;
  if (["false", "False", "FALSE"].includes(v)) return false;
  throw new UserError(actionMessages.badInput(name, v, "true or false"));
}
function branchName(env, name, fallback) {
  const v = getInput(env, name) || fallback;
  if (v !== "" && (/[\s~^:?*[\\]|\.\.|@\{|\/\/|^[-/.]|[/.]$|\.lock$/.test(v) || v.startsWith("refs/")))
    throw new UserError(actionMessages.badInput(name, v, "a branch name such as runledger or gh-pages (without refs/heads/)"));
  return v;
}
function readSettings(env = process.env) {
  const input = (name) => getInput(env, name);
  const workspace = path.resolve(env.GITHUB_WORKSPACE || process.cwd());
  const workdir = path.resolve(workspace, input("working-directory") || ".");
  const temp = env.RUNNER_TEMP || path.join(workdir, ".runledger-tmp");
  const mode = oneOf(env, "mode", MODES, "auto");
  const manifests = getListInput(env, "manifests");
  const policyInput = input("policy");
  const commentKey = input("comment-key");
  if (!/^[A-Za-z0-9._-]*$/.test(commentKey))
    throw new UserError(actionMessages.badInput("comment-key", commentKey, 'letters, digits, ".", "_" and "-"'));
  const failOnText = input("fail-on");
  let failOn;
  if (failOnText === "none") failOn = [];
  else if (failOnText !== "") {
    failOn = [];
    for (const g of failOnText.split(/[\s,]+/).filter(Boolean)) {
      if (!GATES.includes(g))
        throw new UserError(actionMessages.badInput("fail-on", g, `${GATES.join(", ")} (comma-separated), or none`));
      failOn.push(g);
    }
  }
  const maxText = input("max-comment-length") || "60000";
  const max = Number(maxText);
  if (!Number.isInteger(max) || max < 1e3 || max > GITHUB_MAX_COMMENT)
    throw new UserError(
      actionMessages.badInput("max-comment-length", maxText, `a whole number from 1000 to ${GITHUB_MAX_COMMENT}`)
    );
  const repository = env.GITHUB_REPOSITORY ?? "";
  const [owner, repo, extra] = repository.split("/");
  if (!owner || !repo || extra !== void 0) throw new UserError(actionMessages.badRunnerEnv("GITHUB_REPOSITORY", "owner/repo"));
  const scaleText = env.RUNLEDGER_RETRY_SCALE ?? "1";
  const retryScale = Number(scaleText);
  if (!Number.isFinite(retryScale) || retryScale < 0)
    throw new UserError(actionMessages.badRunnerEnv("RUNLEDGER_RETRY_SCALE", "a number >= 0"));
  const siteDir = input("site-dir");
  const reportDir = input("report-dir");
  return {
    manifests,
    policy: path.resolve(workdir, policyInput || "runledger.yml"),
    policyExplicit: policyInput !== "" && policyInput !== "runledger.yml",
    token: input("github-token"),
    ledgerBranch: branchName(env, "ledger-branch", "runledger"),
    comment: bool(env, "comment", true),
    commentKey,
    failOn,
    mode,
    record: oneOf(env, "record", RECORD_MODES, "auto"),
    // one directory per comment key: two runledger steps in one job keep their reports apart
    reportDir: reportDir ? path.resolve(workdir, reportDir) : path.join(temp, commentKey ? `runledger-report-${commentKey}` : "runledger-report"),
    workdir,
    workspace,
    siteBranch: branchName(env, "site-branch", ""),
    siteDir: siteDir ? path.resolve(workdir, siteDir) : "",
    maxCommentLength: max,
    runner: {
      apiUrl: (env.GITHUB_API_URL || "https://api.github.com").replace(/\/+$/, ""),
      serverUrl: (env.GITHUB_SERVER_URL || "https://github.com").replace(/\/+$/, ""),
      repository: { owner, repo },
      eventName: env.GITHUB_EVENT_NAME ?? "",
      eventPath: env.GITHUB_EVENT_PATH ?? "",
      sha: env.GITHUB_SHA ?? "",
      ref: env.GITHUB_REF ?? "",
      workflow: env.GITHUB_WORKFLOW ?? "",
      job: env.GITHUB_JOB ?? "",
      runId: env.GITHUB_RUN_ID ?? "",
      runAttempt: env.GITHUB_RUN_ATTEMPT ?? "",
      temp,
      retryScale
    }
  };
}

// src/action.ts
async function main() {
  try {
    return await runAction(readSettings(process.env));
  } catch (e) {
    if (isUserError(e)) {
      setFailed(e.message);
      return e.exitCode;
    }
    setFailed(actionMessages.internal(e?.message ?? String(e)));
    if (process.env.RUNLEDGER_DEBUG) process.stderr.write(String(e?.stack) + "\n");
    return 2;
  }
}
main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(actionMessages.internal(String(e)) + "\n");
    process.exitCode = 2;
  }
);
export {
  main
};
