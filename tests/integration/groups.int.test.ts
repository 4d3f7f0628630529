import { describe, expect, it } from 'vitest';
import { useTestGraph } from '../helpers/graph.ts';

/** The grouped map's answers: regions at the top, then their ICBs, STPs or local offices, then members. */
const graph = useTestGraph();

const LEVEL = `groupKind within { id } loose { id kind } groups { entity { id kind } size counts { kind count } } links { from type to count }`;
type Level = {
  groupKind: string | null;
  within: { id: string } | null;
  loose: { id: string; kind: string }[];
  groups: { entity: { id: string; kind: string }; size: number; counts: { kind: string; count: number }[] }[];
  links: { from: string; type: string; to: string; count: number }[];
};
const count = (g: Level['groups'][number], kind: string) => g.counts.find((c) => c.kind === kind)?.count ?? 0;

describe('the grouped map', () => {
  it('opens on the seven regions with their ICBs, trusts and councils in 2023, the national bodies standing alone', async () => {
    const { body } = await graph.gql(`{ groups(asOf: "2023-06-01") { ${LEVEL} } }`);
    const top: Level = body.data.groups;
    expect(top.groupKind).toBe('REGION');
    expect(top.within).toBeNull();
    expect(top.groups).toHaveLength(7);
    expect(top.groups.reduce((n, g) => n + count(g, 'INTEGRATED_CARE_BOARD'), 0)).toBe(42);
    expect(top.groups.reduce((n, g) => n + count(g, 'TRUST'), 0)).toBe(211);
    for (const g of top.groups) expect(count(g, 'COUNCIL')).toBeGreaterThan(5);
    expect(top.loose.map((e) => e.id)).toEqual(expect.arrayContaining(['nhs-england', 'care-quality-commission', 'department-of-health-and-social-care']));
    // The CQC regulates every trust: one link to each region, counting its trusts.
    for (const g of top.groups) {
      expect(top.links).toContainEqual({ from: 'care-quality-commission', type: 'REGULATES', to: g.entity.id, count: count(g, 'TRUST') });
    }
  });

  it('follows the date: four regions holding area teams and CCGs in 2014, their local offices in 2015', async () => {
    const { body } = await graph.gql(`{ top: groups(asOf: "2014-06-01") { ${LEVEL} } north: groups(asOf: "2014-06-01", within: "Y54") { ${LEVEL} } }`);
    expect(body.data.top.groups).toHaveLength(4);
    expect(body.data.top.groups.reduce((n: number, g: Level['groups'][number]) => n + count(g, 'CCG'), 0)).toBe(211);
    expect(body.data.north.groupKind).toBe('LOCAL_OFFICE');
    expect(body.data.north.within).toEqual({ id: 'Y54' });
    expect(body.data.north.groups.length).toBeGreaterThan(5);
  });

  it('opens a region on its STPs in 2017, or on its local offices when asked to prefer them', async () => {
    const { body } = await graph.gql(`{
      stps: groups(asOf: "2017-06-01", within: "nhs-england-midlands-and-east") { groupKind groups { entity { kind } } }
      offices: groups(asOf: "2017-06-01", within: "nhs-england-midlands-and-east", prefer: LOCAL_OFFICE) { groupKind groups { entity { kind } } } }`);
    expect(body.data.stps.groupKind).toBe('STP');
    expect(new Set(body.data.stps.groups.map((g: any) => g.entity.kind))).toEqual(new Set(['STP']));
    expect(body.data.offices.groupKind).toBe('LOCAL_OFFICE');
  });

  it('opens an ICB on its members (trusts, sub-ICB locations and partner councils), with the ICB among them and its region above', async () => {
    const { body } = await graph.gql(`{ groups(asOf: "2023-06-01", within: "QWO") { ${LEVEL} above { id kind } } }`);
    const icb: Level & { above: { id: string; kind: string }[] } = body.data.groups;
    expect(icb.groupKind).toBeNull();
    expect(icb.groups).toEqual([]);
    expect(icb.above).toEqual([{ id: 'nhs-england-north-east-and-yorkshire', kind: 'REGION' }]);
    const ids = icb.loose.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['QWO', 'RR8', '15F', 'leeds-city-council']));
    expect(new Set(icb.loose.map((e) => e.kind))).toEqual(new Set(['INTEGRATED_CARE_BOARD', 'TRUST', 'SUB_ICB_LOCATION', 'COUNCIL']));
    // What links the members to the ICB is drawn: Leeds Teaching Hospitals is part of it.
    expect(icb.links).toContainEqual({ from: 'RR8', type: 'PART_OF', to: 'QWO', count: 1 });
  });

  it('is null for a group not there on the date, and refuses a kind it cannot prefer', async () => {
    const gone = await graph.gql(`{ groups(asOf: "2015-06-01", within: "QWO") { groupKind } }`);
    expect(gone.body.data.groups).toBeNull();
    const bad = await graph.gql(`{ groups(prefer: TRUST) { groupKind } }`);
    expect(bad.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'prefer' });
  });
});
