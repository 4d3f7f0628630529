import type { Api } from '../api/queries.ts';
import type { Entity, RelationshipType } from '../api/types.ts';
import { answerChain, answerDownward, answerPaths, type Answer } from '../text/answers.ts';
import { listOf, TYPE_LABELS } from '../text/phrasing.ts';
import { QuestionForm } from './question-form.svelte.ts';

export type Question =
  | { kind: 'overseers' | 'funders' | 'oversees' | 'funds'; subject: Entity }
  | { kind: 'paths'; from: Entity; to: Entity; types: RelationshipType[] | null };

/** The question being put together (the Questions panel, the detail panel and the hint fill it in) and the open answer. */
export class Questions {
  readonly form = new QuestionForm();
  answer = $state.raw<Answer | null>(null);
}

/** Asks the API one question and words the answer (text/answers.ts). */
export async function fetchAnswer(api: Api, question: Question, today: string): Promise<Answer> {
  switch (question.kind) {
    case 'overseers':
    case 'funders': {
      const type = question.kind === 'overseers' ? 'OVERSEES' : 'FUNDS';
      const found = await api.chain(type, question.subject.id);
      const upwards = found.nodes.filter((n) => n.id !== question.subject.id);
      return answerChain(type, question.subject, upwards, found, today);
    }
    case 'oversees':
    case 'funds': {
      const type = question.kind === 'oversees' ? 'OVERSEES' : 'FUNDS';
      const around = await api.neighbourhood(question.subject.id, { depth: 1, direction: 'OUT', types: [type], inFull: true });
      return answerDownward(type, question.subject, around, today);
    }
    case 'paths': {
      const paths = await api.paths(question.from.id, question.to.id, question.types);
      const note = question.types ? ` through ${listOf(question.types.map((t) => TYPE_LABELS[t].toLowerCase()))} relationships` : '';
      return answerPaths(question.from, question.to, paths, today, note);
    }
  }
}
