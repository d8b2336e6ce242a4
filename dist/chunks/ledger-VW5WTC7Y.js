import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  DEFAULT_BRANCH,
  LEDGER_FORMAT_VERSION,
  LedgerError,
  appendToLedger,
  canonicalJson,
  commitDir,
  entryHash,
  entryPath,
  gitBranchOf,
  historyOf,
  isLedgerLocation,
  openLedger,
  openSnapshot,
  rebuildIndex,
  resolveBaseline,
  verifyLedger
} from "./chunk-BW7RTMHJ.js";
import "./chunk-64UIJ336.js";
import "./chunk-GOYOKSGI.js";
import "./chunk-SN3NTARJ.js";
export {
  DEFAULT_BRANCH,
  LEDGER_FORMAT_VERSION,
  LedgerError,
  appendToLedger,
  canonicalJson,
  commitDir,
  entryHash,
  entryPath,
  gitBranchOf,
  historyOf,
  isLedgerLocation,
  openLedger,
  openSnapshot,
  rebuildIndex,
  resolveBaseline,
  verifyLedger
};
