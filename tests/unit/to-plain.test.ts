import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../server/src/db/run.ts';

/** The gateway's conversion of what the driver returns into JSON values, for every shape a statement returns. */
describe('toPlain', () => {
  it('turns integers into numbers and temporal values into ISO text, however deep, and leaves the rest', () => {
    const row = {
      n: neo4j.int(42),
      day: new neo4j.types.Date(2016, 4, 1),
      at: new neo4j.types.DateTime(2016, 4, 1, 9, 30, 0, 0, 0),
      text: 'RR8',
      flag: true,
      score: 1.5,
      none: null,
      nested: { list: [neo4j.int(1), { to: new neo4j.types.Date(2022, 6, 30), names: ['a', 'b'] }], missing: undefined },
    };
    expect(toPlain(row)).toEqual({
      n: 42,
      day: '2016-04-01',
      at: '2016-04-01T09:30:00Z',
      text: 'RR8',
      flag: true,
      score: 1.5,
      none: null,
      nested: { list: [1, { to: '2022-06-30', names: ['a', 'b'] }], missing: null },
    });
  });

  it("walks the driver's own classes (a node) as maps of their fields", () => {
    const node = new neo4j.types.Node(neo4j.int(7), ['Entity'], { id: 'RR8', validFrom: new neo4j.types.Date(1998, 4, 1) }, 'el-7');
    expect(toPlain(node)).toEqual({ identity: 7, labels: ['Entity'], properties: { id: 'RR8', validFrom: '1998-04-01' }, elementId: 'el-7' });
  });
});
