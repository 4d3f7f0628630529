import type { Entity, RelationshipType } from '../api/types.ts';
import type { Question } from './questions.svelte.ts';

export type QuestionKind = 'overseers' | 'funders' | 'oversees' | 'funds' | 'paths';

export const QUESTION_KINDS: { kind: QuestionKind; label: string }[] = [
  { kind: 'overseers', label: 'Who oversees…?' },
  { kind: 'funders', label: 'Who funds…?' },
  { kind: 'oversees', label: 'What does … oversee?' },
  { kind: 'funds', label: 'What does … fund?' },
  { kind: 'paths', label: 'How is … connected to …?' },
];

/** The question being put together in the Questions panel; the detail panel can fill it in too. */
export class QuestionForm {
  kind = $state<QuestionKind>('overseers');
  subject = $state.raw<Entity | null>(null);
  other = $state.raw<Entity | null>(null);
  /** Relationship types a path may use; empty means any. */
  types = $state.raw<ReadonlySet<RelationshipType>>(new Set());

  /** The question, once everything it needs is filled in. */
  get question(): Question | null {
    if (!this.subject) return null;
    if (this.kind === 'paths') {
      if (!this.other) return null;
      return { kind: 'paths', from: this.subject, to: this.other, types: this.types.size > 0 ? [...this.types] : null };
    }
    return { kind: this.kind, subject: this.subject };
  }

  /**
   * Fills in a question about `subject` (with `other` for a path; left as it was when not given) and gives it
   * once complete.
   */
  fill(kind: QuestionKind, subject: Entity, other?: Entity | null): Question | null {
    this.kind = kind;
    this.subject = subject;
    if (other !== undefined) this.other = other;
    return this.question;
  }

  toggleType(type: RelationshipType): void {
    const next = new Set(this.types);
    if (next.has(type)) next.delete(type);
    else next.add(type);
    this.types = next;
  }
}
