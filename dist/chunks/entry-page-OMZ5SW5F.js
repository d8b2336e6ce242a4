import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  renderEntries,
  subjectOf
} from "./chunk-LN6Z3MYX.js";
import "./chunk-QN2CCJ5G.js";
import "./chunk-AUDU37RY.js";
import "./chunk-XC46B5WS.js";
import "./chunk-2MIYBR4Q.js";
import "./chunk-SVJAMWSF.js";
import "./chunk-FLUUDOMY.js";
import "./chunk-SNOHGSQL.js";
import "./chunk-SN3NTARJ.js";
export {
  renderEntries,
  subjectOf
};
