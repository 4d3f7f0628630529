import type { SeedSource } from '../../server/src/dataset/schema.ts';

/**
 * The register files in seed/registers, each a source the graph cites: where the copy came from (repository,
 * path and commit, so a person can open the same bytes), who published the data, and the date the file reflects
 * (its snapshot; `published` on the source). seed/registers/README.md says how far each can be trusted.
 */

export interface Register {
  /** Source id in the graph. */
  id: string;
  /** Path inside seed/registers. */
  file: string;
  title: string;
  publisher: string;
  /** The date the file reflects: the state of the registers on about this day. */
  snapshot: string;
  repository: string;
  path: string;
  commit: string;
}

const ODS = 'NHS Organisation Data Service (NHS Digital / HSCIC)';
const ONS = 'Office for National Statistics';

const OPEN_CYBER = 'd618b9f5c20bef6e2f679e0b7d78d7c33a9e0e32';
const OPENPRESCRIBING_2013 = '2aab031b6d83d25a6247ccc85c5e9d0f8460d456';
const OPENPRESCRIBING_2018 = '326ee35b33506ce6404da98c29c02ea7c98b4fa0';
const OPENPRESCRIBING_E2E = '62015f4a3a00851b1fcee8f4359611da4218dab4';
const NHS_SPEND = 'e602ea98154e694e9afddca87e50caef0b8488b9';

export const REGISTERS = {
  etr2016: {
    id: 'ods-etr-2016', file: 'trusts/etr_2016_resaved.csv', snapshot: '2016-10-01', publisher: ODS,
    title: 'ODS NHS trusts (etr), c. 2016/17, re-saved copy',
    repository: 'jah-photoshop/nhsparse', path: 'etr.csv', commit: '12ebc71b6a80e8905723830928522421b13e8aa9',
  },
  etr2020: {
    id: 'ods-etr-2020', file: 'trusts/etr_2020_resaved.csv', snapshot: '2020-07-01', publisher: ODS,
    title: 'ODS NHS trusts (etr), April to October 2020, re-saved copy',
    repository: 'ebmdatalab/open-nhs-hospital-use-data', path: 'data/etr.csv', commit: '7beedf274f120d82ac42e948d0e85db58012af26',
  },
  etr2021: {
    id: 'ods-etr-2021', file: 'trusts/etr_2021.csv', snapshot: '2021-10-01', publisher: ODS,
    title: 'ODS NHS trusts (etr), late 2021',
    repository: 'nhsx-mirror/SystemHierarchies', path: 'data/etr.csv', commit: 'c38ca0a10e436fa11bcab1063cc34809a21e4b86',
  },
  etr2022: {
    id: 'ods-etr-2022', file: 'trusts/etr_2022.csv', snapshot: '2022-04-01', publisher: ODS,
    title: 'ODS NHS trusts (etr), spring 2022',
    repository: 'nhsx/open-cyber', path: 'data/auxiliary/21_22/etr.csv', commit: OPEN_CYBER,
  },
  etr2023: {
    id: 'ods-etr-2023', file: 'trusts/etr_2023.csv', snapshot: '2023-07-01', publisher: ODS,
    title: 'ODS NHS trusts (etr), mid 2023',
    repository: 'nhsx/open-cyber', path: 'data/auxiliary/22_23/etr.csv', commit: OPEN_CYBER,
  },
  etr2025: {
    id: 'ods-etr-2025', file: 'trusts/etr_2025.csv', snapshot: '2025-01-01', publisher: ODS,
    title: 'ODS NHS trusts (etr), early 2025, with closed trusts',
    repository: 'jhau/nhs-spend', path: 'data/etr.csv', commit: NHS_SPEND,
  },
  ect2023: {
    id: 'ods-ect-2023', file: 'trusts/ect_2023.csv', snapshot: '2023-07-01', publisher: ODS,
    title: 'ODS care trusts (ect), 2023',
    repository: 'nhsx/open-cyber', path: 'data/auxiliary/22_23/ect.csv', commit: OPEN_CYBER,
  },
  eccg2016: {
    id: 'ods-eccg-2016-02', file: 'ccgs/eccg_2016-02.csv', snapshot: '2016-02-01', publisher: ODS,
    title: 'ODS clinical commissioning groups (eccg), February 2016',
    repository: 'ebmdatalab/openprescribing', path: 'openprescribing/data/org_codes/eccg.csv', commit: '6e98b609f3366c969e669fc320aa03288bf71e81',
  },
  eccg2018: {
    id: 'ods-eccg-2018-11', file: 'ccgs/eccg_2018-11.csv', snapshot: '2018-11-01', publisher: ODS,
    title: 'ODS clinical commissioning groups (eccg), November 2018',
    repository: 'ebmdatalab/openprescribing', path: 'openprescribing/pipeline/data/ccg_details/2018_11/eccg.csv', commit: OPENPRESCRIBING_2018,
  },
  eccg2023: {
    id: 'ods-eccg-2023', file: 'ccgs/eccg_2023.csv', snapshot: '2023-04-01', publisher: ODS,
    title: 'ODS sub-ICB locations (eccg), 2023',
    repository: 'nhsx/open-cyber', path: 'data/auxiliary/22_23/eccg.csv', commit: OPEN_CYBER,
  },
  eccg2025: {
    id: 'ods-eccg-2025', file: 'ccgs/eccg_2025.csv', snapshot: '2025-01-01', publisher: ODS,
    title: 'ODS clinical commissioning groups and sub-ICB locations (eccg), early 2025, with closed CCGs',
    repository: 'jhau/nhs-spend', path: 'data/eccg.csv', commit: NHS_SPEND,
  },
  ccg2013: {
    id: 'ons-ccg-2013', file: 'ccgs/ons_CCG_APR_2013.csv', snapshot: '2013-04-01', publisher: ONS,
    title: 'ONS clinical commissioning groups, names and codes, April 2013',
    repository: 'ebmdatalab/openprescribing', path: 'openprescribing/data/org_codes/CCG_APR_2013.csv', commit: OPENPRESCRIBING_2013,
  },
  ccgLookup2013: {
    id: 'ons-ccg-area-team-region-2013', file: 'ccgs/ons_CCG13_NHSAT13_NHSCR13_EW_LU.csv', snapshot: '2013-04-01', publisher: ONS,
    title: 'ONS lookup: CCG to NHS area team to NHS commissioning region, April 2013',
    repository: 'ebmdatalab/openprescribing', path: 'openprescribing/data/org_codes/CCG13_NHSAT13_NHSCR13_EW_LU.csv', commit: OPENPRESCRIBING_2013,
  },
  ccg2020: {
    id: 'ons-ccg-2020', file: 'ccgs/ons_CCG20_names_codes_apr2020.csv', snapshot: '2020-04-01', publisher: ONS,
    title: 'ONS clinical commissioning groups, names and codes, April 2020',
    repository: 'nhsx/open-cyber',
    path: 'data/auxiliary/21_22/Clinical_Commissioning_Groups_(April_2020)_Names_and_Codes_in_England.csv', commit: OPEN_CYBER,
  },
  eauth2017: {
    id: 'ods-eauth-2017-08', file: 'icb_stp_region/eauth_2017-08.csv', snapshot: '2017-08-01', publisher: ODS,
    title: 'ODS NHS England regions and local offices (eauth), August 2017',
    repository: 'ebmdatalab/openprescribing', path: 'openprescribing/pipeline/e2e-test-data/data-1/region_details/2017_08/eauth.csv', commit: OPENPRESCRIBING_E2E,
  },
  eauth2018: {
    id: 'ods-eauth-2018-11', file: 'icb_stp_region/eauth_2018-11.csv', snapshot: '2018-11-01', publisher: ODS,
    title: 'ODS NHS England regions and local offices (eauth), November 2018',
    repository: 'ebmdatalab/openprescribing', path: 'openprescribing/pipeline/data/region_details/2018_11/eauth.csv', commit: OPENPRESCRIBING_2018,
  },
  areaTeams: {
    id: 'openprescribing-area-teams-2013', file: 'icb_stp_region/area_teams_2013_ons_to_ods.csv', snapshot: '2013-04-01',
    publisher: 'OpenPrescribing (EBM DataLab), from HSCIC and ONS codes',
    title: 'NHS area teams 2013: ONS code, ODS code and name',
    repository: 'ebmdatalab/openprescribing', path: 'openprescribing/data/org_codes/at.csv', commit: OPENPRESCRIBING_2013,
  },
  areaTeamNames: {
    id: 'ons-area-teams-2013', file: 'icb_stp_region/ons_NHSAT_APR_2013_EN_NC.csv', snapshot: '2013-04-01', publisher: ONS,
    title: 'ONS NHS area teams, names and codes, April 2013',
    repository: 'ebmdatalab/openprescribing', path: 'openprescribing/data/org_codes/NHSAT_APR_2013_EN_NC.csv', commit: OPENPRESCRIBING_2013,
  },
  stp2021: {
    id: 'ons-ccg-stp-region-2021', file: 'icb_stp_region/ons_CCG21_STP21_NHSER21_apr2021.csv', snapshot: '2021-04-01', publisher: ONS,
    title: 'ONS lookup: CCG to STP to NHS England region, April 2021',
    repository: 'nhsx/open-cyber',
    path: 'data/auxiliary/21_22/Clinical_Commissioning_Group_to_STP_and_NHS_England_(Region)_(April_2021)_Lookup_in_England.csv',
    commit: OPEN_CYBER,
  },
  stpNames2021: {
    id: 'ons-ccg-stp-2021', file: 'icb_stp_region/ons_CCG21_STP21_apr2021.csv', snapshot: '2021-04-01', publisher: ONS,
    title: 'ONS lookup: CCG to STP (partnership names), April 2021',
    repository: 'nhsx/open-cyber', path: 'data/auxiliary/21_22/Clinical_Commissioning_Group_to_STPs_(April_2021)_Lookup_in_England.csv',
    commit: OPEN_CYBER,
  },
  icb2023: {
    id: 'ons-sub-icb-icb-region-2023', file: 'icb_stp_region/ons_SICBL23_ICB23_NHSER23_apr2023.csv', snapshot: '2023-04-01', publisher: ONS,
    title: 'ONS lookup: sub-ICB location to ICB to NHS England region, April 2023',
    repository: 'nhsx/open-cyber',
    path: 'data/auxiliary/22_23/Sub_ICB_Locations_to_Integrated_Care_Boards_to_NHS_England_(Region)_(April_2023)_Lookup_in_England (1).csv',
    commit: OPEN_CYBER,
  },
  icb2024: {
    id: 'ons-icb-2024', file: 'icb_stp_region/ons_ICB24_names_codes_dec2024.csv', snapshot: '2024-12-01', publisher: ONS,
    title: 'ONS integrated care boards, names and codes, December 2024',
    repository: 'jhau/nhs-spend', path: 'data/icb_names_codes_dec_2024.csv', commit: NHS_SPEND,
  },
  preApr2020: {
    id: 'ods-apr-2020-mapping-before', file: 'mappings/ods_apr2020_reconfiguration_mapping/pre_apr_2020.csv', snapshot: '2020-03-31',
    publisher: ODS, title: 'ODS April 2020 reconfiguration mapping: CCG to STP, local office and region before April 2020',
    repository: 'ebmdatalab/open-nhs-hospital-use-data', path: 'data/CCG_STP_RefFile_Apr20.xlsx (sheet pre April 2020)',
    commit: '4aa1d19b83f851ed42b9c86230ac256400fc3c20',
  },
  postApr2020: {
    id: 'ods-apr-2020-mapping-after', file: 'mappings/ods_apr2020_reconfiguration_mapping/post_apr_2020.csv', snapshot: '2020-04-01',
    publisher: ODS, title: 'ODS April 2020 reconfiguration mapping: CCG to STP and region from April 2020',
    repository: 'ebmdatalab/open-nhs-hospital-use-data', path: 'data/CCG_STP_RefFile_Apr20.xlsx (sheet post April 2020)',
    commit: '4aa1d19b83f851ed42b9c86230ac256400fc3c20',
  },
  stpImplementation: {
    id: 'ods-apr-2020-mapping-stps', file: 'mappings/ods_apr2020_reconfiguration_mapping/stp_implementation.csv', snapshot: '2020-04-01',
    publisher: ODS, title: 'ODS April 2020 reconfiguration mapping: local offices replaced by STPs',
    repository: 'ebmdatalab/open-nhs-hospital-use-data', path: 'data/CCG_STP_RefFile_Apr20.xlsx (sheet STP implementation)',
    commit: '4aa1d19b83f851ed42b9c86230ac256400fc3c20',
  },
  ccgMergers2020: {
    id: 'ods-apr-2020-mapping-mergers', file: 'mappings/ods_apr2020_reconfiguration_mapping/ccg_mergers.csv', snapshot: '2020-04-01',
    publisher: ODS, title: 'ODS April 2020 reconfiguration mapping: CCG mergers',
    repository: 'ebmdatalab/open-nhs-hospital-use-data', path: 'data/CCG_STP_RefFile_Apr20.xlsx (sheet CCG mergers)',
    commit: '4aa1d19b83f851ed42b9c86230ac256400fc3c20',
  },
  stpPartners: {
    id: 'ods-stp-partners-2019', file: 'mappings/ods_stp_partners_2019-04/current_stps.csv', snapshot: '2019-04-03', publisher: ODS,
    title: 'ODS STP partner mapping (updated 3 April 2019): current STPs and their partners',
    repository: 'ebmdatalab/openprescribing', path: 'openprescribing/pipeline/e2e-test-data/data-1/stp_mapping/2017_08/stps.xlsx (sheet current STPs)',
    commit: OPENPRESCRIBING_E2E,
  },
  closedStps: {
    id: 'ods-stp-partners-2019-closed', file: 'mappings/ods_stp_partners_2019-04/closed_stp_codes.csv', snapshot: '2018-03-31', publisher: ODS,
    title: 'ODS STP partner mapping (updated 3 April 2019): STP codes closed in 2018 and their partners',
    repository: 'ebmdatalab/openprescribing', path: 'openprescribing/pipeline/e2e-test-data/data-1/stp_mapping/2017_08/stps.xlsx (sheet closed STP codes)',
    commit: OPENPRESCRIBING_E2E,
  },
  localAuthorities: {
    id: 'ods-stp-partners-2019-las', file: 'mappings/ods_stp_partners_2019-04/las.csv', snapshot: '2019-04-03', publisher: ODS,
    title: 'ODS STP partner mapping (updated 3 April 2019): local authorities and their ODS codes',
    repository: 'ebmdatalab/openprescribing', path: 'openprescribing/pipeline/e2e-test-data/data-1/stp_mapping/2017_08/stps.xlsx (sheet LAs)',
    commit: OPENPRESCRIBING_E2E,
  },
  careTrusts2019: {
    id: 'ods-stp-partners-2019-care-trusts', file: 'mappings/ods_stp_partners_2019-04/caretrusts.csv', snapshot: '2019-04-03', publisher: ODS,
    title: 'ODS STP partner mapping (updated 3 April 2019): care trusts',
    repository: 'ebmdatalab/openprescribing', path: 'openprescribing/pipeline/e2e-test-data/data-1/stp_mapping/2017_08/stps.xlsx (sheet care trusts)',
    commit: OPENPRESCRIBING_E2E,
  },
  icbPartners: {
    id: 'ods-icb-partners-2023', file: 'mappings/ods_icb_partners_2023-08/icb_partners.csv', snapshot: '2023-08-08', publisher: ODS,
    title: 'ODS ICB partner mapping (updated 8 August 2023): ICBs, sub-ICB locations and partners',
    repository: 'nhsx/open-cyber', path: 'data/auxiliary/22_23/ICB+Partners+MASTER.xlsx (sheet ICB partners)', commit: OPEN_CYBER,
  },
  icbFinance: {
    id: 'ods-icb-financial-apportionment-2023', file: 'mappings/ods_icb_partners_2023-08/icb_financial_apportionment.csv',
    snapshot: '2023-08-08', publisher: `${ODS}, from NHS England finance`,
    title: 'ODS ICB partner mapping (updated 8 August 2023): ICB financial apportionment of trusts',
    repository: 'nhsx/open-cyber', path: 'data/auxiliary/22_23/ICB+Partners+MASTER.xlsx (sheet ICB financial apportionment)', commit: OPEN_CYBER,
  },
  successions: {
    id: 'ods-succ-2026', file: 'successions/succ_2026.csv', snapshot: '2026-04-01', publisher: ODS,
    title: 'ODS successor organisations (succ), early 2026',
    repository: 'Maglehoj/42578-Project', path: 'data/succ.csv', commit: 'c0ee05455a35fe72a39dc3b1462973243a687712',
  },
  councils: {
    id: 'mysociety-local-authorities', file: 'councils/mysociety_uk_local_authorities_current.csv', snapshot: '2025-07-01',
    publisher: 'mySociety (CC BY 4.0), compiled partly from OGL sources',
    title: 'UK local authorities, current and former (mySociety, package v1.6.1)',
    repository: 'mysociety/uk_local_authority_names_and_codes', path: 'data/packages/uk_la_past_current/uk_local_authorities_current.csv',
    commit: '67ef8b118938678401a452f4f19f669a7221cc73',
  },
} as const satisfies Record<string, Register>;

export type RegisterName = keyof typeof REGISTERS;

/** A link to the exact copy: the repository at the commit, at the file's path (the sheet named for a workbook). */
export function registerUrl(r: Register): string {
  const file = r.path.replace(/ \(sheet [^)]*\)$/, '');
  return `https://github.com/${r.repository}/blob/${r.commit}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

export function registerSources(): SeedSource[] {
  return Object.values(REGISTERS).map((r: Register) => ({
    id: r.id,
    title: r.title,
    url: registerUrl(r),
    publisher: r.publisher,
    published: r.snapshot,
  }));
}
