import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.ts';
import { commandFlags } from './command-flags.ts';
import { parseCli } from './parse-cli.ts';
import { renderHelp } from './render-help.ts';

const command = (name: string) => commands.find((candidate) => candidate.name === name)!;

describe('parseCli', () => {
  it('parses run with defaults, repeatable maps and numbers', () => {
    const parsed = parseCli(['run', 'a.jsonl', 'b.csv', '--out', 'runs/x', '--map', 'critique=comment', '--map', 'context.prompt=input', '--seed', '7', '--no-cache']);
    expect(parsed.kind).toBe('command');
    if (parsed.kind !== 'command') return;
    expect(parsed.positionals).toEqual({ files: ['a.jsonl', 'b.csv'] });
    expect(parsed.flags).toMatchObject({ out: 'runs/x', format: 'auto', map: ['critique=comment', 'context.prompt=input'], seed: 7, cache: false, clusterer: 'hdbscan' });
  });

  it('gives model flags their setting names, so they pass straight to the model layer', () => {
    const parsed = parseCli(['judge', 'runs/x', '--items', 'i.jsonl', '--rpm', '60', '--timeout', '5000', '--max-cost', '0.5', '--base-url', 'http://localhost:11434/v1']);
    expect(parsed).toMatchObject({ kind: 'command', positionals: { runDir: 'runs/x' }, flags: { items: 'i.jsonl', requestsPerMinute: 60, timeoutMs: 5000, maxCostUsd: 0.5, baseURL: 'http://localhost:11434/v1' } });
  });

  it('parses --explode (repeatable or comma separated) and --rating-scale into lists', () => {
    const parsed = parseCli(['ingest', 'qa.json', '-o', 'out.jsonl', '--explode', 'feedback', '--explode', 'rating, tags', '--rating-scale', 'Bad,Could be Improved, Acceptable,Excellent']);
    expect(parsed).toMatchObject({ kind: 'command', flags: { explode: ['feedback', 'rating', 'tags'], ratingScale: ['Bad', 'Could be Improved', 'Acceptable', 'Excellent'] } });
    const plain = parseCli(['run', 'qa.json']);
    expect(plain.kind === 'command' && [plain.flags.explode, plain.flags.ratingScale]).toEqual([undefined, undefined]);
  });

  it('says which flag wants what, with the value given', () => {
    const message = (argv: string[]) => {
      const parsed = parseCli(argv);
      return parsed.kind === 'error' ? parsed.message : `not an error: ${parsed.kind}`;
    };
    expect(message(['run', 'a.jsonl', '--seed', 'abc'])).toBe('--seed expects an integer, got "abc".');
    expect(message(['run', 'a.jsonl', '--seed', '1.5'])).toBe('--seed expects an integer, got "1.5".');
    expect(message(['run', 'a.jsonl', '--concurrency', '0'])).toBe('--concurrency expects an integer from 1 to 1024, got "0".');
    expect(message(['run', 'a.jsonl', '--max-cost=-1'])).toBe('--max-cost expects a number ≥ 0, got "-1".');
    expect(message(['run', 'a.jsonl', '--rpm', 'fast'])).toBe('--rpm expects a number > 0, got "fast".');
    expect(message(['run', 'a.jsonl', '--format', 'xml'])).toBe('--format expects one of auto, jsonl, json, csv, langfuse, langsmith, got "xml".');
    expect(message(['run', 'a.jsonl', '--map', 'nonsense'])).toBe('--map: expected to=from, e.g. critique=comment.');
    expect(message(['run', 'a.jsonl', '--reassign-noise', 'lots'])).toBe('--reassign-noise: expected a cosine similarity from -1 to 1, or off.');
    expect(message(['run', 'a.jsonl', '--out'])).toBe('--out needs a value <dir>; to pass one that starts with "-", write --out=<value>.');
  });

  it('suggests the flag or command that was probably meant', () => {
    const message = (argv: string[]) => (parseCli(argv) as { message?: string }).message;
    expect(message(['run', 'a.jsonl', '--otu', 'x'])).toBe('Unknown flag --otu. Did you mean --out?');
    expect(message(['run', 'a.jsonl', '--embeding-model', 'x'])).toBe('Unknown flag --embeding-model. Did you mean --embedding-model?');
    expect(message(['run', 'a.jsonl', '--no-cach'])).toBe('Unknown flag --no-cach. Did you mean --no-cache?');
    expect(message(['run', 'a.jsonl', '--bogus'])).toBe('Unknown flag --bogus.');
    expect(message(['rnu'])).toBe('Unknown command "rnu". Did you mean `tenets run`? Run `tenets --help` for the list.');
    expect(message(['frobnicate'])).toBe('Unknown command "frobnicate". Run `tenets --help` for the list.');
  });

  it('reports missing arguments, extra arguments and missing required flags', () => {
    expect(parseCli(['run'])).toMatchObject({ kind: 'error', message: 'Missing <files>. Usage: tenets run <files…> [options]' });
    expect(parseCli(['ingest', 'a.jsonl'])).toMatchObject({ kind: 'error', message: '--out is required.' });
    expect(parseCli(['metrics', 'a', 'b'])).toMatchObject({ kind: 'error', message: 'Unexpected argument "b". Usage: tenets metrics <run-dir> [options]' });
    expect(parseCli(['run', 'a.jsonl', '--no-json'])).toMatchObject({ kind: 'error', message: '--no-json is not an option.' });
  });

  it('answers help and version', () => {
    expect(parseCli([])).toEqual({ kind: 'help', command: undefined });
    expect(parseCli(['run', '--help'])).toEqual({ kind: 'help', command: command('run') });
    expect(parseCli(['help', 'ingest'])).toEqual({ kind: 'help', command: command('ingest') });
    expect(parseCli(['--version'])).toEqual({ kind: 'version' });
  });
});

describe('renderHelp', () => {
  it('lists every command and every flag of a command from the schema the parser uses', () => {
    const overall = renderHelp();
    for (const { name } of commands) expect(overall).toContain(`  ${name} `);
    const run = renderHelp(command('run'));
    for (const info of commandFlags(command('run'))) expect(run).toContain(`--${info.negatable ? '[no-]' : ''}${info.name}`);
  });

  it('takes descriptions, defaults and env names from the schemas', () => {
    expect(renderHelp(command('export'))).toMatchInlineSnapshot(`
      "Export a run’s metrics as rubrics, or its synthesised preference data for trainers.

      Usage: tenets export <run-dir> --format <name> [options]

      Arguments:
        <run-dir>  A directory written by \`tenets run\`.

      Options:
            --format <name>    Export format: promptfoo, rubrics-json (metrics); constitution (constitution.md with the review applied); annotated-pairs (Feedback Forensics AnnotatedPairs v2.0 of the pairs and votes); trl, trl-sft, trl-kto, openai-dpo, hf-dataset (synthesis records).
        -o, --out <file>       Output file (a folder for the synthesis formats); - writes to stdout (metrics only). Default: <run-dir>/metrics.promptfoo.yaml, <run-dir>/metrics.rubrics.json or <run-dir>/export-<format>/.
            --conversational   trl, trl-sft, trl-kto: prompts and answers as message lists instead of strings.
            --include-anchors  trl-kto: also emit near/out-of-scope baselines as desirable rows.
        -h, --help             Show help for the command.
        -q, --quiet            No progress output on stderr (errors still print).
            --json             Print a machine-readable JSON summary on stdout.

      Examples:
        tenets export runs/demo --format promptfoo --out promptfooconfig.assertions.yaml
        tenets export runs/demo --format rubrics-json --out - | jq .
        tenets export runs/emoji --format trl --conversational --out data/trl
        tenets export runs/emoji --format hf-dataset --out data/hf
      "
    `);
    const run = renderHelp(command('run')).split('\n');
    expect(run.filter((line) => /--(seed|concurrency|model|timeout|cache|format) /.test(line)).map((line) => line.trim().replace(/\s{2,}/, '  '))).toMatchInlineSnapshot(`
      [
        "--format <name>  Input format. One of: auto, jsonl, json, csv, langfuse, langsmith. Default: auto.",
        "--seed <n>  Seed for every stochastic step. Default: 42.",
        "-m, --model <spec>  Language model spec, e.g. openai:gpt-4.1-mini, ollama:qwen2.5:7b, compatible:<id>. None: offline engine. (env TENETS_MODEL)",
        "--concurrency <n>  Model calls in flight at once, per model. Default: 8.",
        "--timeout <ms>  Timeout of one HTTP attempt in milliseconds. Default: 120000.",
        "tenets run scores.csv --map critique=comment --model openai:gpt-4.1-mini",
      ]
    `);
  });
});
