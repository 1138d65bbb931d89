import { writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  DEFAULT_POLICY_FILE,
  gitReader,
  hasCommit,
  loadPolicy,
  policyChangeNotice,
  workingTreeReader,
} from "../load-policy.js";
import { runPipeline } from "../pipeline.js";
import { PolicyError } from "../policy/index.js";
import { renderDocument, renderMarkdown, renderTable } from "../report/index.js";
import { hubBaseUrl } from "../resolve/index.js";
import type { ChangedFile } from "../types.js";
import { gitChangedFiles } from "../workspace/index.js";
import { type CommandIO, EXIT } from "./io.js";
import { parseRange } from "./refs.js";

export const SCAN_HELP = `Usage: model-license-gate scan [PATH] [options]

Find the models PATH brings in, resolve their licenses and hold them against the policy.

Options:
  --diff BASE...HEAD   only references added or changed between two commits
  --policy FILE        policy file (default: .github/model-license-policy.yml, else the built-in default)
                       or a preset name: default, commercial, permissive-only, research
  --format FORMAT      table (default), json, markdown, sarif, cyclonedx
  --output FILE        write the report to FILE instead of stdout
  --hub-url URL        Hugging Face Hub base URL (default: $HF_ENDPOINT, else https://huggingface.co)
  -h, --help           this help

Environment: HF_TOKEN (Hub token for gated models), GITHUB_TOKEN (torch.hub repositories).
Exit status: 0 pass or warn, 1 fail, 2 usage or configuration error.
`;

const FORMATS = ["table", "json", "markdown", "sarif", "cyclonedx"] as const;

export async function runScan(argv: string[], io: CommandIO): Promise<number> {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (err) {
    io.stderr(`model-license-gate scan: ${(err as Error).message}\n\n${SCAN_HELP}`);
    return EXIT.usage;
  }
  if (args.values.help) {
    io.stdout(SCAN_HELP);
    return EXIT.ok;
  }
  const format = (args.values.format ?? "table") as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) {
    io.stderr(`model-license-gate scan: --format must be one of ${FORMATS.join(", ")}\n`);
    return EXIT.usage;
  }
  if (args.positionals.length > 1) {
    io.stderr("model-license-gate scan: give one PATH\n");
    return EXIT.usage;
  }
  const root = path.resolve(io.cwd, args.positionals[0] ?? ".");
  const progress = (stage: string) => {
    if (io.isTTY) io.stderr(`\r\x1b[2K${stage}...`);
  };

  let changed: ChangedFile[] | null = null;
  let rev: string | undefined;
  let policyRead = workingTreeReader(root);
  let policyWhere = `in ${root}`;
  let policyRef: string | null = null;
  const notices: string[] = [];
  if (args.values.diff) {
    const range = parseRange(args.values.diff);
    if (!range) {
      io.stderr("model-license-gate scan: --diff takes BASE...HEAD\n");
      return EXIT.usage;
    }
    const { base, head } = range;
    for (const ref of [base, head]) {
      if (!hasCommit(root, ref)) {
        io.stderr(`model-license-gate scan: ${ref}: no such commit in ${root}\n`);
        return EXIT.usage;
      }
    }
    changed = await gitChangedFiles(root, base, head);
    policyRead = gitReader(root, base);
    policyWhere = `at ${base}`;
    policyRef = base;
    rev = head;
  }

  let policy: ReturnType<typeof loadPolicy>["policy"];
  try {
    const explicit = args.values.policy;
    const read = explicit ? workingTreeReader(io.cwd) : policyRead;
    const loaded = loadPolicy(explicit, read, explicit ? `in ${io.cwd}` : policyWhere);
    policy = loaded.policy;
    const notice =
      changed && !explicit ? policyChangeNotice(changed, loaded.file ?? DEFAULT_POLICY_FILE) : null;
    if (notice) notices.push(notice);
  } catch (err) {
    const messages = err instanceof PolicyError ? err.all.map((e) => e.message) : [(err as Error).message];
    io.stderr(`${messages.join("\n")}\n`);
    return EXIT.usage;
  }

  const hubUrl = hubBaseUrl(args.values["hub-url"], io.env);
  const result = await runPipeline({
    root,
    changed,
    rev,
    policy,
    policyRef,
    notices,
    resolver: {
      hubUrl,
      hfToken: io.env.HF_TOKEN || undefined,
      githubApiUrl: io.env.GITHUB_API_URL || undefined,
      githubToken: io.env.GITHUB_TOKEN || undefined,
      root,
    },
    onProgress: progress,
  });
  if (io.isTTY) io.stderr("\r\x1b[2K");

  const links = { hubUrl, githubUrl: "https://github.com" };
  const rendered =
    format === "markdown"
      ? renderMarkdown(result, links, { maxLength: Number.MAX_SAFE_INTEGER })
      : format === "table"
        ? renderTable(result)
        : renderDocument(format, result, links);
  if (args.values.output) {
    writeFileSync(path.resolve(io.cwd, args.values.output), rendered);
    io.stderr(`model-license-gate: ${result.verdict}; report written to ${args.values.output}\n`);
  } else {
    io.stdout(rendered);
  }
  return result.verdict === "fail" ? EXIT.fail : EXIT.ok;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      diff: { type: "string" },
      policy: { type: "string" },
      format: { type: "string" },
      output: { type: "string", short: "o" },
      "hub-url": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}
