import { chainListOf } from '../chain-list.ts';

/** Who oversees the entity: directly, or the whole chain upwards, nearest first. */
export const overseers = chainListOf('OVERSEES');
