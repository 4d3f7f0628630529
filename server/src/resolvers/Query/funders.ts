import { chainListOf } from '../chain-list.ts';

/** Who funds the entity: directly, or the whole chain upwards, nearest first. */
export const funders = chainListOf('FUNDS');
