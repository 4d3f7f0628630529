import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../../domain/dates.ts';
import { BadUserInputError } from '../../errors.ts';

function parse(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw new BadUserInputError(`Dates are written YYYY-MM-DD (e.g. 2016-04-01); got ${JSON.stringify(value)?.slice(0, 40)}.`);
  }
  return value;
}

/** A calendar date as YYYY-MM-DD, checked to be a real date (2016-02-30 is refused). */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, written YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new BadUserInputError('Dates are written as strings: "YYYY-MM-DD".');
    return parse(ast.value);
  },
});
