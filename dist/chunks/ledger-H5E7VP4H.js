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
} from "./chunk-VL7W2GWT.js";
import "./chunk-OC7DZ7RE.js";
import "./chunk-SVJAMWSF.js";
import "./chunk-FLUUDOMY.js";
import "./chunk-SNOHGSQL.js";
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
