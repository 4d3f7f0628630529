import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeedFiles, SeedValidationError } from '../../seed/validate.ts';

const fixture = (name: string) => path.join(import.meta.dirname, '..', 'fixtures', 'seed', name);

async function problemsOf(name: string): Promise<string[]> {
  try {
    await loadSeedFiles([fixture(name)]);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedValidationError);
    return (error as SeedValidationError).message.split('\n').slice(1).map((l) => l.trim());
  }
  throw new Error(`${name} was accepted`);
}

describe('seed validation', () => {
  it('accepts a valid file and expands partial dates', async () => {
    const data = await loadSeedFiles([fixture('valid.yaml')]);
    expect(data.entities.map((e) => e.id)).toEqual(['test-seedload-overseer', 'test-seedload-trust']);
    const trust = data.entities[1]!;
    expect(trust.props).toMatchObject({ validFrom: '2014-01-01', validTo: '2020-03-31', odsCode: 'ZZT', kind: 'TRUST' });
    const [rel] = data.relationships;
    expect(rel).toMatchObject({
      id: 'test-seedload-overseer:OVERSEES:test-seedload-trust@2014-06-01',
      props: { validFrom: '2014-06-01', validTo: '2019-12-31', confidence: 'reported', sourceIds: ['test-seedload-doc'] },
    });
    expect(data.sources[0]!.props.published).toBe('2016-03-01');
  });

  it('names file, line, entry and field for an unknown kind', async () => {
    const [problem] = await problemsOf('bad-kind.yaml');
    expect(problem).toMatch(/^tests\/fixtures\/seed\/bad-kind\.yaml:3: entities\[0\] \(test-seedload-bad-kind\), field "kind": must be one of/);
  });

  it('reports a dangling reference', async () => {
    const problems = await problemsOf('bad-reference.yaml');
    expect(problems).toEqual([
      expect.stringMatching(/bad-reference\.yaml:12: relationships\[0\] \(test-seedload-lonely PART_OF test-seedload-nowhere\), field "to": unknown entity "test-seedload-nowhere"/),
    ]);
  });

  it('reports validTo before validFrom and impossible dates', async () => {
    const problems = await problemsOf('bad-dates.yaml');
    expect(problems).toContainEqual(expect.stringMatching(/bad-dates\.yaml:10: entities\[0\] \(test-seedload-dated\), field "validTo": 2015-03-31 is before validFrom 2016-04-01/));
    expect(problems).toContainEqual(expect.stringMatching(/bad-dates\.yaml:15: entities\[1\] \(test-seedload-other\), field "validFrom": "2016-02-30" is not a real date/));
  });

  it('requires a source on every relationship, and a known one', async () => {
    const problems = await problemsOf('missing-source.yaml');
    expect(problems).toContainEqual(expect.stringMatching(/relationships\[0\] \(test-seedload-a SUPPORTS test-seedload-b\), field "sources": needs at least one source/));
  });

  it('refuses citations of unknown sources, on entities and relationships', async () => {
    const problems = await problemsOf('unknown-source.yaml');
    expect(problems).toEqual([
      expect.stringMatching(/unknown-source\.yaml:10: entities\[0\] \(test-seedload-c\), field "source": unknown source "test-seedload-also-not-a-source"/),
      expect.stringMatching(/unknown-source\.yaml:22: relationships\[0\] \(test-seedload-c SUPPORTS test-seedload-d\), field "source": unknown source "test-seedload-not-a-source"/),
    ]);
  });

  it('refuses a relationship dated before one of its ends existed', async () => {
    const problems = await problemsOf('outside-lifetime.yaml');
    expect(problems).toEqual([
      expect.stringMatching(/field "validFrom": 2015-07-01 is before "test-seedload-young" existed \(from 2016-04-01\)/),
    ]);
  });

  it('reports YAML syntax errors with a line', async () => {
    const [problem] = await problemsOf('not-yaml.yaml');
    expect(problem).toMatch(/not-yaml\.yaml:\d+: file: not valid YAML/);
  });

  it('refuses the same id or name twice across files', async () => {
    const error = await loadSeedFiles([fixture('valid.yaml'), fixture('valid.yaml')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    const message = (error as Error).message;
    expect(message).toMatch(/entity id "test-seedload-overseer" is already used at tests\/fixtures\/seed\/valid\.yaml:\d+/);
    expect(message).toMatch(/"Test Hospital NHS Trust" is already the name of test-seedload-trust/);
    expect(message).toMatch(/^6 problems in the seed data; nothing was written:/);
  });

  it('lets an ODS code pass from one entity to the next, but not be held by two on one day, and checks each basis', async () => {
    const problems = await problemsOf('ods-codes-and-bases.yaml');
    expect(problems).toEqual([
      'tests/fixtures/seed/ods-codes-and-bases.yaml:33: entities[3] (test-clash), field "odsCode": ZZQ is already the ODS code of test-new on some of the same dates',
      'tests/fixtures/seed/ods-codes-and-bases.yaml:41: relationships[0] (test-overseer-2 OVERSEES test-new), field "basis": recorded needs a register row, as a source\'s quote',
      'tests/fixtures/seed/ods-codes-and-bases.yaml:44: relationships[1] (test-overseer-2 OVERSEES test-old), field "rule": a derived relationship names its rule',
      'tests/fixtures/seed/ods-codes-and-bases.yaml:44: relationships[1] (test-overseer-2 OVERSEES test-old), field "premises": a derived relationship lists the facts its rule was applied to',
      'tests/fixtures/seed/ods-codes-and-bases.yaml:55: relationships[2] (test-overseer-2 FUNDS test-old), field "basis": quoted needs a source with a quote',
      'tests/fixtures/seed/ods-codes-and-bases.yaml:62: relationships[3] (test-overseer-2 FUNDS test-new), field "rule": only a derived relationship names a rule and premises',
      'tests/fixtures/seed/ods-codes-and-bases.yaml:72: relationships[4] (test-overseer-2 REGULATES test-new), field "rule": unknown rule "no-such-rule"',
    ]);
  });
});

describe('seed validation of JSON files (read with JSON.parse; lines looked up only for problems)', () => {
  const BAD = ['bad-kind', 'bad-reference', 'bad-dates', 'missing-source', 'unknown-source', 'outside-lifetime'];
  /** A problem without its file:line, to compare a JSON file's problems with its YAML twin's. */
  const withoutPlace = (p: string) => p.replace(/^\S+?\.(json|yaml):\d+: /, '');

  it('reads a valid JSON file into the same dataset as its YAML twin', async () => {
    expect(await loadSeedFiles([fixture('valid.json')])).toEqual(await loadSeedFiles([fixture('valid.yaml')]));
  });

  it.each(BAD)('reports the same problems in %s.json as in its YAML twin, each with a line', async (name) => {
    const json = await problemsOf(`${name}.json`);
    const yaml = await problemsOf(`${name}.yaml`);
    expect(json.map(withoutPlace)).toEqual(yaml.map(withoutPlace));
    for (const p of json) expect(p).toMatch(new RegExp(`^tests/fixtures/seed/${name}\\.json:\\d+: `));
  });

  it('names the line of the field at fault', async () => {
    expect(await problemsOf('bad-kind.json')).toEqual([expect.stringMatching(/^tests\/fixtures\/seed\/bad-kind\.json:5: entities\[0\] \(test-seedload-bad-kind\), field "kind": must be one of/)]);
    expect(await problemsOf('bad-reference.json')).toEqual([
      expect.stringMatching(/bad-reference\.json:20: relationships\[0\] \(test-seedload-lonely PART_OF test-seedload-nowhere\), field "to": unknown entity "test-seedload-nowhere"/),
    ]);
    const dates = await problemsOf('bad-dates.json');
    expect(dates).toContainEqual(expect.stringMatching(/bad-dates\.json:15: entities\[0\] \(test-seedload-dated\), field "validTo": 2015-03-31 is before validFrom 2016-04-01/));
    expect(dates).toContainEqual(expect.stringMatching(/bad-dates\.json:22: entities\[1\] \(test-seedload-other\), field "validFrom": "2016-02-30" is not a real date/));
  });

  it('reports JSON syntax errors with a line', async () => {
    expect(await problemsOf('not-json.json')).toEqual([expect.stringMatching(/^tests\/fixtures\/seed\/not-json\.json:7: file: not valid JSON/)]);
  });

  it('names the line where a repeated id was first used', async () => {
    const error = await loadSeedFiles([fixture('valid.json'), fixture('valid.yaml')]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as Error).message).toMatch(/valid\.yaml:\d+: entities\[0\] \(test-seedload-overseer\), field "id": entity id "test-seedload-overseer" is already used at tests\/fixtures\/seed\/valid\.json:12$/m);
  });
});
