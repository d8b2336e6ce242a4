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
} from "./chunk-NUVXMBH4.js";
import "./chunk-G6PTF5WZ.js";
import "./chunk-SVJAMWSF.js";
import "./chunk-U773ZXVV.js";
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
