// Every regular expression in src/**, found by parsing the sources with the TypeScript compiler:
// literals, and `new RegExp(...)` / `RegExp(...)` whose pattern folds to a constant string within
// its file (string and template literals, String.raw, `+`, const identifiers, `/re/.source`).
// A pattern that cannot be folded (built from a parameter) is listed as dynamic, with its place.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface FoundRegex {
  /** file:line, relative to the repository root. */
  where: string;
  source: string;
  flags: string;
}

export interface RegexInventory {
  regexes: FoundRegex[];
  /** Constructor calls whose pattern is not a compile-time constant, as file:line. */
  dynamic: string[];
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...tsFiles(p));
    else if (e.name.endsWith(".ts") && !e.name.endsWith(".d.ts")) out.push(p);
  }
  return out.sort();
}

function literalParts(text: string): { source: string; flags: string } {
  const slash = text.lastIndexOf("/");
  return { source: text.slice(1, slash), flags: text.slice(slash + 1) };
}

/** Folds an expression to a string when it is a constant of this file; undefined otherwise. */
function makeFolder(sf: ts.SourceFile) {
  const consts = new Map<string, ts.Expression>();
  const collect = (n: ts.Node) => {
    if (
      ts.isVariableDeclaration(n) &&
      ts.isIdentifier(n.name) &&
      n.initializer &&
      ts.isVariableDeclarationList(n.parent) &&
      (n.parent.flags & ts.NodeFlags.Const) !== 0
    ) {
      // Two consts of one name in different scopes would make folding ambiguous: drop both.
      if (consts.has(n.name.text)) consts.set(n.name.text, ts.factory.createIdentifier("__ambiguous__"));
      else consts.set(n.name.text, n.initializer);
    }
    n.forEachChild(collect);
  };
  collect(sf);

  const fold = (e: ts.Expression, depth = 0): string | undefined => {
    if (depth > 20) return undefined;
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e))
      return fold(e.expression, depth + 1);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isTemplateExpression(e)) {
      let s = e.head.text;
      for (const span of e.templateSpans) {
        const v = fold(span.expression, depth + 1);
        if (v === undefined) return undefined;
        s += v + span.literal.text;
      }
      return s;
    }
    if (
      ts.isTaggedTemplateExpression(e) &&
      e.tag.getText(sf) === "String.raw" &&
      (ts.isNoSubstitutionTemplateLiteral(e.template) || ts.isTemplateExpression(e.template))
    ) {
      const t = e.template;
      if (ts.isNoSubstitutionTemplateLiteral(t)) return t.rawText ?? t.text;
      let s = t.head.rawText ?? t.head.text;
      for (const span of t.templateSpans) {
        const v = fold(span.expression, depth + 1);
        if (v === undefined) return undefined;
        s += v + (span.literal.rawText ?? span.literal.text);
      }
      return s;
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const l = fold(e.left, depth + 1);
      const r = fold(e.right, depth + 1);
      return l === undefined || r === undefined ? undefined : l + r;
    }
    if (ts.isIdentifier(e)) {
      const init = consts.get(e.text);
      return init ? fold(init, depth + 1) : undefined;
    }
    if (ts.isPropertyAccessExpression(e) && e.name.text === "source") {
      let target: ts.Expression | undefined = e.expression;
      if (ts.isIdentifier(target)) target = consts.get(target.text);
      if (target && target.kind === ts.SyntaxKind.RegularExpressionLiteral)
        return literalParts(target.getText(sf)).source;
      return undefined;
    }
    if (ts.isArrayLiteralExpression(e)) return undefined;
    return undefined;
  };
  return fold;
}

export function findRegexes(repoRoot: string, dir = "src"): RegexInventory {
  const regexes: FoundRegex[] = [];
  const dynamic: string[] = [];
  for (const abs of tsFiles(path.join(repoRoot, dir))) {
    const rel = path.relative(repoRoot, abs).split(path.sep).join("/");
    const sf = ts.createSourceFile(rel, readFileSync(abs, "utf8"), ts.ScriptTarget.ES2022, true);
    const fold = makeFolder(sf);
    const where = (n: ts.Node) => `${rel}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const walk = (n: ts.Node) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        regexes.push({ where: where(n), ...literalParts(n.getText(sf)) });
      } else if (
        (ts.isNewExpression(n) || ts.isCallExpression(n)) &&
        ts.isIdentifier(n.expression) &&
        n.expression.text === "RegExp"
      ) {
        const [pattern, flagsArg] = n.arguments ?? [];
        const source = pattern ? fold(pattern) : "";
        const flags = flagsArg ? fold(flagsArg) : "";
        if (source === undefined || flags === undefined) dynamic.push(where(n));
        else regexes.push({ where: where(n), source, flags });
      }
      n.forEachChild(walk);
    };
    walk(sf);
  }
  return { regexes, dynamic };
}
