import type { EntityKind, RelationshipType } from '../api/types.ts';

/**
 * The map's visual vocabulary as data: one colour and shape per entity kind, one colour and line style per
 * relationship type. The stylesheet and the legend both read it, so they cannot disagree. Each kind differs
 * from its neighbours in shape as well as colour, so the map still reads for someone who cannot tell the
 * colours apart.
 */

export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'diamond'
  | 'round-diamond'
  | 'hexagon'
  | 'round-hexagon'
  | 'octagon'
  | 'round-triangle'
  | 'round-pentagon'
  | 'rectangle'
  | 'barrel'
  | 'round-tag'
  | 'cut-rectangle'
  | 'rhomboid'
  | 'star'
  | 'vee'
  | 'heptagon'
  | 'pentagon'
  | 'triangle';

export interface KindLook {
  color: string;
  shape: NodeShape;
  /** Relative size: the national bodies are larger than a person or a site. */
  size: number;
}

export const KIND_LOOK: Record<EntityKind, KindLook> = {
  GOVERNMENT_DEPARTMENT: { color: '#4b4fb8', shape: 'octagon', size: 46 },
  NATIONAL_BODY: { color: '#005eb8', shape: 'round-rectangle', size: 44 },
  REGULATOR: { color: '#c2462b', shape: 'diamond', size: 44 },
  REGION: { color: '#0f8078', shape: 'hexagon', size: 38 },
  LOCAL_OFFICE: { color: '#2f7f9e', shape: 'heptagon', size: 32 },
  TRUST: { color: '#2e8540', shape: 'ellipse', size: 34 },
  CCG: { color: '#8e5bc4', shape: 'round-triangle', size: 34 },
  SUB_ICB_LOCATION: { color: '#7a55a8', shape: 'triangle', size: 28 },
  STP: { color: '#a8436f', shape: 'pentagon', size: 34 },
  INTEGRATED_CARE_BOARD: { color: '#6d3fb2', shape: 'round-pentagon', size: 36 },
  PARTNERSHIP: { color: '#c03d7f', shape: 'round-hexagon', size: 36 },
  COUNCIL: { color: '#7d6a28', shape: 'rectangle', size: 32 },
  PROGRAMME: { color: '#d87a00', shape: 'round-diamond', size: 40 },
  PLAN: { color: '#a6870a', shape: 'round-tag', size: 30 },
  WORKSTREAM: { color: '#b8741a', shape: 'rhomboid', size: 28 },
  GROUP: { color: '#4f7aa8', shape: 'barrel', size: 30 },
  PERSON: { color: '#6b7280', shape: 'ellipse', size: 24 },
  AREA: { color: '#3a8d8d', shape: 'cut-rectangle', size: 30 },
  SITE: { color: '#8b5e3c', shape: 'vee', size: 26 },
};

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface TypeLook {
  color: string;
  line: LineStyle;
  width: number;
}

/** Command lines are solid, money dashed, belonging dotted. */
export const TYPE_LOOK: Record<RelationshipType, TypeLook> = {
  OVERSEES: { color: '#005eb8', line: 'solid', width: 2.6 },
  FUNDS: { color: '#1f8a4c', line: 'dashed', width: 2.4 },
  REGULATES: { color: '#c2462b', line: 'solid', width: 2.2 },
  COMMISSIONS: { color: '#8e5bc4', line: 'dashed', width: 2 },
  PART_OF: { color: '#d87a00', line: 'dotted', width: 2.2 },
  MEMBER_OF: { color: '#4f7aa8', line: 'dotted', width: 2 },
  PARTNER_IN: { color: '#c03d7f', line: 'dotted', width: 2 },
  LEADS: { color: '#4b4fb8', line: 'solid', width: 2 },
  COVERS: { color: '#3a8d8d', line: 'dotted', width: 1.6 },
  INVESTIGATES: { color: '#a33b3b', line: 'dashed', width: 2 },
  MERGED_INTO: { color: '#6b7280', line: 'solid', width: 3 },
  SUCCEEDED_BY: { color: '#8a8f98', line: 'dashed', width: 2.6 },
  SUPPORTS: { color: '#0f8078', line: 'dashed', width: 1.6 },
  INTERVENES_IN: { color: '#b3261e', line: 'solid', width: 2.4 },
};

/**
 * The legend draws each shape with a CSS clip-path, so it needs no canvas. Polygons approximate Cytoscape's
 * shapes closely enough to be recognised.
 */
export const SHAPE_CLIP: Record<NodeShape, string> = {
  ellipse: 'circle(50% at 50% 50%)',
  'round-rectangle': 'inset(8% 0 8% 0 round 28%)',
  rectangle: 'inset(10% 0 10% 0)',
  diamond: 'polygon(50% 0, 100% 50%, 50% 100%, 0 50%)',
  'round-diamond': 'polygon(50% 2%, 98% 50%, 50% 98%, 2% 50%)',
  hexagon: 'polygon(25% 5%, 75% 5%, 100% 50%, 75% 95%, 25% 95%, 0 50%)',
  'round-hexagon': 'polygon(25% 5%, 75% 5%, 100% 50%, 75% 95%, 25% 95%, 0 50%)',
  octagon: 'polygon(30% 0, 70% 0, 100% 30%, 100% 70%, 70% 100%, 30% 100%, 0 70%, 0 30%)',
  'round-triangle': 'polygon(50% 4%, 100% 96%, 0 96%)',
  'round-pentagon': 'polygon(50% 0, 100% 38%, 81% 100%, 19% 100%, 0 38%)',
  barrel: 'inset(0 5% 0 5% round 30% / 12%)',
  'round-tag': 'polygon(0 10%, 75% 10%, 100% 50%, 75% 90%, 0 90%)',
  'cut-rectangle': 'polygon(20% 5%, 80% 5%, 100% 25%, 100% 75%, 80% 95%, 20% 95%, 0 75%, 0 25%)',
  rhomboid: 'polygon(25% 10%, 100% 10%, 75% 90%, 0 90%)',
  star: 'polygon(50% 0, 61% 35%, 98% 35%, 68% 57%, 79% 91%, 50% 70%, 21% 91%, 32% 57%, 2% 35%, 39% 35%)',
  vee: 'polygon(0 0, 50% 40%, 100% 0, 50% 100%)',
  heptagon: 'polygon(50% 0, 90% 19%, 100% 61%, 72% 100%, 28% 100%, 0 61%, 10% 19%)',
  pentagon: 'polygon(50% 0, 100% 38%, 81% 100%, 19% 100%, 0 38%)',
  triangle: 'polygon(50% 0, 100% 100%, 0 100%)',
};
