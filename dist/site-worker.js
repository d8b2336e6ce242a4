import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  tasks,
  warmUp
} from "./chunks/chunk-KBBSZCMI.js";
import "./chunks/chunk-QN2CCJ5G.js";
import "./chunks/chunk-2MIYBR4Q.js";
import "./chunks/chunk-SNOHGSQL.js";
import "./chunks/chunk-SN3NTARJ.js";

// src/render/site/worker.ts
import { parentPort } from "node:worker_threads";
var port = parentPort;
if (!port) throw new Error("the site worker runs in a worker thread");
var chain = Promise.resolve();
var waiting = 0;
port.on("message", (req) => {
  waiting++;
  chain = chain.then(() => handle(req));
});
async function handle(req) {
  waiting--;
  try {
    const value = await (req.kind === "warm" ? warmUp(() => waiting > 0) : tasks[req.kind](req.input));
    port.postMessage({ id: req.id, ok: true, value });
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const reply = { id: req.id, ok: false, message: err.message };
    if (err.stack) reply.stack = err.stack;
    if (typeof err.code === "string") reply.code = err.code;
    if (typeof err.path === "string") reply.path = err.path;
    port.postMessage(reply);
  }
}
