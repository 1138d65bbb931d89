// Fills the loopback GitHub with what the real API would say of a pull request made of two commits
// of a test repository: its files with patches, and file contents at both commits.
import type { GitHubState, PullFile } from "../servers/github.js";
import type { TestRepo } from "./git-repo.js";

export function serveRepoOverApi(state: GitHubState, repo: TestRepo, pullNumber: number): void {
  const files: PullFile[] = [];
  const status = repo.git("diff", "--name-status", "-M", repo.base, repo.head);
  for (const line of status.split("\n").filter(Boolean)) {
    const [code = "", first = "", second] = line.split("\t");
    const filename = second ?? first;
    const kind = code.startsWith("A")
      ? "added"
      : code.startsWith("D")
        ? "removed"
        : code.startsWith("R")
          ? "renamed"
          : "modified";
    const diff = repo.git("diff", "-M", repo.base, repo.head, "--", ...(second ? [first, second] : [first]));
    const at = diff.indexOf("\n@@");
    files.push({
      filename,
      status: kind,
      previous_filename: second ? first : undefined,
      patch: at >= 0 ? diff.slice(at + 1) : undefined,
    });
  }
  state.pullFiles.set(pullNumber, files);
  for (const ref of [repo.base, repo.head]) {
    for (const file of repo.git("ls-tree", "-r", "--name-only", ref).split("\n").filter(Boolean)) {
      const byRef = state.contents.get(file) ?? new Map<string, string>();
      byRef.set(ref, repo.git("show", `${ref}:${file}`));
      state.contents.set(file, byRef);
    }
  }
}
