import type { Entity, Path, RelationshipDetail as Relationship, Source, Subgraph } from '../api/types.ts';
import { hasEnded, listOf, period, sentence, verb } from './phrasing.ts';

/**
 * The questions' answers as plain sentences, each carrying the relationship (for its dates, confidence and
 * sources) it rests on. Pure, like phrasing.ts.
 */

export interface AnswerLine {
  text: string;
  /** A heading line groups the steps of one path. */
  heading?: boolean;
  relationship?: Relationship;
  sources: Source[];
}

export interface Answer {
  question: string;
  summary: string;
  lines: AnswerLine[];
  /** Entity and relationship ids the map highlights. */
  highlight: string[];
  subgraph: Subgraph;
  /** True when the question found nothing; the summary says so. */
  empty: boolean;
  /** For paths: each entity's number of steps from the start. */
  ranks?: Map<string, number>;
}

type ChainType = 'OVERSEES' | 'FUNDS';

const NONE: Record<ChainType, (name: string) => string> = {
  OVERSEES: (name) => `The graph records no one overseeing ${name}.`,
  FUNDS: (name) => `The graph records no one funding ${name}.`,
};

function namesOf(subgraph: Subgraph): Map<string, Entity> {
  return new Map(subgraph.nodes.map((n) => [n.id, n]));
}

function lineFor(rel: Relationship, names: Map<string, Entity>, today: string, from: 'from' | 'to' = 'from'): AnswerLine {
  const a = names.get(rel.from.id) ?? { id: rel.from.id, name: rel.from.id };
  const b = names.get(rel.to.id) ?? { id: rel.to.id, name: rel.to.id };
  return { text: sentence(rel, a, b, { today, from }), relationship: rel, sources: rel.sources };
}

/** Relationships ordered by distance from `start`, walking against their direction (upwards). */
function upwardOrder(start: string, edges: Relationship[]): Relationship[] {
  const ordered: Relationship[] = [];
  const seen = new Set<string>();
  let frontier = [start];
  const visited = new Set(frontier);
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const id of frontier) {
      const into = edges.filter((e) => e.to.id === id && !seen.has(e.id));
      into.sort((x, y) => x.from.id.localeCompare(y.from.id));
      for (const e of into) {
        seen.add(e.id);
        ordered.push(e);
        if (!visited.has(e.from.id)) {
          visited.add(e.from.id);
          next.push(e.from.id);
        }
      }
    }
    frontier = next;
  }
  return ordered;
}

/**
 * "Who oversees X?" / "Who funds X?": `chain` is the API's transitive list (nearest first) and `tree` the
 * relationships of that type that draw it.
 */
export function answerChain(type: ChainType, subject: Entity, chain: Entity[], tree: Subgraph<Relationship>, today: string): Answer {
  const question = type === 'OVERSEES' ? `Who oversees ${subject.name}?` : `Who funds ${subject.name}?`;
  const names = namesOf(tree);
  names.set(subject.id, subject);
  for (const e of chain) names.set(e.id, e);
  const edges = upwardOrder(
    subject.id,
    tree.edges.filter((e) => e.type === type),
  );
  if (chain.length === 0 || edges.length === 0) {
    return { question, summary: NONE[type](subject.name), lines: [], highlight: [subject.id], subgraph: { nodes: [subject], edges: [] }, empty: true };
  }
  const direct = edges.filter((e) => e.to.id === subject.id);
  const describe = (e: Relationship) => {
    const name = names.get(e.from.id)?.name ?? e.from.id;
    const when = period(e.validFrom, e.validTo);
    return when ? `${name} (${when})` : name;
  };
  const current = direct.filter((e) => !hasEnded(e.validTo, today));
  const past = direct.filter((e) => hasEnded(e.validTo, today));
  const clauses: string[] = [];
  if (current.length > 0) clauses.push(`${verb(type, 'backward')} ${listOf(current.map(describe))}`);
  if (past.length > 0) clauses.push(`${verb(type, 'backward', true)} ${listOf(past.map(describe))}`);
  let summary = `${subject.name} ${clauses.join(' and ')}.`;
  const directIds = new Set(direct.map((e) => e.from.id));
  const further = chain.filter((e) => !directIds.has(e.id));
  if (further.length > 0) summary += ` Further up the chain: ${listOf(further.map((e) => e.name))}.`;
  const nodeIds = new Set([subject.id, ...edges.flatMap((e) => [e.from.id, e.to.id])]);
  const nodes = [...nodeIds].map((id) => names.get(id)).filter((n): n is Entity => n !== undefined && 'kind' in n);
  return {
    question,
    summary,
    lines: edges.map((e) => lineFor(e, names, today)),
    highlight: [...nodeIds, ...edges.map((e) => e.id)],
    subgraph: { nodes, edges },
    empty: false,
  };
}

/** "What does X oversee?" / "What does X fund?": the relationships of that type going out of X. */
export function answerDownward(type: ChainType, subject: Entity, neighbourhood: Subgraph<Relationship>, today: string): Answer {
  const question = type === 'OVERSEES' ? `What does ${subject.name} oversee?` : `What does ${subject.name} fund?`;
  const names = namesOf(neighbourhood);
  names.set(subject.id, subject);
  const edges = neighbourhood.edges
    .filter((e) => e.type === type && e.from.id === subject.id)
    .sort((a, b) => (names.get(a.to.id)?.name ?? '').localeCompare(names.get(b.to.id)?.name ?? ''));
  if (edges.length === 0) {
    const none = type === 'OVERSEES' ? 'oversees nothing' : 'funds nothing';
    return {
      question,
      summary: `In the graph, ${subject.name} ${none}.`,
      lines: [],
      highlight: [subject.id],
      subgraph: { nodes: [subject], edges: [] },
      empty: true,
    };
  }
  const targets = edges.map((e) => names.get(e.to.id)?.name ?? e.to.id);
  const count = `${edges.length} ${edges.length === 1 ? 'entity' : 'entities'}`;
  const verbNow = verb(type, 'forward');
  const summary = `${subject.name} ${verbNow} or has ${type === 'OVERSEES' ? 'overseen' : 'funded'} ${count}: ${listOf(targets)}.`;
  const nodeIds = new Set([subject.id, ...edges.map((e) => e.to.id)]);
  return {
    question,
    summary,
    lines: edges.map((e) => lineFor(e, names, today)),
    highlight: [...nodeIds, ...edges.map((e) => e.id)],
    subgraph: { nodes: [...nodeIds].map((id) => names.get(id)!).filter(Boolean), edges },
    empty: false,
  };
}

/**
 * One path as a sentence, walked from its first entity: "NHS England oversees Mid and South Essex Success
 * Regime, which includes the joint committee, which has as a member Southend ...". Each step reads the
 * relationship the way the walk crosses it.
 */
export function pathSentence(path: Path, today: string): string {
  const [first] = path.nodes;
  if (!first) return '';
  const bits = [first.name];
  path.edges.forEach((edge, i) => {
    const here = path.nodes[i];
    const there = path.nodes[i + 1];
    if (!here || !there) return;
    const way = edge.from.id === here.id ? 'forward' : 'backward';
    const words = `${verb(edge.type, way, hasEnded(edge.validTo, today))} ${there.name}`;
    bits.push(i === 0 ? ` ${words}` : `, which ${words}`);
  });
  return `${bits.join('')}.`;
}

/** At most this many chains are drawn and written; the summary says how many more there are. */
export const MAX_CHAINS = 6;

/**
 * Paths that visit the same entities through the same kinds of relationship read the same (two FUNDS
 * relationships for different years, say): keep the first of each.
 */
export function distinctPaths(paths: Path[]): Path[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const key = `${p.nodes.map((n) => n.id).join('>')}|${p.edges.map((e) => e.type).join('>')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "How is X connected to Y?": the shortest chains, each as a sentence and then step by step with sources. */
export function answerPaths(from: Entity, to: Entity, found: Path[], today: string, typesNote = ''): Answer {
  const question = `How is ${from.name} connected to ${to.name}?`;
  const all = distinctPaths(found);
  if (all.length === 0) {
    return {
      question,
      summary: `No chain of relationships links ${from.name} and ${to.name}${typesNote} within six steps.`,
      lines: [],
      highlight: [from.id, to.id],
      subgraph: { nodes: [from, to], edges: [] },
      empty: true,
    };
  }
  const paths = all.slice(0, MAX_CHAINS);
  const steps = paths[0]?.length ?? 0;
  const stepWord = `${steps} ${steps === 1 ? 'step' : 'steps'}`;
  let summary =
    all.length === 1
      ? `One shortest chain of ${stepWord} links ${from.name} and ${to.name}${typesNote}.`
      : `${all.length} shortest chains of ${stepWord} link ${from.name} and ${to.name}${typesNote}.`;
  if (all.length > paths.length) summary += ` The first ${paths.length} are shown.`;
  const lines: AnswerLine[] = [];
  const nodes = new Map<string, Entity>();
  const edges = new Map<string, Relationship>();
  const ranks = new Map<string, number>();
  paths.forEach((path, index) => {
    path.nodes.forEach((n, step) => {
      nodes.set(n.id, n);
      ranks.set(n.id, Math.min(ranks.get(n.id) ?? step, step));
    });
    for (const e of path.edges) edges.set(e.id, e);
    const prefix = paths.length > 1 ? `Chain ${index + 1}: ` : '';
    lines.push({ text: `${prefix}${pathSentence(path, today)}`, heading: true, sources: [] });
    const names = namesOf(path);
    path.edges.forEach((edge, i) => {
      const here = path.nodes[i];
      lines.push(lineFor(edge, names, today, here && edge.from.id === here.id ? 'from' : 'to'));
    });
  });
  return {
    question,
    summary,
    lines,
    highlight: [...nodes.keys(), ...edges.keys()],
    subgraph: { nodes: [...nodes.values()], edges: [...edges.values()] },
    empty: false,
    ranks,
  };
}
