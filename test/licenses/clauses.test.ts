// Clause extraction on wording written for these tests: it appears in no corpus license, so the
// patterns must describe how such terms are phrased, not how one license phrases them.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { classifyText, clauseNames, extractClauses } from "../../src/licenses/index.js";

const spdx = (id: string): string =>
  createRequire(import.meta.url)(`spdx-license-list/licenses/${id}.json`).licenseText;

describe("monthly active user thresholds", () => {
  it.each([
    [
      "Licensees whose services exceed 250 million monthly active users must obtain a separate license.",
      250_000_000,
    ],
    ["A separate grant is needed once you have more than 50,000,000 MAU.", 50_000_000],
    ["If the Product reaches 1.5 billion monthly active users, commercial terms apply.", 1_500_000_000],
    ["Services with 2M monthly-active users or more need our approval.", 2_000_000],
    ["When monthly active users exceed 300 million (300,000,000), this grant ends.", 300_000_000],
    ["Use by platforms with over 20 000 000 monthly active end users is not covered.", 20_000_000],
  ])("%s", (text, n) => {
    expect(extractClauses(text).mauThreshold).toBe(n);
  });

  it("ignores numbers that are not user counts", () => {
    expect(extractClauses("Section 700 applies to users. See clause 3.").mauThreshold).toBeUndefined();
    expect(extractClauses("We have 12 monthly active users in the pilot.").mauThreshold).toBeUndefined();
  });
});

describe("revenue thresholds", () => {
  it.each([
    [
      "If your annual gross revenue exceeds €5 million, you need a commercial agreement.",
      5_000_000,
      "EUR",
      "year",
    ],
    [
      "Organizations with less than USD 10M in yearly revenue may use it for free.",
      10_000_000,
      "USD",
      "year",
    ],
    ["Entities earning over $250,000 in revenue per month must pay a fee.", 250_000, "USD", "month"],
    [
      "Free for companies whose turnover is under 2,000,000 euros in a fiscal year.",
      2_000_000,
      "EUR",
      "year",
    ],
    [
      "Companies with annual revenue above US $1,000,000 need an enterprise license.",
      1_000_000,
      "USD",
      "year",
    ],
  ])("%s", (text, amount, currency, period) => {
    expect(extractClauses(text).revenueThreshold).toEqual({ amount, currency, period });
  });

  it("does not take a fee or damages cap for a revenue threshold", () => {
    expect(extractClauses("Liability is limited to US $100.").revenueThreshold).toBeUndefined();
    expect(extractClauses("The fee is $5,000 per seat.").revenueThreshold).toBeUndefined();
  });
});

describe("terms", () => {
  it("finds non-commercial terms phrased many ways", () => {
    for (const t of [
      "This model may only be used for non-commercial purposes.",
      "You may not use the weights for any commercial purpose.",
      "Permission is granted solely for academic research purposes.",
      "No commercial use is allowed without written consent.",
      "Use is limited to research and evaluation purposes only.",
    ]) {
      expect(extractClauses(t).nonCommercial, t).toBe(true);
    }
  });

  it("does not call a license non-commercial when it grants commercial use under a threshold", () => {
    const t =
      "You may use the model for research, non-commercial or commercial purposes. " +
      "Commercial users with more than 10 million monthly active users need a separate license.";
    const c = extractClauses(t);
    expect(c.nonCommercial).toBeUndefined();
    expect(c.mauThreshold).toBe(10_000_000);
  });

  it("finds use restrictions", () => {
    expect(extractClauses("You agree not to use the Model to generate disinformation.").useRestrictions).toBe(
      true,
    );
    expect(extractClauses("Your use must comply with the Acme Acceptable Use Policy.").useRestrictions).toBe(
      true,
    );
    expect(
      extractClauses("The weights shall not be used for military applications or mass surveillance.")
        .useRestrictions,
    ).toBe(true);
  });

  it("finds attribution, derivative naming, propagation and registration duties", () => {
    const t = [
      'You must prominently display "Powered by Acme Vision" in any product that uses the model.',
      'Any fine-tuned model must have a name that begins with "Acme".',
      "Recipients must receive a copy of this license, and you must pass these restrictions down to them.",
      "You must register with Acme before any deployment.",
    ].join(" ");
    expect(clauseNames(extractClauses(t))).toEqual(
      expect.arrayContaining(["attribution", "derivative-naming", "license-propagation", "registration"]),
    );
  });

  it("reads nothing binding into plain permissive texts", () => {
    for (const id of ["MIT", "BSD-2-Clause", "ISC"]) {
      const c = extractClauses(spdx(id));
      expect(c.nonCommercial, id).toBeUndefined();
      expect(c.useRestrictions, id).toBeUndefined();
      expect(c.mauThreshold, id).toBeUndefined();
      expect(c.revenueThreshold, id).toBeUndefined();
    }
  });

  it("an unseen custom license yields its numbers and terms though its name is unknown", () => {
    const t = [
      "ORBITAL WEIGHTS COMMUNITY AGREEMENT",
      "1. You may use, copy and modify the Orbital Weights for any purpose, including commercially.",
      "2. If the products you offer had more than 75 million monthly active users in the previous month, you must ask Orbital for a license.",
      "3. Companies with annual revenue above GBP 20 million must pay a fee.",
      "4. You will not use the Orbital Weights to build weapons or to surveil people.",
    ].join("\n\n");
    const c = classifyText(t);
    expect(c.license).toBeNull();
    expect(c.categories).toContain("unknown");
    expect(c.clauses.mauThreshold).toBe(75_000_000);
    expect(c.clauses.revenueThreshold).toEqual({ amount: 20_000_000, currency: "GBP", period: "year" });
    expect(c.clauses.useRestrictions).toBe(true);
    expect(c.clauses.nonCommercial).toBeUndefined();
  });
});
