import { z } from 'zod';
import { ENTITY_KINDS, FILE_BASES, FILE_CONFIDENCES, RELATIONSHIP_TYPES } from '../domain/model.ts';

/** The shape of one seed data file (see seed/README.md). Cross-entry rules live in validate.ts. */

const slug = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'must be a readable id: letters, digits and hyphens (e.g. nhs-england, RAJ)');

/** YAML reads 2016-04-01 as a string here (we parse with the core schema), 2016 as a number. */
const partialDate = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v))
  .refine((v) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v), 'must be a date: YYYY-MM-DD, YYYY-MM or YYYY');

const text = z.string().trim().min(1, 'must not be empty');

export const CitationSchema = z.strictObject({
  source: slug,
  quote: text.optional().nullable(),
});

export const SourceSchema = z.strictObject({
  id: slug,
  title: text,
  url: z.url({ protocol: /^https?$/ }).optional().nullable(),
  publisher: text.optional().nullable(),
  published: partialDate.optional().nullable(),
  /** Where to find it when there is no link: a precise reference a person can follow. */
  reference: text.optional().nullable(),
});

export const EntitySchema = z.strictObject({
  id: slug,
  kind: z.enum(ENTITY_KINDS, { error: `must be one of ${ENTITY_KINDS.join(', ')}` }),
  name: text,
  aliases: z.array(text).default([]),
  description: text,
  odsCode: z.string().regex(/^[A-Z0-9]{2,10}$/, 'must be an ODS code (capitals and digits)').optional().nullable(),
  validFrom: partialDate.optional().nullable(),
  validTo: partialDate.optional().nullable(),
  sources: z.array(CitationSchema).default([]),
});

export const RelationshipSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9:@._-]*$/, 'must be letters, digits and : @ . _ -').optional(),
  from: slug,
  type: z.enum(RELATIONSHIP_TYPES, { error: `must be one of ${RELATIONSHIP_TYPES.join(', ')}` }),
  to: slug,
  validFrom: partialDate.optional().nullable(),
  validTo: partialDate.optional().nullable(),
  note: text.optional().nullable(),
  confidence: z.enum(FILE_CONFIDENCES, {
    error: 'must be confirmed, reported or unverified',
  }),
  sources: z.array(CitationSchema).min(1, 'needs at least one source'),
  /** How it is known; when left out, quoted if a citation has a quote, else cited. */
  basis: z
    .enum(FILE_BASES, { error: 'must be quoted, recorded, derived or cited' })
    .optional(),
  /** For a derived relationship: the rule's id, and the facts it was applied to. */
  rule: slug.optional(),
  premises: z.array(text).optional(),
});

/** A rule that gives relationships for a whole class of organisations; derived relationships name it. */
export const RuleSchema = z.strictObject({
  id: slug,
  name: text,
  statement: text,
  sources: z.array(CitationSchema).min(1, 'needs at least one source'),
});

export const SeedFileSchema = z.strictObject({
  sources: z.array(SourceSchema).default([]),
  rules: z.array(RuleSchema).default([]),
  entities: z.array(EntitySchema).default([]),
  relationships: z.array(RelationshipSchema).default([]),
});

export type SeedFile = z.infer<typeof SeedFileSchema>;
export type SeedEntity = z.infer<typeof EntitySchema>;
export type SeedRelationship = z.infer<typeof RelationshipSchema>;
export type SeedSource = z.infer<typeof SourceSchema>;
export type SeedRule = z.infer<typeof RuleSchema>;
