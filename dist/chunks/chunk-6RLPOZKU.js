import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);

// src/version.ts
var version = true ? "0.1.0" : "dev";

export {
  version
};
