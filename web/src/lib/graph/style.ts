import type { StylesheetJson } from 'cytoscape';
import { ENTITY_KINDS, RELATIONSHIP_TYPES } from '../api/types.ts';
import { KIND_LOOK, TYPE_LOOK } from './vocabulary.ts';

type Block = { selector: string; style: Record<string, string | number> };

/** The Cytoscape stylesheet as data, one per theme. */

/** The page's own themes. */
export type PageTheme = 'light' | 'dark';
/** The map's themes: the page's, and the projector theme a story is presented in. */
export type Theme = PageTheme | 'projector';

export interface Palette {
  text: string;
  labelBackground: string;
  selection: string;
  focus: string;
  /** Between the node and the focus ring. */
  focusInner: string;
  nodeBorder: string;
  edgeLabel: string;
}

export const PALETTES: Record<Theme, Palette> = {
  light: {
    text: '#1d2433',
    labelBackground: '#ffffff',
    selection: '#ffb81c',
    focus: '#1d2433',
    focusInner: '#ffffff',
    nodeBorder: '#ffffff',
    edgeLabel: '#3b4457',
  },
  dark: {
    text: '#e6e9ef',
    labelBackground: '#161b24',
    selection: '#ffb81c',
    focus: '#e6e9ef',
    focusInner: '#0f131a',
    nodeBorder: '#161b24',
    edgeLabel: '#c3c9d5',
  },
  // Black on white: what survives a washed-out projector and reads from the back of a room.
  projector: {
    text: '#000000',
    labelBackground: '#ffffff',
    selection: '#ffb81c',
    focus: '#000000',
    focusInner: '#ffffff',
    nodeBorder: '#000000',
    edgeLabel: '#000000',
  },
};

/** The projector theme's changes to nodes: large bold labels on solid white, a black edge round every shape. */
const PROJECTOR_NODES: Block[] = [
  {
    selector: 'node',
    style: { 'font-size': 22, 'font-weight': 700, 'text-max-width': '220px', 'text-background-opacity': 1, 'text-background-padding': '3px', 'text-margin-y': 7, 'border-width': 3, 'min-zoomed-font-size': 0 },
  },
  ...ENTITY_KINDS.map((kind) => ({ selector: `node.kind-${kind}`, style: { width: KIND_LOOK[kind].size * 1.3, height: KIND_LOOK[kind].size * 1.3 } })),
];

/** ... and to relationships: lines and arrowheads thick enough to see across a room. */
const PROJECTOR_EDGES: Block[] = [
  { selector: 'edge', style: { 'arrow-scale': 1.6, opacity: 1, 'font-size': 18, 'font-weight': 700, 'text-background-opacity': 1, 'min-zoomed-font-size': 0 } },
  ...RELATIONSHIP_TYPES.map((type) => ({ selector: `edge.type-${type}`, style: { width: TYPE_LOOK[type].width * 2 } })),
  { selector: 'edge.ended', style: { opacity: 0.6 } },
];


export function buildStylesheet(theme: Theme): StylesheetJson {
  const p = PALETTES[theme];
  const projector = theme === 'projector';
  const blocks: Block[] = [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        color: p.text,
        'font-family': 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
        'font-size': 12,
        'font-weight': 500,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        'text-background-color': p.labelBackground,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 6,
        'border-width': 2,
        'border-color': p.nodeBorder,
        'overlay-opacity': 0,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...ENTITY_KINDS.map((kind) => ({
      selector: `node.kind-${kind}`,
      style: {
        'background-color': KIND_LOOK[kind].color,
        shape: KIND_LOOK[kind].shape,
        width: KIND_LOOK[kind].size,
        height: KIND_LOOK[kind].size,
      },
    })),
    ...(projector ? PROJECTOR_NODES : []),
    { selector: 'node.ended', style: { 'background-opacity': 0.55, 'border-style': 'dashed' } },
    { selector: 'node.root', style: { 'font-weight': 700, 'font-size': projector ? 28 : 13 } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': p.text, 'border-opacity': 0.35 } },
    { selector: 'node.pinned', style: { 'border-width': 4, 'border-style': 'double', 'border-color': p.text, 'border-opacity': 0.9 } },
    // A group on the grouped map: sized by what it holds, a heavier outline, its counts on a second line.
    {
      selector: 'node.group',
      style: {
        width: 'mapData(size, 0, 250, 56, 120)',
        height: 'mapData(size, 0, 250, 56, 120)',
        'border-width': 4,
        'border-color': p.text,
        'border-opacity': 0.45,
        'font-weight': 600,
        'font-size': projector ? 26 : 13,
        'text-max-width': projector ? '360px' : '220px',
      },
    },
    {
      selector: 'edge',
      style: {
        width: 2,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 1.1,
        opacity: 0.9,
        'font-size': 10,
        'font-family': 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
        color: p.edgeLabel,
        'text-background-color': p.labelBackground,
        'text-background-opacity': 0.85,
        'text-background-padding': '2px',
        'text-rotation': 'none',
        'min-zoomed-font-size': 7,
        'overlay-opacity': 0,
      },
    },
    ...RELATIONSHIP_TYPES.map((type) => ({
      selector: `edge.type-${type}`,
      style: {
        'line-color': TYPE_LOOK[type].color,
        'target-arrow-color': TYPE_LOOK[type].color,
        'line-style': TYPE_LOOK[type].line,
        width: TYPE_LOOK[type].width,
      },
    })),
    { selector: 'edge.ended', style: { opacity: 0.5 } },
    ...(projector ? PROJECTOR_EDGES : []),
    // A counted link between groups: as wide as it is many (1 to 100 relationships and more).
    { selector: 'edge.grouped', style: { width: 'mapData(count, 1, 100, 1.5, 9)', opacity: 0.75 } },
    { selector: 'edge.answer', style: { label: 'data(label)', width: 3.5, opacity: 1 } },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: 'node.answer', style: { 'font-weight': 700 } },
    // A "what changed" view: added in green, removed in red (with a dashed line), whatever else they are.
    { selector: 'node.added', style: { 'underlay-color': '#1f9d55', 'underlay-opacity': 0.35, 'underlay-padding': 7, 'border-width': 3, 'border-color': '#1f9d55' } },
    { selector: 'node.removed', style: { 'underlay-color': '#d0342c', 'underlay-opacity': 0.3, 'underlay-padding': 7, 'border-width': 3, 'border-color': '#d0342c', 'border-style': 'dashed' } },
    { selector: 'edge.added', style: { 'line-color': '#1f9d55', 'target-arrow-color': '#1f9d55', width: 3.5, opacity: 1, label: 'data(label)' } },
    { selector: 'edge.removed', style: { 'line-color': '#d0342c', 'target-arrow-color': '#d0342c', 'line-style': 'dashed', width: 3.5, opacity: 1, label: 'data(label)' } },
    { selector: '.hover', style: { 'underlay-color': p.selection, 'underlay-opacity': 0.25, 'underlay-padding': 6 } },
    { selector: 'edge.hover', style: { label: 'data(label)', opacity: 1 } },
    {
      selector: ':selected',
      style: { 'underlay-color': p.selection, 'underlay-opacity': 0.55, 'underlay-padding': 8, opacity: 1 },
    },
    { selector: 'edge:selected', style: { label: 'data(label)', width: 4 } },
    // The keyboard focus: a thick solid ring in the text colour (over 12:1 against either canvas) around a
    // band of the background colour, so it stands out from the selection's amber glow and every kind's colour.
    {
      selector: 'node.kbd-focus',
      style: {
        'outline-width': 4,
        'outline-color': p.focus,
        'outline-offset': 5,
        'outline-style': 'solid',
        'outline-opacity': 1,
        'border-width': 3,
        'border-color': p.focusInner,
        'border-style': 'solid',
        'border-opacity': 1,
        'font-weight': 700,
        'z-index': 20,
      },
    },
  ];
  return blocks as unknown as StylesheetJson;
}
