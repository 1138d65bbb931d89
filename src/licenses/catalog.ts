// What the project knows about each license, written by us from reading the terms: ids, kinds and the
// clauses that bind a user. No license text lives here. Hub ids come first (the Hub's own list), then
// the custom model licenses that cards declare as `license: other` + `license_name`.
import type { Category, Clauses, LicenseInfo } from "../types.js";

function lic(
  id: string,
  name: string,
  spdx: string | null,
  categories: Category[],
  clauses: Clauses,
  summary: string,
  url?: string,
): LicenseInfo {
  const info: LicenseInfo = {
    id,
    name,
    spdx: spdx ?? `LicenseRef-${id}`,
    categories,
    clauses,
    summary,
  };
  if (url) info.url = url;
  return info;
}

const SPDX_URL = (id: string) => `https://spdx.org/licenses/${id}.html`;
const perm = (id: string, name: string, spdx: string, summary: string): LicenseInfo =>
  lic(id, name, spdx, ["permissive"], {}, summary, SPDX_URL(spdx));
const copyleft = (id: string, name: string, spdx: string, kind: Category, summary: string): LicenseInfo =>
  lic(id, name, spdx, [kind], { licensePropagation: true }, summary, SPDX_URL(spdx));

// Creative Commons: the letters of the id are the terms (BY attribution, NC non-commercial, ND no
// derivatives, SA share-alike), so the entry is derived from them.
function cc(version: string, terms: string): LicenseInfo {
  const parts = terms.split("-");
  const id = `cc-${terms}-${version}`;
  const spdx = `CC-${terms.toUpperCase()}-${version}`;
  const categories: Category[] = [];
  const clauses: Clauses = { attribution: true };
  if (parts.includes("nc")) {
    categories.push("non-commercial");
    clauses.nonCommercial = true;
  }
  if (parts.includes("nd")) categories.push("no-derivatives");
  if (parts.includes("sa")) {
    categories.push("share-alike");
    clauses.licensePropagation = true;
  }
  if (categories.length === 0) categories.push("permissive");
  const words: string[] = ["Attribution"];
  if (parts.includes("nc")) words.push("NonCommercial");
  if (parts.includes("nd")) words.push("NoDerivatives");
  if (parts.includes("sa")) words.push("ShareAlike");
  const summary = [
    "Credit the author",
    parts.includes("nc") ? "no commercial use" : "",
    parts.includes("nd") ? "no adapted versions may be shared" : "",
    parts.includes("sa") ? "adaptations under the same license" : "",
  ]
    .filter(Boolean)
    .join("; ");
  return lic(
    id,
    `Creative Commons ${words.join("-")} ${version}`,
    spdx,
    categories,
    clauses,
    `${summary}.`,
    `https://creativecommons.org/licenses/${terms}/${version}/`,
  );
}

const RAIL: Clauses = { useRestrictions: true, licensePropagation: true };
const LLAMA3: Clauses = {
  mauThreshold: 700_000_000,
  useRestrictions: true,
  attribution: true,
  derivativeNaming: true,
  licensePropagation: true,
};

export const LICENSES: readonly LicenseInfo[] = [
  // ---- permissive code licenses
  perm(
    "apache-2.0",
    "Apache License 2.0",
    "Apache-2.0",
    "Permissive with a patent grant; keep notices and NOTICE file.",
  ),
  perm("mit", "MIT License", "MIT", "Permissive; keep the copyright and permission notice."),
  perm("bsd", "BSD License", "BSD-3-Clause", "Permissive BSD-style license (variant not stated)."),
  perm("bsd-2-clause", 'BSD 2-Clause "Simplified" License', "BSD-2-Clause", "Permissive; keep notices."),
  perm(
    "bsd-3-clause",
    'BSD 3-Clause "New" or "Revised" License',
    "BSD-3-Clause",
    "Permissive; keep notices, no endorsement.",
  ),
  perm(
    "bsd-3-clause-clear",
    "BSD 3-Clause Clear License",
    "BSD-3-Clause-Clear",
    "Permissive; expressly grants no patent rights.",
  ),
  perm("isc", "ISC License", "ISC", "Permissive, MIT-like."),
  perm("zlib", "zlib License", "Zlib", "Permissive; altered versions must be marked."),
  perm(
    "bsl-1.0",
    "Boost Software License 1.0",
    "BSL-1.0",
    "Permissive; notice needed in source copies only.",
  ),
  perm("afl-3.0", "Academic Free License 3.0", "AFL-3.0", "Permissive with attribution notice."),
  perm(
    "ecl-2.0",
    "Educational Community License 2.0",
    "ECL-2.0",
    "Apache-2.0 variant with a narrower patent grant.",
  ),
  perm("ncsa", "University of Illinois/NCSA Open Source License", "NCSA", "Permissive, BSD-like."),
  perm("postgresql", "PostgreSQL License", "PostgreSQL", "Permissive, BSD-like."),
  perm("wtfpl", "Do What The F*ck You Want To Public License", "WTFPL", "Permissive without conditions."),
  perm("mit-0", "MIT No Attribution", "MIT-0", "Permissive without the notice condition."),
  perm("0bsd", "BSD Zero Clause License", "0BSD", "Permissive without conditions."),
  perm(
    "openmdw-1.0",
    "OpenMDW License 1.0",
    "OpenMDW-1.0",
    "Permissive license for models, data and weights.",
  ),
  lic(
    "etalab-2.0",
    "Etalab Open License 2.0",
    "etalab-2.0",
    ["permissive"],
    { attribution: true },
    "French government open license; credit the source.",
    SPDX_URL("etalab-2.0"),
  ),
  lic(
    "apple-ascl",
    "Apple Sample Code License",
    null,
    ["permissive"],
    {},
    "Permissive for Apple sample code; Apple's names may not endorse derived products.",
    "https://developer.apple.com/support/downloads/terms/apple-sample-code/Apple-Sample-Code-License.pdf",
  ),
  // ---- public domain dedications
  lic(
    "cc0-1.0",
    "Creative Commons Zero 1.0",
    "CC0-1.0",
    ["public-domain"],
    {},
    "Public domain dedication.",
    SPDX_URL("CC0-1.0"),
  ),
  lic(
    "unlicense",
    "The Unlicense",
    "Unlicense",
    ["public-domain"],
    {},
    "Public domain dedication.",
    SPDX_URL("Unlicense"),
  ),
  lic(
    "pddl",
    "Open Data Commons Public Domain Dedication and License",
    "PDDL-1.0",
    ["public-domain"],
    {},
    "Public domain dedication for databases.",
    SPDX_URL("PDDL-1.0"),
  ),
  // ---- copyleft
  copyleft(
    "lgpl",
    "GNU Lesser General Public License",
    "LGPL-3.0-or-later",
    "weak-copyleft",
    "Changes to the library itself stay under the LGPL.",
  ),
  copyleft(
    "lgpl-2.1",
    "GNU Lesser General Public License 2.1",
    "LGPL-2.1-only",
    "weak-copyleft",
    "Changes to the library itself stay under the LGPL.",
  ),
  copyleft(
    "lgpl-3.0",
    "GNU Lesser General Public License 3.0",
    "LGPL-3.0-only",
    "weak-copyleft",
    "Changes to the library itself stay under the LGPL.",
  ),
  copyleft(
    "lgpl-lr",
    "Lesser General Public License For Linguistic Resources",
    "LGPLLR",
    "weak-copyleft",
    "LGPL-style terms for linguistic resources.",
  ),
  copyleft("mpl-2.0", "Mozilla Public License 2.0", "MPL-2.0", "weak-copyleft", "File-level copyleft."),
  copyleft("epl-1.0", "Eclipse Public License 1.0", "EPL-1.0", "weak-copyleft", "Module-level copyleft."),
  copyleft("epl-2.0", "Eclipse Public License 2.0", "EPL-2.0", "weak-copyleft", "Module-level copyleft."),
  copyleft(
    "ms-pl",
    "Microsoft Public License",
    "MS-PL",
    "weak-copyleft",
    "Source copies keep the same license.",
  ),
  copyleft(
    "artistic-2.0",
    "Artistic License 2.0",
    "Artistic-2.0",
    "weak-copyleft",
    "Modified versions must be marked or freely available.",
  ),
  copyleft(
    "ofl-1.1",
    "SIL Open Font License 1.1",
    "OFL-1.1",
    "weak-copyleft",
    "Fonts stay under the OFL; reserved names.",
  ),
  {
    ...copyleft(
      "lppl-1.3c",
      "LaTeX Project Public License 1.3c",
      "LPPL-1.3c",
      "weak-copyleft",
      "Modified files must be renamed.",
    ),
    clauses: { licensePropagation: true, derivativeNaming: true },
  },
  copyleft(
    "gpl",
    "GNU General Public License",
    "GPL-3.0-or-later",
    "strong-copyleft",
    "Derived works distributed under the GPL.",
  ),
  copyleft(
    "gpl-2.0",
    "GNU General Public License 2.0",
    "GPL-2.0-only",
    "strong-copyleft",
    "Derived works distributed under the GPL.",
  ),
  copyleft(
    "gpl-3.0",
    "GNU General Public License 3.0",
    "GPL-3.0-only",
    "strong-copyleft",
    "Derived works distributed under the GPL.",
  ),
  copyleft(
    "gfdl",
    "GNU Free Documentation License",
    "GFDL-1.3-or-later",
    "strong-copyleft",
    "Documentation copyleft.",
  ),
  copyleft(
    "eupl-1.1",
    "European Union Public License 1.1",
    "EUPL-1.1",
    "strong-copyleft",
    "Copyleft with compatible-license list.",
  ),
  copyleft(
    "eupl-1.2",
    "European Union Public License 1.2",
    "EUPL-1.2",
    "strong-copyleft",
    "Copyleft; network use counts as distribution.",
  ),
  copyleft(
    "agpl-3.0",
    "GNU Affero General Public License 3.0",
    "AGPL-3.0-only",
    "network-copyleft",
    "GPL plus: users over a network get the source.",
  ),
  copyleft(
    "osl-3.0",
    "Open Software License 3.0",
    "OSL-3.0",
    "network-copyleft",
    "Copyleft that counts external deployment as distribution.",
  ),
  // ---- Creative Commons
  lic(
    "cc",
    "Creative Commons (version and terms not stated)",
    null,
    ["unknown"],
    { attribution: true },
    "Some Creative Commons license; the terms depend on which one.",
    "https://creativecommons.org/licenses/",
  ),
  cc("2.0", "by"),
  cc("2.5", "by"),
  cc("3.0", "by"),
  cc("4.0", "by"),
  cc("3.0", "by-sa"),
  cc("4.0", "by-sa"),
  cc("2.0", "by-nc"),
  cc("3.0", "by-nc"),
  cc("4.0", "by-nc"),
  cc("4.0", "by-nd"),
  cc("3.0", "by-nc-nd"),
  cc("4.0", "by-nc-nd"),
  cc("2.0", "by-nc-sa"),
  cc("3.0", "by-nc-sa"),
  cc("4.0", "by-nc-sa"),
  // ---- data licenses
  lic(
    "odc-by",
    "Open Data Commons Attribution License",
    "ODC-By-1.0",
    ["permissive"],
    { attribution: true },
    "Databases: credit the source.",
    SPDX_URL("ODC-By-1.0"),
  ),
  lic(
    "odbl",
    "Open Data Commons Open Database License",
    "ODbL-1.0",
    ["share-alike"],
    { attribution: true, licensePropagation: true },
    "Databases: credit, share adapted databases alike.",
    SPDX_URL("ODbL-1.0"),
  ),
  lic(
    "cdla-permissive-1.0",
    "Community Data License Agreement Permissive 1.0",
    "CDLA-Permissive-1.0",
    ["permissive"],
    {},
    "Data: use freely, keep notices.",
    SPDX_URL("CDLA-Permissive-1.0"),
  ),
  lic(
    "cdla-permissive-2.0",
    "Community Data License Agreement Permissive 2.0",
    "CDLA-Permissive-2.0",
    ["permissive"],
    {},
    "Data: use freely, keep the license text.",
    SPDX_URL("CDLA-Permissive-2.0"),
  ),
  lic(
    "cdla-sharing-1.0",
    "Community Data License Agreement Sharing 1.0",
    "CDLA-Sharing-1.0",
    ["share-alike"],
    { licensePropagation: true },
    "Data: shared enhanced data stays under CDLA-Sharing.",
    SPDX_URL("CDLA-Sharing-1.0"),
  ),
  lic(
    "c-uda",
    "Computational Use of Data Agreement",
    "C-UDA-1.0",
    ["permissive"],
    { useRestrictions: true },
    "Data for computational analysis only; no redistribution of the data itself.",
    SPDX_URL("C-UDA-1.0"),
  ),
  // ---- responsible AI licenses
  lic(
    "openrail",
    "Open RAIL",
    null,
    ["responsible-ai"],
    RAIL,
    "Open use under behavioural restrictions that must pass to every downstream user.",
    "https://huggingface.co/blog/open_rail",
  ),
  lic(
    "creativeml-openrail-m",
    "CreativeML Open RAIL-M",
    null,
    ["responsible-ai"],
    RAIL,
    "Stable Diffusion v1 terms: open use, Attachment A use restrictions passed downstream.",
    "https://huggingface.co/spaces/CompVis/stable-diffusion-license",
  ),
  lic(
    "openrail++",
    "CreativeML Open RAIL++-M",
    null,
    ["responsible-ai"],
    RAIL,
    "SDXL terms: open use, use restrictions passed downstream.",
    "https://huggingface.co/stabilityai/stable-diffusion-xl-base-1.0/blob/main/LICENSE.md",
  ),
  lic(
    "bigscience-openrail-m",
    "BigScience Open RAIL-M",
    null,
    ["responsible-ai"],
    RAIL,
    "Open use with use restrictions passed downstream.",
    "https://www.licenses.ai/blog/2022/8/26/bigscience-open-rail-m-license",
  ),
  lic(
    "bigscience-bloom-rail-1.0",
    "BigScience BLOOM RAIL 1.0",
    null,
    ["responsible-ai"],
    RAIL,
    "BLOOM terms: open use, use restrictions passed downstream.",
    "https://huggingface.co/spaces/bigscience/license",
  ),
  lic(
    "bigcode-openrail-m",
    "BigCode Open RAIL-M v1",
    null,
    ["responsible-ai"],
    RAIL,
    "StarCoder terms: open use, use restrictions passed downstream.",
    "https://www.bigcode-project.org/docs/pages/bigcode-openrail/",
  ),
  // ---- Meta
  lic(
    "llama1-noncommercial-research",
    "LLaMA 1 Non-Commercial Research License",
    null,
    ["research-only", "non-commercial"],
    { nonCommercial: true, useRestrictions: true, attribution: true, licensePropagation: true },
    "Original LLaMA weights: non-commercial research use only.",
    "https://github.com/meta-llama/llama/blob/llama_v1/LICENSE",
  ),
  lic(
    "fair-noncommercial-research-license",
    "FAIR Noncommercial Research License",
    null,
    ["research-only", "non-commercial"],
    { nonCommercial: true, useRestrictions: true, licensePropagation: true },
    "Meta FAIR research releases: non-commercial research only.",
    "https://huggingface.co/facebook/layerskip-llama2-7B/blob/main/LICENSE",
  ),
  lic(
    "llama2",
    "Llama 2 Community License Agreement",
    null,
    ["community"],
    { mauThreshold: 700_000_000, useRestrictions: true, attribution: true, licensePropagation: true },
    "Commercial use allowed below 700M monthly active users; Acceptable Use Policy; no training other LLMs on outputs.",
    "https://ai.meta.com/llama/license/",
  ),
  lic(
    "llama3",
    "Meta Llama 3 Community License Agreement",
    null,
    ["community"],
    LLAMA3,
    "Below 700M MAU; 'Built with Meta Llama 3'; derivative names begin with 'Llama 3'; Acceptable Use Policy.",
    "https://llama.meta.com/llama3/license/",
  ),
  lic(
    "llama3.1",
    "Llama 3.1 Community License Agreement",
    null,
    ["community"],
    LLAMA3,
    "Below 700M MAU; 'Built with Llama'; derivative names begin with 'Llama'; Acceptable Use Policy.",
    "https://llama.meta.com/llama3_1/license/",
  ),
  lic(
    "llama3.2",
    "Llama 3.2 Community License Agreement",
    null,
    ["community"],
    LLAMA3,
    "Below 700M MAU; 'Built with Llama'; derivative names begin with 'Llama'; AUP (multimodal rights withheld in the EU).",
    "https://www.llama.com/llama3_2/license/",
  ),
  lic(
    "llama3.3",
    "Llama 3.3 Community License Agreement",
    null,
    ["community"],
    LLAMA3,
    "Below 700M MAU; 'Built with Llama'; derivative names begin with 'Llama'; Acceptable Use Policy.",
    "https://www.llama.com/llama3_3/license/",
  ),
  lic(
    "llama4",
    "Llama 4 Community License Agreement",
    null,
    ["community"],
    LLAMA3,
    "Below 700M MAU; 'Built with Llama'; derivative names begin with 'Llama'; Acceptable Use Policy.",
    "https://www.llama.com/llama4/license/",
  ),
  // ---- Google, Apple, xAI, Hub-listed research licenses
  lic(
    "gemma",
    "Gemma Terms of Use",
    null,
    ["community"],
    { useRestrictions: true, attribution: true, licensePropagation: true },
    "Commercial use allowed; Prohibited Use Policy binds every downstream user; NOTICE required.",
    "https://ai.google.dev/gemma/terms",
  ),
  lic(
    "apple-amlr",
    "Apple Machine Learning Research Model License",
    null,
    ["research-only", "non-commercial"],
    { nonCommercial: true, attribution: true, licensePropagation: true },
    "Apple research models: non-commercial scientific research only.",
    "https://github.com/apple/ml-fastvlm/blob/main/LICENSE_MODEL",
  ),
  lic(
    "grok2-community",
    "Grok 2 Community License Agreement",
    null,
    ["community"],
    { useRestrictions: true, attribution: true, licensePropagation: true },
    "xAI Grok 2 weights: community terms with an acceptable use policy and no training of other models.",
    "https://huggingface.co/xai-org/grok-2/blob/main/LICENSE",
  ),
  lic(
    "h-research",
    "H Research License",
    null,
    ["research-only", "non-commercial"],
    { nonCommercial: true },
    "Research use only.",
    "https://huggingface.co/Hcompany",
  ),
  lic(
    "intel-research",
    "Intel Research Use License",
    null,
    ["research-only", "non-commercial"],
    { nonCommercial: true },
    "Research use only.",
    "https://huggingface.co/Intel",
  ),
  lic(
    "deepfloyd-if-license",
    "DeepFloyd IF License Agreement",
    null,
    ["research-only", "non-commercial"],
    { nonCommercial: true, useRestrictions: true, attribution: true, licensePropagation: true },
    "DeepFloyd IF weights: non-commercial research only.",
    "https://huggingface.co/spaces/DeepFloyd/deepfloyd-if-license",
  ),
  // ---- vendor model licenses declared as `other` + license_name
  lic(
    "tongyi-qianwen",
    "Tongyi Qianwen License Agreement",
    null,
    ["community"],
    { mauThreshold: 100_000_000, useRestrictions: true, attribution: true, licensePropagation: true },
    "Qwen 1 / 1.5: commercial use needs a separate license above 100M monthly active users.",
    "https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20LICENSE%20AGREEMENT",
  ),
  lic(
    "tongyi-qianwen-research",
    "Tongyi Qianwen Research License Agreement",
    null,
    ["research-only", "non-commercial"],
    { nonCommercial: true, useRestrictions: true, attribution: true, licensePropagation: true },
    "Small Qwen 1 models: research and evaluation only.",
    "https://github.com/QwenLM/Qwen/blob/main/Tongyi%20Qianwen%20RESEARCH%20LICENSE%20AGREEMENT",
  ),
  lic(
    "qwen",
    "Qwen License Agreement",
    null,
    ["community"],
    { mauThreshold: 100_000_000, attribution: true, licensePropagation: true },
    "Qwen 2 / 2.5 large models: 'Built with Qwen'; a separate license above 100M monthly active users.",
    "https://huggingface.co/Qwen/Qwen2.5-72B-Instruct/blob/main/LICENSE",
  ),
  lic(
    "qwen-research",
    "Qwen Research License Agreement",
    null,
    ["research-only", "non-commercial"],
    { nonCommercial: true, attribution: true, licensePropagation: true },
    "Qwen 2.5 3B and similar: non-commercial research only; 'Built with Qwen'.",
    "https://huggingface.co/Qwen/Qwen2.5-3B-Instruct/blob/main/LICENSE",
  ),
  lic(
    "deepseek-model-license",
    "DeepSeek License Agreement",
    null,
    ["responsible-ai"],
    { useRestrictions: true, licensePropagation: true },
    "DeepSeek models: commercial use allowed under OpenRAIL-style use restrictions passed downstream.",
    "https://github.com/deepseek-ai/DeepSeek-V2/blob/main/LICENSE-MODEL",
  ),
  lic(
    "falcon-llm-license",
    "TII Falcon License",
    null,
    ["community"],
    { useRestrictions: true, attribution: true, licensePropagation: true },
    "Falcon 2 / 3: Apache-2.0-based terms plus an Acceptable Use Policy.",
    "https://falconllm.tii.ae/falcon-terms-and-conditions.html",
  ),
  lic(
    "falcon-180b-license",
    "Falcon 180B TII License",
    null,
    ["community"],
    { useRestrictions: true, attribution: true, licensePropagation: true },
    "Falcon 180B: hosting use needs a separate license; Acceptable Use Policy.",
    "https://huggingface.co/spaces/tiiuae/falcon-180b-license",
  ),
  lic(
    "mistral-mnpl",
    "Mistral AI Non-Production License",
    null,
    ["non-commercial", "research-only"],
    { nonCommercial: true, licensePropagation: true, attribution: true },
    "Codestral and similar: testing, research and personal use only; no production use.",
    "https://mistral.ai/licenses/MNPL-0.1.md",
  ),
  lic(
    "mistral-mrl",
    "Mistral AI Research License",
    null,
    ["research-only", "non-commercial"],
    { nonCommercial: true, licensePropagation: true, attribution: true },
    "Research use only; commercial use needs a separate license.",
    "https://mistral.ai/licenses/MRL-0.1.md",
  ),
  lic(
    "nvidia-open-model-license",
    "NVIDIA Open Model License Agreement",
    null,
    ["community"],
    { useRestrictions: true, attribution: true, licensePropagation: true },
    "Commercial use allowed; bypassing guardrails ends the license; attribution notice required.",
    "https://www.nvidia.com/en-us/agreements/enterprise-software/nvidia-open-model-license/",
  ),
  lic(
    "nvidia-source-code-license-nc",
    "NVIDIA Source Code License (Non-Commercial)",
    null,
    ["non-commercial", "research-only"],
    { nonCommercial: true, licensePropagation: true },
    "NVLabs research code and weights: non-commercial use only.",
    "https://nvlabs.github.io/stylegan2/license.html",
  ),
  lic(
    "stability-community",
    "Stability AI Community License Agreement",
    null,
    ["community"],
    {
      revenueThreshold: { amount: 1_000_000, currency: "USD", period: "year" },
      registration: true,
      useRestrictions: true,
      attribution: true,
      licensePropagation: true,
    },
    "Free below US$1M annual revenue, an enterprise license above; 'Powered by Stability AI'; AUP.",
    "https://stability.ai/community-license-agreement",
  ),
  lic(
    "stability-non-commercial",
    "Stability AI Non-Commercial Research Community License",
    null,
    ["non-commercial", "research-only"],
    { nonCommercial: true, useRestrictions: true, licensePropagation: true },
    "Stability research releases: non-commercial research only.",
    "https://huggingface.co/stabilityai/stable-video-diffusion-img2vid/blob/main/LICENSE",
  ),
  lic(
    "databricks-open-model-license",
    "Databricks Open Model License",
    null,
    ["community"],
    { mauThreshold: 700_000_000, useRestrictions: true, attribution: true, licensePropagation: true },
    "DBRX: Llama-2-style terms, separate license above 700M monthly active users, AUP.",
    "https://www.databricks.com/legal/open-model-license",
  ),
  // ---- placeholders the Hub accepts
  lic("other", "Other", null, ["unknown"], {}, "Declared as 'other' with no recognizable license name."),
  lic("unknown", "Unknown", null, ["unknown"], {}, "Declared as unknown."),
];

const BY_ID = new Map(LICENSES.map((l) => [l.id, l]));

export function getLicense(id: string): LicenseInfo | undefined {
  return BY_ID.get(id.toLowerCase());
}
