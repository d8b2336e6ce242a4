import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import {
  UserError
} from "./chunk-FLUUDOMY.js";
import "./chunk-ABTG5G2J.js";

// src/commands/record.ts
var run = async () => {
  throw new UserError("runledger record: not available in this build yet");
};
export {
  run
};
