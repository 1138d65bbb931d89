// The CLI: `model-license-gate <command>`; each command lives in src/commands/.
import { runClassify } from "./commands/classify.js";
import { type CommandIO, EXIT } from "./commands/io.js";
import { runPolicy } from "./commands/policy.js";
import { runRefs } from "./commands/refs.js";
import { runScan } from "./commands/scan.js";

const HELP = `Usage: model-license-gate <command> [options]

Gate changes on the licenses of the machine-learning models they bring in.

Commands:
  scan [PATH]          find models, resolve their licenses, apply the policy (exit 1 on fail)
  refs [PATH...]       list the model references only (no network)
  classify FILE...     name the license of license texts, with their clauses
  policy check FILE    validate a policy file

Run \`model-license-gate <command> --help\` for the options of a command.
`;

const COMMANDS: Record<string, (argv: string[], io: CommandIO) => Promise<number>> = {
  scan: runScan,
  refs: runRefs,
  classify: runClassify,
  policy: runPolicy,
};

async function main(argv: string[]): Promise<number> {
  const io: CommandIO = {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stderr.isTTY),
  };
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.stdout(HELP);
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === "--version" || command === "-V") {
    io.stdout("model-license-gate 0.1.0\n");
    return EXIT.ok;
  }
  const run = COMMANDS[command];
  if (!run) {
    io.stderr(`model-license-gate: unknown command "${command}"\n\n${HELP}`);
    return EXIT.usage;
  }
  return run(rest, io);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`model-license-gate: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = EXIT.usage;
  },
);
