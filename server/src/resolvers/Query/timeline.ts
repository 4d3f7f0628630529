import type { Context } from '../../context.ts';
import { countByDate } from '../../db/counts.ts';
import { MAX_TIMELINE_POINTS, timelineDates, type TimelineStep } from '../../domain/steps.ts';
import { BadUserInputError } from '../../errors.ts';

export async function timeline(_: unknown, args: { from: string; to: string; step: TimelineStep }, context: Context) {
  if (args.from > args.to) throw new BadUserInputError('from must not be after to.', 'from');
  const dates = timelineDates(args.from, args.to, args.step);
  if (dates === null) {
    throw new BadUserInputError(`A timeline has at most ${MAX_TIMELINE_POINTS} points: a shorter period, or YEAR steps.`, 'step');
  }
  return countByDate(context.db, dates);
}
