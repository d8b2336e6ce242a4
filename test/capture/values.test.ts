import { describe, expect, it } from 'vitest';
import { metricsOf, paramsOf, parseValues } from '../../src/capture/values.js';

const read = (text: string, file: string) => {
  const warnings: string[] = [];
  const values = parseValues(text, file, (w) => warnings.push(w));
  return { values, warnings };
};

describe('params and metrics files', () => {
  it('flattens nested metrics with dots and lists what is not a number', () => {
    const { values } = read('{"a": {"b": 1, "c": [1, 2], "d": "x"}, "e": true, "f": 2.5}', 'm.json');
    expect(metricsOf(values, 'm.json', () => {})).toEqual({
      metrics: { 'a.b': 1, f: 2.5 },
      skipped: ['a.c', 'a.d', 'e'],
    });
  });

  it('drops NaN and Infinity from JSON, YAML and TOML with a warning each', () => {
    const json = read('{"a": NaN, "b": -Infinity, "c": 1}', 'm.json');
    expect(metricsOf(json.values, 'm.json', () => {}).metrics).toEqual({ c: 1 });
    expect(json.warnings).toHaveLength(2);
    const yaml = read('a: .nan\nb: .inf\nc: 1\n', 'm.yaml');
    const w: string[] = [];
    expect(metricsOf(yaml.values, 'm.yaml', (x) => w.push(x)).metrics).toEqual({ c: 1 });
    expect(w).toEqual([
      'm.yaml: a is not a finite number (NaN or Infinity); it is left out, not replaced',
      'm.yaml: b is not a finite number (NaN or Infinity); it is left out, not replaced',
    ]);
    const toml = read('[p]\nx = nan\ny = 2\n', 'p.toml');
    const pw: string[] = [];
    expect(paramsOf(toml.values, 'p.toml', (x) => pw.push(x))).toEqual({ p: { y: 2 } });
    expect(pw[0]).toContain('/p/x');
  });

  it('reads CSV/TSV as one row of metrics or as step series', () => {
    const one = read('acc,loss\n0.9,0.1\n', 'm.csv');
    expect(metricsOf(one.values, 'm.csv', () => {}).metrics).toEqual({ acc: 0.9, loss: 0.1 });
    const series = read('step\tloss\ttimestamp\n10\t2\t1700000000\n20\t1\t1700000001\n', 'loss.tsv');
    expect(metricsOf(series.values, 'loss.tsv', () => {}).metrics).toEqual({
      loss: {
        value: 1,
        series: [
          { step: 10, value: 2 },
          { step: 20, value: 1 },
        ],
      },
    });
    expect(paramsOf(one.values, 'p.csv', () => {})).toEqual({ acc: 0.9, loss: 0.1 });
  });

  it('reads a file holding one number as a metric named after the file (old DVC metrics)', () => {
    const { values } = read('0.8512\n', 'auc.metric');
    expect(metricsOf(values, 'auc.metric', () => {}).metrics).toEqual({ auc: 0.8512 });
  });

  it('names the file and the problem when a file cannot be parsed', () => {
    expect(() => read('{"a": 1,,}', 'bad.json')).toThrow(/cannot parse bad\.json: invalid JSON/);
    expect(() => read('a = = 1', 'bad.toml')).toThrow(/cannot parse bad\.toml/);
  });
});
