// Real git repositories with a base and a head commit, for the end-to-end tests and the demo.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export const REPO_ROOT = path.resolve(import.meta.dirname, "..", "..");

export interface TestRepo {
  dir: string;
  base: string;
  head: string;
  git(...args: string[]): string;
  /** Write files (path -> content; null deletes) and commit them; returns the new sha. */
  commit(files: Record<string, string | null>, message?: string): string;
  remove(): void;
}

export function createRepo(files: Record<string, string | null> = {}): TestRepo {
  const dir = mkdtempSync(path.join(os.tmpdir(), "mlg-repo-"));
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: dir,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "Test",
        GIT_AUTHOR_EMAIL: "test@example.com",
        GIT_COMMITTER_NAME: "Test",
        GIT_COMMITTER_EMAIL: "test@example.com",
      },
    }).trim();
  git("init", "-q", "-b", "main");
  git("config", "commit.gpgsign", "false");
  const repo: TestRepo = {
    dir,
    base: "",
    head: "",
    git,
    commit(changes, message = "change") {
      for (const [file, content] of Object.entries(changes)) {
        const full = path.join(dir, file);
        if (content === null) {
          rmSync(full, { force: true });
        } else {
          mkdirSync(path.dirname(full), { recursive: true });
          writeFileSync(full, content);
        }
      }
      git("add", "-A");
      git("commit", "-q", "--allow-empty", "-m", message);
      return git("rev-parse", "HEAD");
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
  repo.base = repo.commit(files, "base");
  repo.head = repo.base;
  return repo;
}

/** The sample pull request of examples/sample-pr: base commit from base/, head commit from head/. */
export function createSampleRepo(): TestRepo {
  const repo = createRepo();
  const sample = path.join(REPO_ROOT, "examples", "sample-pr");
  cpSync(path.join(sample, "base"), repo.dir, { recursive: true });
  repo.base = repo.commit({}, "base");
  repo.git("rm", "-rq", ".");
  cpSync(path.join(sample, "head"), repo.dir, { recursive: true });
  repo.head = repo.commit({}, "head: add the support assistant");
  return repo;
}
