export interface ActionInputs {
  githubToken: string;
  policy: string;
  hfToken: string;
  hubUrl: string;
  mode: "auto" | "diff" | "full";
  comment: "summary" | "review" | "off";
  failOn: "fail" | "warn" | "never";
  formats: Array<"sarif" | "cyclonedx">;
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[], fallback: T): T {
  if (value === "") return fallback;
  const v = value.toLowerCase() as T;
  if (!allowed.includes(v)) {
    throw new Error(`input ${name}: "${value}" is not one of ${allowed.join(", ")}`);
  }
  return v;
}

/**
 * The inputs with their defaults applied here too: the runner fills in action.yml's defaults, but
 * a local run or another CI passes nothing, and an empty input must mean the default.
 */
export function readInputs(
  get: (name: string) => string,
  env: NodeJS.ProcessEnv = process.env,
): ActionInputs {
  const input = (name: string) => get(name).trim();
  const formats = input("formats")
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((f) => oneOf("formats", f, ["sarif", "cyclonedx"] as const, "sarif"));
  return {
    githubToken: input("github-token") || env.GITHUB_TOKEN || "",
    policy: input("policy"),
    hfToken: input("hf-token") || env.HF_TOKEN || "",
    hubUrl: input("hub-url"),
    mode: oneOf("mode", input("mode"), ["auto", "diff", "full"] as const, "auto"),
    comment: oneOf("comment", input("comment"), ["summary", "review", "off"] as const, "summary"),
    failOn: oneOf("fail-on", input("fail-on"), ["fail", "warn", "never"] as const, "fail"),
    formats: [...new Set(formats)],
  };
}
