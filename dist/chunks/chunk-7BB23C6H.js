import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  git,
  gitText
} from "./chunk-VL7W2GWT.js";

// src/publish/github/checkout.ts
var ZERO = /^0{40}$/;
async function isShallow(cwd) {
  return await gitText(["rev-parse", "--is-shallow-repository"], { cwd }) === "true";
}
async function hasCommit(cwd, sha) {
  return (await git(["cat-file", "-e", `${sha}^{commit}`], { cwd })).code === 0;
}
async function ensureHistory(cwd, shas) {
  const wanted = shas.filter((s) => s && !ZERO.test(s));
  const shallow = await isShallow(cwd);
  const missing = [];
  for (const s of wanted) if (!await hasCommit(cwd, s)) missing.push(s);
  if (!shallow && missing.length === 0) return;
  const args = ["fetch", "--quiet", "--no-tags", ...shallow ? ["--unshallow"] : [], "origin", ...missing];
  const r = await git(args, { cwd });
  if (r.code !== 0 && missing.length > 0) {
    await git(
      [
        "fetch",
        "--quiet",
        "--no-tags",
        ...shallow ? ["--unshallow"] : [],
        "origin",
        "+refs/heads/*:refs/remotes/origin/*"
      ],
      { cwd }
    );
  }
}
async function mergeBase(cwd, a, b) {
  const r = await git(["merge-base", a, b], { cwd });
  return r.code === 0 ? r.stdout.toString().trim() : void 0;
}
async function headCommit(cwd) {
  const r = await git(["rev-parse", "HEAD"], { cwd });
  return r.code === 0 ? r.stdout.toString().trim() : void 0;
}
async function parentsOf(cwd, sha) {
  const r = await git(["rev-list", "--parents", "-n", "1", sha], { cwd });
  return r.code === 0 ? r.stdout.toString().trim().split(/\s+/).slice(1) : [];
}
function isNullSha(s) {
  return !s || ZERO.test(s);
}

export {
  ensureHistory,
  mergeBase,
  headCommit,
  parentsOf,
  isNullSha
};
