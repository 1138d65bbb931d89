// `model-license-gate policy check FILE...`: validate policy files the way a scan would read them,
// and `policy show` to print what a policy means once its presets and extends are merged.
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "yaml";
import { loadPreset, PolicyError, PRESET_NAMES, parsePolicy } from "../policy/index.js";
import { MAX_POLICY_BYTES } from "../policy/schema.js";
import type { Policy } from "../types.js";
import { type CommandIO, EXIT } from "./io.js";

const HELP = `Usage: model-license-gate policy <check|show> ...

  policy check FILE...       validate policy files; exit 0 and "FILE: valid" when valid, else exit 2
                             with one "file:line:col: message" line per error
  policy show [FILE]         print the effective policy (presets and extends merged) as YAML
  policy show --preset NAME  print a built-in preset (${PRESET_NAMES.join(", ")})

Files named by \`extends\` are read relative to the repository that holds FILE (the folder with .git),
else the working directory.

Options:
  -h, --help   show this help
`;

export async function runPolicy(argv: string[], io: CommandIO): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    io.stderr(`policy: ${(e as Error).message}\n\n${HELP}`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  const [sub, ...files] = positionals;
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (sub === "check") {
    if (files.length === 0) {
      io.stderr(`policy check: name a policy file, e.g. .github/model-license-policy.yml\n\n${HELP}`);
      return EXIT.usage;
    }
    let code: number = EXIT.ok;
    for (const file of files) {
      const result = readPolicy(file, io);
      if (result.ok) io.stdout(`${file}: valid\n`);
      else {
        io.stderr(result.lines.map((l) => `${l}\n`).join(""));
        code = EXIT.usage;
      }
    }
    return code;
  }
  if (sub === "show") {
    let policy: Policy;
    if (values.preset !== undefined) {
      try {
        policy = loadPreset(values.preset);
      } catch (e) {
        io.stderr(`${(e as Error).message}\n`);
        return EXIT.usage;
      }
    } else if (files.length > 1) {
      io.stderr("policy show: one file at a time\n");
      return EXIT.usage;
    } else if (files.length === 0) {
      policy = loadPreset("default");
    } else {
      const result = readPolicy(files[0]!, io);
      if (!result.ok) {
        io.stderr(result.lines.map((l) => `${l}\n`).join(""));
        return EXIT.usage;
      }
      policy = result.policy;
    }
    io.stdout(`# effective policy from ${policy.source}\n${stringify(printable(policy))}`);
    return EXIT.ok;
  }
  io.stderr(`policy: ${sub === undefined ? "missing subcommand" : `unknown subcommand "${sub}"`}\n\n${HELP}`);
  return EXIT.usage;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { help: { type: "boolean", short: "h" }, preset: { type: "string" } },
  });
}

function printable(policy: Policy): Record<string, unknown> {
  const { source: _source, ...rest } = policy;
  return rest;
}

type ReadResult = { ok: true; policy: Policy } | { ok: false; lines: string[] };

function readPolicy(file: string, io: CommandIO): ReadResult {
  const full = path.resolve(io.cwd, file);
  let text: string;
  try {
    if (statSync(full).size > MAX_POLICY_BYTES) {
      return {
        ok: false,
        lines: [`${file}:1:1: policy file is too large (the limit is ${MAX_POLICY_BYTES} bytes)`],
      };
    }
    text = readFileSync(full, "utf8");
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === "ENOENT" ? "no such file" : err.code === "EISDIR" ? "is a folder" : err.message;
    return { ok: false, lines: [`${file}: cannot read: ${why}`] };
  }
  try {
    return {
      ok: true,
      policy: parsePolicy(text, file, { readFile: repoReader(path.dirname(full), io.cwd) }),
    };
  } catch (e) {
    if (e instanceof PolicyError) return { ok: false, lines: e.all.map((x) => x.message) };
    throw e;
  }
}

/** The root of the repository that holds `dir`: the nearest folder with .git, else the working directory. */
function repoRoot(dir: string, cwd: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, ".git"))) return d;
    if (path.dirname(d) === d) return path.resolve(cwd);
  }
}

/** Reads repository-relative files for `extends`, refusing anything that resolves outside the root. */
function repoReader(dir: string, cwd: string): (rel: string) => string | null {
  const root = realpathSync(repoRoot(dir, cwd));
  return (rel) => {
    const target = path.resolve(root, rel);
    if (!existsSync(target)) return null;
    const real = realpathSync(target);
    if (real !== root && !real.startsWith(root + path.sep))
      throw new Error("it resolves outside the repository");
    const stat = statSync(real);
    if (!stat.isFile()) throw new Error("it is not a file");
    if (stat.size > MAX_POLICY_BYTES) throw new Error(`it is larger than ${MAX_POLICY_BYTES} bytes`);
    return readFileSync(real, "utf8");
  };
}
