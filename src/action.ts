// The GitHub Action: reads the run's context and inputs, runs the pipeline, and answers on the PR.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import * as core from "@actions/core";
import { readRunContext } from "./github/context.js";
import { readInputs } from "./github/inputs.js";
import { createGitHubClient } from "./github/octokit.js";
import { publish } from "./github/publish.js";
import { planScan } from "./github/scan-plan.js";
import { runPipeline } from "./pipeline.js";
import { PolicyError } from "./policy/index.js";
import { renderDocument } from "./report/index.js";
import { hubBaseUrl } from "./resolve/index.js";

async function main(): Promise<void> {
  const inputs = readInputs(core.getInput);
  const ctx = readRunContext(process.env);
  const client = createGitHubClient({
    token: inputs.githubToken,
    baseUrl: ctx.apiUrl,
    log: (m) => core.info(m),
  });

  const plan = await planScan(ctx, inputs, client);
  for (const e of plan.errors) core.warning(e);
  const hubUrl = hubBaseUrl(inputs.hubUrl, process.env);
  const result = await runPipeline({
    root: plan.root,
    changed: plan.changed,
    rev: plan.rev,
    policy: plan.policy,
    policyRef: plan.policyRef,
    notices: plan.notices,
    resolver: {
      hubUrl,
      hfToken: inputs.hfToken || process.env.HF_TOKEN || undefined,
      githubApiUrl: ctx.apiUrl,
      githubToken: inputs.githubToken,
      root: plan.root,
      log: (m) => core.info(m),
    },
  });
  result.errors.unshift(...plan.errors);

  const reportDir = path.join(process.env.RUNNER_TEMP || plan.workspace, "model-license-gate");
  mkdirSync(reportDir, { recursive: true });
  const links = {
    hubUrl,
    githubUrl: ctx.serverUrl,
    blobBase: ctx.owner ? `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/blob/${ctx.sha}/` : undefined,
    runUrl: ctx.runUrl,
  };
  const reportPath = path.join(reportDir, "report.json");
  writeFileSync(reportPath, renderDocument("json", result, links));
  core.setOutput("report", reportPath);
  for (const format of inputs.formats) {
    const file = path.join(reportDir, format === "sarif" ? "report.sarif" : "report.cdx.json");
    writeFileSync(file, renderDocument(format, result, links));
    core.setOutput(format, file);
  }

  await publish(result, { ctx, inputs, client, links, changed: plan.changed });

  const failures = result.findings.filter((f) => f.verdict === "fail").length;
  const warnings = result.findings.filter((f) => f.verdict === "warn").length;
  core.setOutput("verdict", result.verdict);
  core.setOutput("references", String(result.findings.length));
  core.setOutput("failures", String(failures));
  core.setOutput("warnings", String(warnings));
  core.info(
    `model-license-gate: ${result.verdict} (${result.findings.length} references, ${failures} fail, ${warnings} warn)`,
  );

  const failOn = inputs.failOn;
  if ((failOn === "fail" && result.verdict === "fail") || (failOn === "warn" && result.verdict !== "pass")) {
    core.setFailed(
      `model licenses: ${result.verdict} (${failures} fail, ${warnings} warn); see the job summary`,
    );
  }
}

main().catch((err: unknown) => {
  if (err instanceof PolicyError) {
    core.error(err.detail, {
      file: err.file,
      startLine: err.line,
      startColumn: err.col,
      title: "Policy error",
    });
    process.stdout.write(`${err.message}\n`);
    process.exitCode = 2;
    return;
  }
  const message = err instanceof Error ? err.message : String(err);
  core.setFailed(`model-license-gate: ${message}`);
  process.exitCode = 2;
});
