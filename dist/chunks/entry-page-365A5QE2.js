import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  renderEntries,
  subjectOf
} from "./chunk-VFLMD44A.js";
import "./chunk-NHFIWR6U.js";
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
