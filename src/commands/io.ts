/** What a CLI command may touch of the process, so tests can run commands in-process. */
export interface CommandIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Whether stderr is a terminal (progress lines only then). */
  isTTY: boolean;
}

/** Exit codes of every command: 0 pass or warn, 1 fail, 2 usage or configuration error. */
export const EXIT = { ok: 0, fail: 1, usage: 2 } as const;
