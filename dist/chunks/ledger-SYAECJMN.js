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
} from "./chunk-2RZEKU4L.js";
import "./chunk-EJH2MMUO.js";
import "./chunk-SVJAMWSF.js";
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
