import { createRequire as __runledgerCreateRequire } from 'node:module';
const require = __runledgerCreateRequire(import.meta.url);
import "./chunk-SN3NTARJ.js";

// schemas/run-manifest.schema.json
var run_manifest_schema_default = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://runledger.dev/schemas/run-manifest.schema.json",
  title: "RunManifest",
  description: "One run of a training, evaluation or agent-evaluation job: what ran, on what code, data and environment, and what it measured. One file is one run.",
  type: "object",
  required: ["schemaVersion", "run", "metrics"],
  additionalProperties: false,
  properties: {
    $schema: {
      description: "Optional URI of this schema, for editors.",
      type: "string"
    },
    schemaVersion: {
      description: "Version of the manifest format. Only 1 exists.",
      const: 1
    },
    run: {
      $ref: "#/$defs/run"
    },
    code: {
      $ref: "#/$defs/code"
    },
    params: {
      description: "Configuration of the run: any JSON object. Compared across runs as flattened dotted keys (optimizer.lr).",
      type: "object"
    },
    datasets: {
      description: "Data the run read, each named and ideally pinned by a content digest.",
      type: "array",
      items: {
        $ref: "#/$defs/dataset"
      }
    },
    environment: {
      $ref: "#/$defs/environment"
    },
    metrics: {
      description: "What the run measured, by metric name. A value is either a number (shorthand) or an object with value, goal, unit, samples and series.",
      type: "object",
      propertyNames: {
        minLength: 1,
        maxLength: 200
      },
      additionalProperties: {
        $ref: "#/$defs/metric"
      }
    },
    artifacts: {
      description: "Files the run produced (models, reports, predictions).",
      type: "array",
      items: {
        $ref: "#/$defs/artifact"
      }
    },
    cases: {
      description: "Per-case outcomes of an evaluation suite or agent benchmark.",
      type: "array",
      items: {
        $ref: "#/$defs/case"
      }
    }
  },
  $defs: {
    digest: {
      title: "Digest",
      description: "A content digest written as algorithm:hex, e.g. sha256:9f86d0\u2026 or md5:22a1a293\u2026.",
      type: "string",
      pattern: "^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128}|sha1:[0-9a-f]{40}|md5:[0-9a-f]{32})$"
    },
    finiteNumber: {
      title: "FiniteNumber",
      description: "A finite JSON number (NaN and Infinity are not JSON).",
      type: "number"
    },
    timestamp: {
      title: "Timestamp",
      description: "An RFC 3339 date-time with a time zone, e.g. 2026-11-20T10:00:00Z.",
      type: "string",
      format: "date-time"
    },
    run: {
      title: "RunInfo",
      description: "Identity and life cycle of the run.",
      type: "object",
      required: ["id", "name"],
      additionalProperties: false,
      properties: {
        id: {
          description: "Unique identifier of this run (a UUID, a tracker's run id, or any unique string). Recording the same id twice stores it once.",
          type: "string",
          minLength: 1,
          maxLength: 200
        },
        name: {
          description: "Comparison key: runs with the same name on the baseline and current side are compared. Several manifests with one name are replicas (samples) of one experiment.",
          type: "string",
          minLength: 1,
          maxLength: 200
        },
        group: {
          description: "Optional grouping of runs on the report site (e.g. nightly, ablations).",
          type: "string",
          maxLength: 200
        },
        seed: {
          description: "Random seed of the run. Replicas with the same seed must agree within the policy's reproducibility tolerance.",
          type: "integer"
        },
        replica: {
          description: "Index of this replica among the runs of one name (0-based).",
          type: "integer",
          minimum: 0
        },
        status: {
          description: "How the run ended.",
          enum: ["succeeded", "failed", "killed", "running"]
        },
        startedAt: {
          $ref: "#/$defs/timestamp",
          description: "When the run started (RFC 3339)."
        },
        endedAt: {
          $ref: "#/$defs/timestamp",
          description: "When the run ended (RFC 3339)."
        },
        command: {
          description: "The command line that ran the job, one argument per item. It is recorded, shown and quoted for reproduction, never executed by runledger.",
          type: "array",
          items: {
            type: "string"
          }
        },
        exitCode: {
          description: "Exit status of the wrapped command, when runledger capture ran it.",
          type: "integer"
        },
        tags: {
          description: "Free-form string labels (owner, team, purpose).",
          type: "object",
          additionalProperties: {
            type: "string",
            maxLength: 1e3
          }
        },
        notes: {
          description: "Free text about the run.",
          type: "string",
          maxLength: 1e4
        }
      }
    },
    code: {
      title: "CodeVersion",
      description: "The version of the code that ran.",
      type: "object",
      additionalProperties: false,
      properties: {
        repository: {
          description: "Repository as owner/name or a URL without credentials.",
          type: "string"
        },
        commit: {
          description: "Full commit SHA (40 hex characters for SHA-1 repositories, 64 for SHA-256), or an abbreviated one of at least 7 when that is all the source recorded.",
          type: "string",
          pattern: "^[0-9a-f]{7,64}$"
        },
        branch: {
          description: "Branch the commit was on when the run started.",
          type: "string"
        },
        dirty: {
          description: "True when the working tree had uncommitted changes.",
          type: "boolean"
        },
        diffDigest: {
          $ref: "#/$defs/digest",
          description: "Digest of the uncommitted diff when dirty, so two dirty runs can be told apart."
        }
      }
    },
    dataset: {
      title: "DatasetRef",
      description: "A dataset the run read.",
      type: "object",
      required: ["name"],
      additionalProperties: false,
      properties: {
        name: {
          description: "Name of the dataset, the key datasets are compared by.",
          type: "string",
          minLength: 1
        },
        uri: {
          description: "Where the data lives (path, s3://, hf://, https://).",
          type: "string"
        },
        digest: {
          $ref: "#/$defs/digest",
          description: "Content digest of the data as read."
        },
        version: {
          description: "Version label of the dataset.",
          type: "string"
        },
        split: {
          description: "Split read (train, validation, test).",
          type: "string"
        },
        records: {
          description: "Number of records (rows, examples).",
          type: "integer",
          minimum: 0
        },
        bytes: {
          description: "Size in bytes.",
          type: "integer",
          minimum: 0
        }
      }
    },
    environment: {
      title: "Environment",
      description: "The runtime environment of the run.",
      type: "object",
      additionalProperties: false,
      properties: {
        os: {
          description: "Operating system (linux, darwin, windows), optionally with its release.",
          type: "string"
        },
        arch: {
          description: "CPU architecture (x86_64, arm64).",
          type: "string"
        },
        python: {
          description: "Python version.",
          type: "string"
        },
        node: {
          description: "Node.js version.",
          type: "string"
        },
        packages: {
          description: "Installed packages and their versions.",
          type: "object",
          additionalProperties: {
            type: "string"
          }
        },
        lockfileDigest: {
          $ref: "#/$defs/digest",
          description: "Digest of the dependency lock file (uv.lock, poetry.lock, requirements.txt)."
        },
        hardware: {
          title: "Hardware",
          description: "Hardware the run used.",
          type: "object",
          additionalProperties: false,
          properties: {
            cpu: {
              description: "CPU model.",
              type: "string"
            },
            cpus: {
              description: "Number of logical CPUs.",
              type: "integer",
              minimum: 0
            },
            memoryGiB: {
              description: "Main memory in GiB.",
              type: "number",
              minimum: 0
            },
            gpus: {
              description: "GPUs visible to the run.",
              type: "array",
              items: {
                title: "Gpu",
                description: "One GPU.",
                type: "object",
                required: ["name"],
                additionalProperties: false,
                properties: {
                  name: {
                    description: "GPU model.",
                    type: "string"
                  },
                  memoryGiB: {
                    description: "GPU memory in GiB.",
                    type: "number",
                    minimum: 0
                  },
                  driver: {
                    description: "Driver version.",
                    type: "string"
                  }
                }
              }
            },
            cuda: {
              description: "CUDA version.",
              type: "string"
            }
          }
        },
        container: {
          title: "Container",
          description: "Container image the run ran in.",
          type: "object",
          additionalProperties: false,
          properties: {
            image: {
              description: "Image name.",
              type: "string"
            },
            digest: {
              $ref: "#/$defs/digest",
              description: "Image digest."
            }
          }
        },
        ci: {
          description: "Facts about the CI runner (GitHub Actions run id, runner OS, workflow), from an allowlist of variables, never secrets.",
          type: "object",
          additionalProperties: {
            type: "string"
          }
        },
        variables: {
          description: "Environment variables from an allowlist, with secrets redacted.",
          type: "object",
          additionalProperties: {
            type: "string"
          }
        }
      }
    },
    metric: {
      title: "MetricValue",
      description: "A metric: a number (shorthand) or an object with value and details.",
      oneOf: [
        {
          $ref: "#/$defs/finiteNumber"
        },
        {
          $ref: "#/$defs/metricObject"
        }
      ]
    },
    metricObject: {
      title: "MetricObject",
      description: "A metric with its details.",
      type: "object",
      additionalProperties: false,
      properties: {
        value: {
          $ref: "#/$defs/finiteNumber",
          description: "The reported value (for repeated measurements, usually their mean)."
        },
        goal: {
          description: "Which direction is better. Without a goal (here or in the policy) a move is reported as changed, never improved or regressed.",
          enum: ["maximize", "minimize"]
        },
        unit: {
          description: "Unit of the value (nats, ms, USD, %).",
          type: "string",
          maxLength: 50
        },
        stderr: {
          description: "Standard error of the value, when the producer reported one.",
          type: "number",
          minimum: 0
        },
        samples: {
          description: "Repeated measurements of the metric (seeds, folds, bootstrap); used for significance tests.",
          type: "array",
          minItems: 1,
          items: {
            $ref: "#/$defs/finiteNumber"
          }
        },
        series: {
          description: "The metric over training steps.",
          type: "array",
          items: {
            title: "SeriesPoint",
            description: "One point of a step series.",
            type: "object",
            required: ["step", "value"],
            additionalProperties: false,
            properties: {
              step: {
                description: "Training step (or epoch) of the point.",
                type: "number"
              },
              value: {
                $ref: "#/$defs/finiteNumber",
                description: "Value at that step."
              },
              timestamp: {
                $ref: "#/$defs/timestamp",
                description: "When the point was logged."
              }
            }
          }
        }
      },
      required: ["value"]
    },
    artifact: {
      title: "Artifact",
      description: "A file the run produced.",
      type: "object",
      required: ["name"],
      additionalProperties: false,
      properties: {
        name: {
          description: "Name of the artifact.",
          type: "string",
          minLength: 1
        },
        kind: {
          description: "Kind of artifact (model, checkpoint, report, predictions, other).",
          type: "string"
        },
        uri: {
          description: "Where the artifact is stored.",
          type: "string"
        },
        digest: {
          $ref: "#/$defs/digest",
          description: "Content digest of the artifact."
        },
        bytes: {
          description: "Size in bytes.",
          type: "integer",
          minimum: 0
        }
      }
    },
    case: {
      title: "EvalCase",
      description: "The outcome of one case of an evaluation suite or agent benchmark.",
      type: "object",
      required: ["id", "outcome"],
      additionalProperties: false,
      properties: {
        id: {
          description: "Stable identifier of the case; cases are paired by id across runs.",
          type: "string",
          minLength: 1,
          maxLength: 500
        },
        outcome: {
          description: "How the case ended: pass, fail, error (the harness failed) or skip.",
          enum: ["pass", "fail", "error", "skip"]
        },
        score: {
          $ref: "#/$defs/finiteNumber",
          description: "Score of the case, when graded on a scale."
        },
        metrics: {
          description: "Per-case measurements (tokens, costUsd, latencyMs); compared across runs like run metrics.",
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/finiteNumber"
          }
        }
      }
    }
  }
};
export {
  run_manifest_schema_default as default
};
