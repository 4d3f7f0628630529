import { cp, readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { checkAll, seed } from '../../seed/load.ts';
import { SeedValidationError } from '../../server/src/dataset/problems.ts';
import { REGISTERS_DIR } from '../../seed/national/table.ts';
import { useTestGraph } from '../helpers/graph.ts';
import { useTempDirs } from '../helpers/temp.ts';

/**
 * The national graph against the registers themselves. The expected counts are computed here, straight from the
 * CSV files with a reader of their own (not the import's code), so a mistake in the import shows as a difference.
 */
const graph = useTestGraph();
const tempDir = useTempDirs();

function rows(file: string, header = false): string[][] {
  const text = readFileSync(path.join(REGISTERS_DIR, file), 'utf8');
  const all = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
  return header ? all.slice(1) : all;
}
function table(file: string): Record<string, string>[] {
  const text = readFileSync(path.join(REGISTERS_DIR, file), 'utf8');
  return parse(text, { bom: true, columns: true, relax_column_count: true, skip_empty_lines: true }) as Record<string, string>[];
}
const iso = (ods: string) => (ods ? `${ods.slice(0, 4)}-${ods.slice(4, 6)}-${ods.slice(6, 8)}` : null);
const openOn = (day: string, from: string | null, to: string | null) => (from === null || from <= day) && (to === null || to >= day);
const distinct = (values: string[]) => new Set(values.filter(Boolean)).size;

/** What the registers say was open on a day, computed directly from the files. */
const fromRegisters = {
  trusts(day: string): number {
    const etr = rows('trusts/etr_2025.csv').filter((r) => !(r[2] === '' && r[23] === 'W'));
    const ect = rows('trusts/ect_2023.csv');
    const codes = new Set([...etr, ...ect].filter((r) => openOn(day, iso(r[10]!), iso(r[11]!))).map((r) => r[0]));
    // A trust handed over to another by that day (the mergers of 2026 come after the 2025 file) has gone.
    for (const r of rows('successions/succ_2026.csv')) if (codes.has(r[1]!) && iso(r[3]!)! <= day) codes.delete(r[0]!);
    return codes.size;
  },
  ccgs(day: string): number {
    return rows('ccgs/eccg_2025.csv').filter((r) => {
      const subType = r[13]!;
      if (subType !== '' && !subType.includes('RO319')) return false;
      const to = subType === '' ? iso(r[11]!) : '2022-06-30';
      return openOn(day, iso(r[10]!), to);
    }).length;
  },
  regions(day: string): number {
    if (day < '2015-04-01') return distinct(table('ccgs/ons_CCG13_NHSAT13_NHSCR13_EW_LU.csv').map((r) => r.NHSCR13CD!));
    if (day < '2018-04-01') return distinct(rows('ccgs/eccg_2016-02.csv').filter((r) => r[13] === 'C' && !r[11]).map((r) => r[2]!));
    if (day < '2022-07-01') return distinct(table('mappings/ods_apr2020_reconfiguration_mapping/post_apr_2020.csv').map((r) => r['Region Code']!));
    return distinct(table('icb_stp_region/ons_SICBL23_ICB23_NHSER23_apr2023.csv').map((r) => r.NHSER23CDH!));
  },
  areaTeamsAndLocalOffices(day: string): number {
    if (day < '2015-04-01') return distinct(table('ccgs/ons_CCG13_NHSAT13_NHSCR13_EW_LU.csv').map((r) => r.NHSAT13CD!));
    const offices = new Map<string, string[]>();
    for (const file of ['icb_stp_region/eauth_2017-08.csv', 'icb_stp_region/eauth_2018-11.csv']) {
      for (const r of rows(file)) if (/^Q\d\d$/.test(r[0]!)) offices.set(r[0]!, r);
    }
    return [...offices.values()].filter((r) => openOn(day, iso(r[10]!), iso(r[11]!))).length;
  },
  stps(day: string): number {
    if (day < '2018-04-01') {
      // The 2019 mapping's STPs, with the three merged in 2018 in place of the code they merged into.
      const current = table('mappings/ods_stp_partners_2019-04/current_stps.csv').map((r) => r['ODS STP Code']!);
      const closed = table('mappings/ods_stp_partners_2019-04/closed_stp_codes.csv').map((r) => r['ODS STP Code']!);
      return distinct(current) - 1 + distinct(closed);
    }
    return distinct(table('mappings/ods_apr2020_reconfiguration_mapping/post_apr_2020.csv').map((r) => r['STP Code']!));
  },
  icbs(day: string): number {
    const icbs = new Set(table('icb_stp_region/ons_SICBL23_ICB23_NHSER23_apr2023.csv').map((r) => r.ICB23CDH!));
    const succ = rows('successions/succ_2026.csv').filter((r) => icbs.has(r[0]!) && iso(r[3]!)! <= day);
    for (const r of succ) icbs.delete(r[0]!);
    for (const r of succ) icbs.add(r[1]!);
    return icbs.size;
  },
  subIcbLocations(): number {
    return table('icb_stp_region/ons_SICBL23_ICB23_NHSER23_apr2023.csv').length;
  },
};

async function countOn(day: string): Promise<Record<string, number>> {
  const { body } = await graph.gql(
    `query($d: Date) { graph(asOf: $d, kinds: [TRUST, CCG, SUB_ICB_LOCATION, STP, INTEGRATED_CARE_BOARD, REGION, LOCAL_OFFICE]) { nodes { kind odsCode } } }`,
    { d: day },
  );
  const counts: Record<string, number> = {};
  for (const n of body.data.graph.nodes as { kind: string; odsCode: string | null }[]) {
    if (n.odsCode) counts[n.kind] = (counts[n.kind] ?? 0) + 1;
  }
  return counts;
}

describe.each(['2013-04-01', '2016-06-01', '2020-06-01', '2023-06-01', '2026-06-01'])('on %s the graph holds what the registers give', (day) => {
  it('the same number of trusts, CCGs, sub-ICB locations, STPs, ICBs, regions and area teams or local offices', async () => {
    const expected: Record<string, number> = {
      TRUST: fromRegisters.trusts(day),
      REGION: fromRegisters.regions(day),
    };
    if (day < '2022-07-01') expected.CCG = fromRegisters.ccgs(day);
    if (day < '2020-04-01') expected.LOCAL_OFFICE = fromRegisters.areaTeamsAndLocalOffices(day);
    if (day >= '2016-03-01' && day < '2022-07-01') expected.STP = fromRegisters.stps(day);
    if (day >= '2022-07-01') {
      expected.INTEGRATED_CARE_BOARD = fromRegisters.icbs(day);
      expected.SUB_ICB_LOCATION = fromRegisters.subIcbLocations();
    }
    expect(await countOn(day)).toEqual(expected);
  });
});

describe('the national graph', () => {
  it('resolves every region, area team, local office, STP and ICB code the registers name, and lists its disagreements with the curated files', async () => {
    const { report } = await checkAll();
    expect(report.unresolved).toEqual({});
    // Reviewed: the curated files keep these dates, from their own sources, against the registers'.
    expect(report.disagreements.map((d) => `${d.id} ${d.field} ${d.curated} (registers ${d.registers})`).sort()).toEqual([
      'mid-essex-hospital-services-nhs-trust validFrom 1991-11-01 (registers 1995-04-01)',
      'torbay-and-southern-devon-health-and-care-nhs-trust validFrom 2005-10-01 (registers 2012-04-01)',
      'university-hospitals-plymouth-nhs-trust validFrom 1993-11-01 (registers 1994-04-01)',
    ]);
  });

  it('never gives an organisation two parents of one kind on one day', async () => {
    const clashes = await graph.db.read<{ member: string; parents: string[] }>(`
      MATCH (m:Entity)-[a:PART_OF]->(p:Entity), (m)-[b:PART_OF]->(q:Entity)
      WHERE m.kind IN ['TRUST', 'CCG', 'SUB_ICB_LOCATION', 'STP', 'INTEGRATED_CARE_BOARD', 'LOCAL_OFFICE']
        AND p.kind IN ['REGION', 'LOCAL_OFFICE', 'STP', 'INTEGRATED_CARE_BOARD'] AND q.kind = p.kind
        AND elementId(a) < elementId(b)
        AND (a.validTo IS NULL OR b.validFrom IS NULL OR b.validFrom <= a.validTo)
        AND (b.validTo IS NULL OR a.validFrom IS NULL OR a.validFrom <= b.validTo)
      RETURN m.id AS member, [p.id, q.id] AS parents LIMIT 20`);
    expect(clashes).toEqual([]);
  });

  it('says how every relationship is known, and cites a register row for each recorded one', async () => {
    const [row] = await graph.db.read<{ unknown: number; recordedWithoutRow: number; derivedWithoutRule: number }>(`
      CALL { MATCH ()-[r]->() WHERE NOT r.basis IN ['QUOTED', 'RECORDED', 'DERIVED', 'CITED'] RETURN count(r) AS unknown }
      CALL { MATCH ()-[r]->() WHERE r.basis = 'RECORDED' AND none(q IN r.quotes WHERE q STARTS WITH 'line ') RETURN count(r) AS recordedWithoutRow }
      CALL { MATCH ()-[r]->() WHERE r.basis = 'DERIVED' AND NOT EXISTS { MATCH (rule:Rule {id: r.rule}) } RETURN count(r) AS derivedWithoutRule }
      RETURN unknown, recordedWithoutRow, derivedWithoutRule`);
    expect(row).toEqual({ unknown: 0, recordedWithoutRow: 0, derivedWithoutRule: 0 });
  });
});

describe('a bad register row', () => {
  it('names the file, line and column, and nothing is written', async () => {
    const dir = await tempDir('registers');
    await cp(REGISTERS_DIR, dir, { recursive: true });
    const file = path.join(dir, 'trusts', 'etr_2025.csv');
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines[4] = lines[4]!.replace('"20201001","",""', '"20201301","",""');
    await writeFile(file, lines.join('\n'));
    const counts = () => graph.db.read('MATCH (n) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels');
    const before = await counts();
    const error = await seed(graph.db, null, () => {}, { registersDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as Error).message.split('\n').slice(1).map((l) => l.trim())).toEqual([
      'seed/registers/trusts/etr_2025.csv:5: line 5, field "column 11 (Open Date)": "20201301" is not a date (YYYYMMDD or YYYY-MM-DD)',
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe('questions at national scale', () => {
  it('finds Leeds\u2019s trusts, its former CCGs and West Yorkshire ICB by name, and organisations by ODS code', async () => {
    const { body } = await graph.gql(`{ leeds: search(text: "Leeds", limit: 30) { id kind } rr8: search(text: "RR8") { id } f15: search(text: "15F") { id kind } qwo: search(text: "QWO") { id kind } }`);
    const leeds = body.data.leeds.map((e: { id: string }) => e.id);
    expect(leeds).toEqual(expect.arrayContaining(['RR8', 'RY6', 'RGD', 'nhs-leeds-ccg', '03C', '02V', '03G', '15F', 'QWO']));
    expect(body.data.rr8[0]).toEqual({ id: 'RR8' });
    expect(body.data.f15.map((e: { id: string; kind: string }) => `${e.id} ${e.kind}`)).toEqual(['15F SUB_ICB_LOCATION', 'nhs-leeds-ccg CCG']);
    expect(body.data.qwo.map((e: { kind: string }) => e.kind)).toEqual(['INTEGRATED_CARE_BOARD', 'STP']);
  });

  it('takes an ODS code for an id, giving the organisation that holds it now', async () => {
    const { body } = await graph.gql(`{ raj: entity(id: "RAJ") { id } qh8: entity(id: "qh8") { id kind } rdd: entity(id: "RDD") { id validTo } none: entity(id: "ZZ0") { id } }`);
    expect(body.data).toEqual({
      raj: { id: 'mid-and-south-essex-nhs-foundation-trust' },
      qh8: { id: 'nhs-mid-and-south-essex-icb', kind: 'INTEGRATED_CARE_BOARD' },
      rdd: { id: 'basildon-and-thurrock-university-hospitals-nhs-foundation-trust', validTo: '2020-03-31' },
      none: null,
    });
  });

  it('finds an organisation by a former name', async () => {
    const { body } = await graph.gql(`{ search(text: "Plymouth Hospitals NHS Trust") { id } }`);
    expect(body.data.search[0]).toEqual({ id: 'university-hospitals-plymouth-nhs-trust' });
  });

  it('places each ICB formed on 1 April 2026 in the region the ICBs it was formed from were in, by rule', async () => {
    // No register gives the new ICBs a region; the ONS 2023 lookup gives their predecessors'. (Part of Frimley went to
    // Hampshire and Isle of Wight, an ICB of 2022 with a region of its own.)
    const regionOf = new Map(table('icb_stp_region/ons_SICBL23_ICB23_NHSER23_apr2023.csv').map((r) => [r.ICB23CDH!, r.NHSER23CDH!]));
    const formed = new Map<string, Set<string>>();
    for (const r of rows('successions/succ_2026.csv')) {
      if (r[3] === '20260401' && regionOf.has(r[0]!) && !regionOf.has(r[1]!)) {
        formed.set(r[1]!, (formed.get(r[1]!) ?? new Set()).add(regionOf.get(r[0]!)!));
      }
    }
    expect(formed.size).toBe(6);
    for (const [code, regions] of formed) {
      expect(regions.size).toBe(1);
      const { body } = await graph.gql(
        `query($id: ID!) { entity(id: $id) { relationships(direction: OUT, types: [PART_OF], asOf: "2026-06-01") { to { odsCode kind } basis rule { id } } } }`,
        { id: code },
      );
      const inRegions = body.data.entity.relationships.filter((r: any) => r.to.kind === 'REGION');
      expect(inRegions.map((r: any) => [r.to.odsCode, r.basis, r.rule.id])).toEqual([[[...regions][0], 'DERIVED', 'merged-icbs-in-their-predecessors-region']]);
    }
  });

  it.each([
    ['2015-06-01', 'nhs-trust-development-authority', 'DERIVED', 'tda-oversaw-nhs-trusts'],
    ['2019-06-01', 'nhs-improvement', 'DERIVED', 'nhsi-oversaw-trusts'],
    ['2023-06-01', 'nhs-england', 'DERIVED', 'nhse-oversees-trusts'],
  ])('on %s, Leeds Teaching Hospitals is overseen by %s, known by rule', async (day, overseer, basis, rule) => {
    const { body } = await graph.gql(
      `query($d: Date) { entity(id: "RR8") { relationships(direction: IN, types: [OVERSEES], asOf: $d) { from { id } basis confidence rule { id } premises } } }`,
      { d: day },
    );
    const rels = body.data.entity.relationships;
    expect(rels.map((r: any) => [r.from.id, r.basis, r.rule.id])).toEqual([[overseer, basis, rule]]);
    expect(rels[0].confidence).not.toBe('CONFIRMED');
    expect(rels[0].premises[0]).toMatch(/^Leeds Teaching Hospitals NHS Trust \(RR8\) was an NHS trust, open from 1998-04-01/);
  });

  it('lists the CCG mergers of April 2020 among what changed between March and May 2020', async () => {
    const { body } = await graph.gql(`{ changes(from: "2020-03-01", to: "2020-05-01") {
      successions { type from { id kind odsCode } to { id kind odsCode } validFrom basis }
      removed { nodes { kind } } added { nodes { kind } } } }`);
    const ccgCodes = new Set(rows('ccgs/eccg_2025.csv').filter((r) => r[13] === '' || r[13]!.includes('RO319')).map((r) => r[0]));
    const expected = rows('successions/succ_2026.csv')
      .filter((r) => r[3] === '20200401' && ccgCodes.has(r[0]) && ccgCodes.has(r[1]))
      .map((r) => `${r[0]}>${r[1]}`)
      .sort();
    const found = body.data.changes.successions
      .filter((e: any) => e.from.kind === 'CCG' && e.to.kind === 'CCG')
      .map((e: any) => `${e.from.odsCode}>${e.to.odsCode}`)
      .sort();
    expect(expected).toHaveLength(74);
    expect(found).toEqual(expected);
    const ccgEvents = body.data.changes.successions.filter((e: any) => e.from.kind === 'CCG');
    expect(new Set(ccgEvents.map((e: any) => `${e.validFrom} ${e.basis}`))).toEqual(new Set(['2020-04-01 RECORDED']));
    const ccgs = (nodes: { kind: string }[]) => nodes.filter((n) => n.kind === 'CCG').length;
    expect(ccgs(body.data.changes.removed.nodes) - ccgs(body.data.changes.added.nodes)).toBe(fromRegisters.ccgs('2020-03-01') - fromRegisters.ccgs('2020-05-01'));
  });
});
