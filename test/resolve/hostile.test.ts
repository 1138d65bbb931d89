import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveReferences } from "../../src/resolve/index.js";
import { CATEGORIES } from "../../src/types.js";
import { startHub } from "../servers/hub.js";
import { ref } from "./helpers.js";

// Model metadata is written by strangers: whatever the card, tags and file names hold, resolution
// ends with a well-formed finding and follows only ids that look like Hub ids.
const value = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.constantFrom(
    "other",
    "apache-2.0",
    "llama3",
    "__proto__",
    "constructor",
    "../../etc/passwd",
    "<img src=x>",
    "@admin",
  ),
  fc.integer(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.constant({ a: 1 })), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);

const ID = /^[A-Za-z0-9][\w.-]{0,95}(\/[A-Za-z0-9][\w.-]{0,95})?$/;

describe("hostile metadata", () => {
  it("never crashes and yields well-formed resolutions", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          license: value,
          license_name: value,
          license_link: value,
          base_model: value,
          base_model_relation: value,
        }),
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 60 }),
            fc.constantFrom("base_model:merge:x/y", "base_model:adapter:../z", "license:"),
          ),
          {
            maxLength: 6,
          },
        ),
        fc.dictionary(
          fc.oneof(
            fc.string({ maxLength: 20 }),
            fc.constantFrom("LICENSE", "LICENSE-CODE", "x.py", "README.md"),
          ),
          fc.string({ maxLength: 200 }),
          {
            maxKeys: 4,
          },
        ),
        async (cardData, tags, files) => {
          const hub = await startHub({
            models: { "evil/model": { cardData, tags, files }, "x/y": { cardData: { license: "mit" } } },
          });
          try {
            const { resolved } = await resolveReferences([ref("evil/model")], {
              hubUrl: hub.url,
              root: "/nonexistent",
              retries: 0,
              timeoutMs: 2000,
            });
            const r = resolved[0]!.resolution;
            expect(r.weights.categories.length).toBeGreaterThan(0);
            for (const c of r.weights.categories) expect(CATEGORIES).toContain(c);
            expect(typeof r.weights.source).toBe("string");
            for (const e of r.lineage) expect(e.id).toMatch(ID);
            expect(r.lineage.length).toBeLessThanOrEqual(12);
          } finally {
            await hub.close();
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
