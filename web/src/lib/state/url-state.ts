import { BASES, ENTITY_KINDS, RELATIONSHIP_TYPES, type Basis, type EntityKind, type RelationshipType } from '../api/types.ts';
import { LAYOUT_NAMES, type LayoutName } from '../graph/layouts.ts';

/**
 * The view as a link: what the map is about, what is expanded, the filters, the date and the layout, keyed on
 * the entities' stable ids. Pure: encode and decode are each other's inverse, and decode never throws (a bad
 * part of a link is dropped, and reported in `problems`).
 */

export type Opened =
  /** The grouped map: England's regions, or inside the groups along `path` (a region, then one of its ICBs or STPs). */
  | { kind: 'groups'; path: string[]; prefer: EntityKind | null }
  | { kind: 'overview' }
  | { kind: 'everything' }
  | { kind: 'focus'; id: string }
  | { kind: 'changes'; from: string; to: string };

export interface SharedView {
  opened: Opened;
  /** Entities whose neighbours were expanded, besides the focus. */
  expanded: string[];
  asOf: string | null;
  hiddenKinds: EntityKind[];
  hiddenTypes: RelationshipType[];
  /** Ways of knowing left off the map. */
  hiddenBases: Basis[];
  /** Grouped by kind ("Group by kind"), with the kinds opened one by one; null when drawn as it is. */
  fold: { by: 'kind'; open: EntityKind[] } | null;
  layout: LayoutName;
  /** Where the person moved nodes to (model coordinates, whole numbers), by id. */
  positions: [string, { x: number; y: number }][];
}

export const DEFAULT_VIEW: SharedView = {
  opened: { kind: 'groups', path: [], prefer: null },
  expanded: [],
  asOf: null,
  hiddenKinds: [],
  hiddenTypes: [],
  hiddenBases: [],
  fold: null,
  layout: 'force',
  positions: [],
};

/** Every key a view's link may hold; anything else in a view string is not part of a view. */
export const VIEW_KEYS = ['group', 'groupBy', 'focus', 'changes', 'show', 'expanded', 'asOf', 'hideKinds', 'hideTypes', 'hideBases', 'fold', 'openKinds', 'layout', 'moved'] as const;

/** The kinds a region's groups can be (the `groupBy` of a link): its ICBs, STPs or area teams and local offices. */
export const GROUP_BY_KINDS: EntityKind[] = ['INTEGRATED_CARE_BOARD', 'STP', 'LOCAL_OFFICE'];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const list = (value: string | null) => (value ? value.split(',').filter((v) => v.length > 0) : []);

/** The view as the part of a URL after `#`; the default view is the empty string. */
export function encodeView(view: SharedView): string {
  const p = new URLSearchParams();
  switch (view.opened.kind) {
    case 'groups':
      if (view.opened.path.length > 0) p.set('group', view.opened.path.join(','));
      if (view.opened.prefer) p.set('groupBy', view.opened.prefer);
      break;
    case 'overview':
      p.set('show', 'overview');
      break;
    case 'everything':
      p.set('show', 'everything');
      break;
    case 'focus':
      p.set('focus', view.opened.id);
      break;
    case 'changes':
      p.set('changes', `${view.opened.from}..${view.opened.to}`);
      break;
  }
  if (view.expanded.length > 0) p.set('expanded', view.expanded.join(','));
  if (view.asOf) p.set('asOf', view.asOf);
  if (view.hiddenKinds.length > 0) p.set('hideKinds', [...view.hiddenKinds].sort().join(','));
  if (view.hiddenTypes.length > 0) p.set('hideTypes', [...view.hiddenTypes].sort().join(','));
  if (view.hiddenBases.length > 0) p.set('hideBases', [...view.hiddenBases].sort().join(','));
  if (view.fold) p.set('fold', view.fold.by);
  if (view.fold && view.fold.open.length > 0) p.set('openKinds', [...view.fold.open].sort().join(','));
  if (view.layout !== DEFAULT_VIEW.layout) p.set('layout', view.layout);
  if (view.positions.length > 0) p.set('moved', view.positions.map(([id, q]) => `${id}:${Math.round(q.x)}:${Math.round(q.y)}`).join(','));
  return p.toString();
}

/** A URL's `#...` part (with or without the `#`) as a view, and what in it could not be read. */
export function decodeView(hash: string): { view: SharedView; problems: string[] } {
  const p = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const problems: string[] = [];
  const groupBy = p.get('groupBy');
  let prefer: EntityKind | null = null;
  if (groupBy && (GROUP_BY_KINDS as readonly string[]).includes(groupBy)) prefer = groupBy as EntityKind;
  else if (groupBy) problems.push(`"${groupBy}" is not a kind of group.`);
  let opened: Opened = { kind: 'groups', path: list(p.get('group')), prefer };
  const focus = p.get('focus');
  const changes = p.get('changes');
  if (focus) opened = { kind: 'focus', id: focus };
  else if (changes) {
    const [from, to] = changes.split('..');
    if (from && to && DAY.test(from) && DAY.test(to)) opened = { kind: 'changes', from, to };
    else problems.push(`"${changes}" is not two dates.`);
  } else if (p.get('show') === 'everything') opened = { kind: 'everything' };
  else if (p.get('show') === 'overview') opened = { kind: 'overview' };

  const asOfText = p.get('asOf');
  let asOf: string | null = null;
  if (asOfText && DAY.test(asOfText)) asOf = asOfText;
  else if (asOfText) problems.push(`"${asOfText}" is not a date.`);

  const kinds = new Set<string>(ENTITY_KINDS);
  const types = new Set<string>(RELATIONSHIP_TYPES);
  const hiddenKinds = list(p.get('hideKinds')).filter((k): k is EntityKind => kinds.has(k) || (problems.push(`"${k}" is not a kind of entity.`), false));
  const hiddenTypes = list(p.get('hideTypes')).filter((t): t is RelationshipType => types.has(t) || (problems.push(`"${t}" is not a relationship type.`), false));
  const bases = new Set<string>(BASES);
  const hiddenBases = list(p.get('hideBases')).filter((b): b is Basis => bases.has(b) || (problems.push(`"${b}" is not a way of knowing.`), false));

  // The kinds opened mean something only in a view grouped by kind.
  const foldText = p.get('fold');
  let fold: SharedView['fold'] = null;
  if (foldText === 'kind') fold = { by: 'kind', open: list(p.get('openKinds')).filter((k): k is EntityKind => kinds.has(k) || (problems.push(`"${k}" is not a kind of entity.`), false)) };
  else if (foldText) problems.push(`"${foldText}" is not a way of grouping.`);

  const layoutText = p.get('layout');
  let layout = DEFAULT_VIEW.layout;
  if (layoutText && (LAYOUT_NAMES as readonly string[]).includes(layoutText)) layout = layoutText as LayoutName;
  else if (layoutText) problems.push(`"${layoutText}" is not a layout.`);

  const positions: SharedView['positions'] = [];
  for (const item of list(p.get('moved'))) {
    const m = /^(.+):(-?\d+):(-?\d+)$/.exec(item);
    if (m) positions.push([m[1]!, { x: Number(m[2]), y: Number(m[3]) }]);
    else problems.push(`"${item}" is not a position.`);
  }

  return { view: { opened, expanded: list(p.get('expanded')), asOf, hiddenKinds, hiddenTypes, hiddenBases, fold, layout, positions }, problems };
}
