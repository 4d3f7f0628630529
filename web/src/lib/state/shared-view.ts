import type { Explorer } from './explorer.svelte.ts';
import { missingNote } from './link.ts';
import type { SharedView } from './url-state.ts';

/** The view as a link, a saved view or a story step holds it (url-state.ts encodes it). */
export function sharedOf(explorer: Explorer): SharedView {
  const { opened, views, time, filters, folding, arrangement, map } = explorer;
  return {
    opened,
    // A focused entity's own neighbours come with the focus: only the others are expansions.
    expanded: [...views.view.expanded].filter((id) => opened.kind !== 'focus' || id !== opened.id),
    asOf: time.asOf,
    hiddenKinds: [...filters.hiddenKinds],
    hiddenTypes: [...filters.hiddenTypes],
    hiddenBases: [...filters.hiddenBases],
    fold: folding.open ? { by: 'kind', open: [...folding.open] } : null,
    layout: arrangement.layout,
    // Kinds' nodes are not entities of the view: where one was moved to is kept while it is on the map.
    positions: [...arrangement.moved].filter(([id]) => views.view.nodes.has(id) || map.grouping?.groups.has(id)),
  };
}

/**
 * Opens a view a link, a saved view or a story step holds, through the Explorer's own actions: the date,
 * filters, layout and moved nodes first, then the view it was opened as, then each expansion. Entities the
 * graph does not hold (a mistyped or out-of-date link) are reported in the notice rather than leaving the map
 * blank.
 */
export async function openShared(explorer: Explorer, shared: SharedView, problems: string[] = []): Promise<void> {
  const { time, filters, arrangement, status, views } = explorer;
  time.asOf = shared.asOf;
  filters.set(shared);
  explorer.folding.set(shared.fold);
  arrangement.layout = shared.layout;
  arrangement.moved = new Map(shared.positions);
  const missing: string[] = [];
  const opened = shared.opened;
  if (opened.kind === 'focus') {
    if (!(await explorer.focus(opened.id))) {
      if (status.error) return;
      missing.push(opened.id);
      await explorer.showGroups();
    }
  } else if (opened.kind === 'groups') await explorer.showGroups(opened.path, opened.prefer);
  else if (opened.kind === 'everything') await explorer.showEverything();
  else if (opened.kind === 'changes') await explorer.compare(opened.from, opened.to);
  else await explorer.showOverview();
  for (const id of shared.expanded) {
    if (status.error) return;
    if (views.view.nodes.has(id)) {
      if (!views.isExpanded(id)) await explorer.expand(id);
    } else missing.push(id);
  }
  const focusMissing = opened.kind === 'focus' && missing.includes(opened.id);
  const notes = [...(missing.length > 0 ? [missingNote(missing, time.asOf, focusMissing)] : []), ...problems];
  if (notes.length > 0) status.notice = notes.join(' ');
}
