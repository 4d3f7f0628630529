import type { StylesheetJson } from 'cytoscape';
import { ENTITY_KINDS, RELATIONSHIP_TYPES } from '../api/types.ts';
import { KIND_LOOK, TYPE_LOOK } from './vocabulary.ts';

/** The Cytoscape stylesheet as data, one per theme. */

export type Theme = 'light' | 'dark';

export interface Palette {
  text: string;
  labelBackground: string;
  selection: string;
  focus: string;
  nodeBorder: string;
  edgeLabel: string;
}

export const PALETTES: Record<Theme, Palette> = {
  light: {
    text: '#1d2433',
    labelBackground: '#ffffff',
    selection: '#ffb81c',
    focus: '#1d2433',
    nodeBorder: '#ffffff',
    edgeLabel: '#3b4457',
  },
  dark: {
    text: '#e6e9ef',
    labelBackground: '#161b24',
    selection: '#ffb81c',
    focus: '#e6e9ef',
    nodeBorder: '#161b24',
    edgeLabel: '#c3c9d5',
  },
};

type Block = { selector: string; style: Record<string, string | number> };

export function buildStylesheet(theme: Theme): StylesheetJson {
  const p = PALETTES[theme];
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
    { selector: 'node.ended', style: { 'background-opacity': 0.55, 'border-style': 'dashed' } },
    { selector: 'node.root', style: { 'font-weight': 700, 'font-size': 13 } },
    { selector: 'node.expanded', style: { 'border-width': 3, 'border-color': p.text, 'border-opacity': 0.35 } },
    { selector: 'node.pinned', style: { 'border-width': 4, 'border-style': 'double', 'border-color': p.text, 'border-opacity': 0.9 } },
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
    {
      selector: 'node.kbd-focus',
      style: { 'outline-width': 3, 'outline-color': p.focus, 'outline-offset': 4, 'outline-style': 'dashed', 'outline-opacity': 1 },
    },
  ];
  return blocks as unknown as StylesheetJson;
}
