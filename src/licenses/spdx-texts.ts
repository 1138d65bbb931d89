// Reference texts of the standard licenses, from the maintained spdx-license-list package. Only the
// licenses models and datasets actually use are imported, one JSON file each, so the bundle carries a
// few hundred kilobytes rather than the whole list.

import L_0BSD from "spdx-license-list/licenses/0BSD.json" with { type: "json" };
import L_AGPL_3_0_only from "spdx-license-list/licenses/AGPL-3.0-only.json" with { type: "json" };
import L_Apache_2_0 from "spdx-license-list/licenses/Apache-2.0.json" with { type: "json" };
import L_Artistic_2_0 from "spdx-license-list/licenses/Artistic-2.0.json" with { type: "json" };
import L_BSD_2_Clause from "spdx-license-list/licenses/BSD-2-Clause.json" with { type: "json" };
import L_BSD_3_Clause from "spdx-license-list/licenses/BSD-3-Clause.json" with { type: "json" };
import L_BSD_3_Clause_Clear from "spdx-license-list/licenses/BSD-3-Clause-Clear.json" with { type: "json" };
import L_BSL_1_0 from "spdx-license-list/licenses/BSL-1.0.json" with { type: "json" };
import L_CC_BY_3_0 from "spdx-license-list/licenses/CC-BY-3.0.json" with { type: "json" };
import L_CC_BY_4_0 from "spdx-license-list/licenses/CC-BY-4.0.json" with { type: "json" };
import L_CC_BY_NC_3_0 from "spdx-license-list/licenses/CC-BY-NC-3.0.json" with { type: "json" };
import L_CC_BY_NC_4_0 from "spdx-license-list/licenses/CC-BY-NC-4.0.json" with { type: "json" };
import L_CC_BY_NC_ND_4_0 from "spdx-license-list/licenses/CC-BY-NC-ND-4.0.json" with { type: "json" };
import L_CC_BY_NC_SA_3_0 from "spdx-license-list/licenses/CC-BY-NC-SA-3.0.json" with { type: "json" };
import L_CC_BY_NC_SA_4_0 from "spdx-license-list/licenses/CC-BY-NC-SA-4.0.json" with { type: "json" };
import L_CC_BY_ND_4_0 from "spdx-license-list/licenses/CC-BY-ND-4.0.json" with { type: "json" };
import L_CC_BY_SA_3_0 from "spdx-license-list/licenses/CC-BY-SA-3.0.json" with { type: "json" };
import L_CC_BY_SA_4_0 from "spdx-license-list/licenses/CC-BY-SA-4.0.json" with { type: "json" };
import L_CC0_1_0 from "spdx-license-list/licenses/CC0-1.0.json" with { type: "json" };
import L_CDLA_Permissive_1_0 from "spdx-license-list/licenses/CDLA-Permissive-1.0.json" with { type: "json" };
import L_CDLA_Permissive_2_0 from "spdx-license-list/licenses/CDLA-Permissive-2.0.json" with { type: "json" };
import L_CDLA_Sharing_1_0 from "spdx-license-list/licenses/CDLA-Sharing-1.0.json" with { type: "json" };
import L_ECL_2_0 from "spdx-license-list/licenses/ECL-2.0.json" with { type: "json" };
import L_EPL_1_0 from "spdx-license-list/licenses/EPL-1.0.json" with { type: "json" };
import L_EPL_2_0 from "spdx-license-list/licenses/EPL-2.0.json" with { type: "json" };
import L_EUPL_1_2 from "spdx-license-list/licenses/EUPL-1.2.json" with { type: "json" };
import L_GPL_2_0_only from "spdx-license-list/licenses/GPL-2.0-only.json" with { type: "json" };
import L_GPL_3_0_only from "spdx-license-list/licenses/GPL-3.0-only.json" with { type: "json" };
import L_ISC from "spdx-license-list/licenses/ISC.json" with { type: "json" };
import L_LGPL_2_1_only from "spdx-license-list/licenses/LGPL-2.1-only.json" with { type: "json" };
import L_LGPL_3_0_only from "spdx-license-list/licenses/LGPL-3.0-only.json" with { type: "json" };
import L_MIT from "spdx-license-list/licenses/MIT.json" with { type: "json" };
import L_MIT_0 from "spdx-license-list/licenses/MIT-0.json" with { type: "json" };
import L_MPL_2_0 from "spdx-license-list/licenses/MPL-2.0.json" with { type: "json" };
import L_MS_PL from "spdx-license-list/licenses/MS-PL.json" with { type: "json" };
import L_NCSA from "spdx-license-list/licenses/NCSA.json" with { type: "json" };
import L_ODbL_1_0 from "spdx-license-list/licenses/ODbL-1.0.json" with { type: "json" };
import L_ODC_By_1_0 from "spdx-license-list/licenses/ODC-By-1.0.json" with { type: "json" };
import L_PDDL_1_0 from "spdx-license-list/licenses/PDDL-1.0.json" with { type: "json" };
import L_PostgreSQL from "spdx-license-list/licenses/PostgreSQL.json" with { type: "json" };
import L_Unlicense from "spdx-license-list/licenses/Unlicense.json" with { type: "json" };
import L_WTFPL from "spdx-license-list/licenses/WTFPL.json" with { type: "json" };
import L_Zlib from "spdx-license-list/licenses/Zlib.json" with { type: "json" };

export interface SpdxText {
  spdx: string;
  name: string;
  text: string;
}

export const SPDX_TEXTS: readonly SpdxText[] = [
  { spdx: "MIT", name: L_MIT.name, text: L_MIT.licenseText },
  { spdx: "MIT-0", name: L_MIT_0.name, text: L_MIT_0.licenseText },
  { spdx: "ISC", name: L_ISC.name, text: L_ISC.licenseText },
  { spdx: "0BSD", name: L_0BSD.name, text: L_0BSD.licenseText },
  { spdx: "BSD-2-Clause", name: L_BSD_2_Clause.name, text: L_BSD_2_Clause.licenseText },
  { spdx: "BSD-3-Clause", name: L_BSD_3_Clause.name, text: L_BSD_3_Clause.licenseText },
  { spdx: "BSD-3-Clause-Clear", name: L_BSD_3_Clause_Clear.name, text: L_BSD_3_Clause_Clear.licenseText },
  { spdx: "Apache-2.0", name: L_Apache_2_0.name, text: L_Apache_2_0.licenseText },
  { spdx: "Zlib", name: L_Zlib.name, text: L_Zlib.licenseText },
  { spdx: "BSL-1.0", name: L_BSL_1_0.name, text: L_BSL_1_0.licenseText },
  { spdx: "Unlicense", name: L_Unlicense.name, text: L_Unlicense.licenseText },
  { spdx: "WTFPL", name: L_WTFPL.name, text: L_WTFPL.licenseText },
  { spdx: "CC0-1.0", name: L_CC0_1_0.name, text: L_CC0_1_0.licenseText },
  { spdx: "MPL-2.0", name: L_MPL_2_0.name, text: L_MPL_2_0.licenseText },
  { spdx: "LGPL-2.1-only", name: L_LGPL_2_1_only.name, text: L_LGPL_2_1_only.licenseText },
  { spdx: "LGPL-3.0-only", name: L_LGPL_3_0_only.name, text: L_LGPL_3_0_only.licenseText },
  { spdx: "GPL-2.0-only", name: L_GPL_2_0_only.name, text: L_GPL_2_0_only.licenseText },
  { spdx: "GPL-3.0-only", name: L_GPL_3_0_only.name, text: L_GPL_3_0_only.licenseText },
  { spdx: "AGPL-3.0-only", name: L_AGPL_3_0_only.name, text: L_AGPL_3_0_only.licenseText },
  { spdx: "EPL-1.0", name: L_EPL_1_0.name, text: L_EPL_1_0.licenseText },
  { spdx: "EPL-2.0", name: L_EPL_2_0.name, text: L_EPL_2_0.licenseText },
  { spdx: "EUPL-1.2", name: L_EUPL_1_2.name, text: L_EUPL_1_2.licenseText },
  { spdx: "CC-BY-4.0", name: L_CC_BY_4_0.name, text: L_CC_BY_4_0.licenseText },
  { spdx: "CC-BY-SA-4.0", name: L_CC_BY_SA_4_0.name, text: L_CC_BY_SA_4_0.licenseText },
  { spdx: "CC-BY-NC-4.0", name: L_CC_BY_NC_4_0.name, text: L_CC_BY_NC_4_0.licenseText },
  { spdx: "CC-BY-NC-SA-4.0", name: L_CC_BY_NC_SA_4_0.name, text: L_CC_BY_NC_SA_4_0.licenseText },
  { spdx: "CC-BY-ND-4.0", name: L_CC_BY_ND_4_0.name, text: L_CC_BY_ND_4_0.licenseText },
  { spdx: "CC-BY-NC-ND-4.0", name: L_CC_BY_NC_ND_4_0.name, text: L_CC_BY_NC_ND_4_0.licenseText },
  { spdx: "CC-BY-3.0", name: L_CC_BY_3_0.name, text: L_CC_BY_3_0.licenseText },
  { spdx: "CC-BY-SA-3.0", name: L_CC_BY_SA_3_0.name, text: L_CC_BY_SA_3_0.licenseText },
  { spdx: "CC-BY-NC-3.0", name: L_CC_BY_NC_3_0.name, text: L_CC_BY_NC_3_0.licenseText },
  { spdx: "CC-BY-NC-SA-3.0", name: L_CC_BY_NC_SA_3_0.name, text: L_CC_BY_NC_SA_3_0.licenseText },
  { spdx: "ODbL-1.0", name: L_ODbL_1_0.name, text: L_ODbL_1_0.licenseText },
  { spdx: "ODC-By-1.0", name: L_ODC_By_1_0.name, text: L_ODC_By_1_0.licenseText },
  { spdx: "PDDL-1.0", name: L_PDDL_1_0.name, text: L_PDDL_1_0.licenseText },
  { spdx: "CDLA-Permissive-1.0", name: L_CDLA_Permissive_1_0.name, text: L_CDLA_Permissive_1_0.licenseText },
  { spdx: "CDLA-Permissive-2.0", name: L_CDLA_Permissive_2_0.name, text: L_CDLA_Permissive_2_0.licenseText },
  { spdx: "CDLA-Sharing-1.0", name: L_CDLA_Sharing_1_0.name, text: L_CDLA_Sharing_1_0.licenseText },
  { spdx: "ECL-2.0", name: L_ECL_2_0.name, text: L_ECL_2_0.licenseText },
  { spdx: "Artistic-2.0", name: L_Artistic_2_0.name, text: L_Artistic_2_0.licenseText },
  { spdx: "MS-PL", name: L_MS_PL.name, text: L_MS_PL.licenseText },
  { spdx: "NCSA", name: L_NCSA.name, text: L_NCSA.licenseText },
  { spdx: "PostgreSQL", name: L_PostgreSQL.name, text: L_PostgreSQL.licenseText },
];
