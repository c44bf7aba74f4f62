import { z } from 'zod';

/** AnnotatedPairs v2.0 (Feedback Forensics' interchange format). Only v2.0 is read or written. */
export const annotatedPairsVersion = '2.0';

export const annotatedPairsAnnotationSchema = z.object({
  pref: z.enum(['a', 'b']).nullable(),
  no_pref_reason: z.enum(['not_applicable', 'invalid', 'both', 'neither']).optional(),
});

export const annotatedPairsResponseSchema = z.object({ text: z.string(), model: z.string().optional() }).loose();

export const annotatedPairsComparisonSchema = z.object({
  id: z.string().min(1),
  prompt: z.string().nullable(),
  response_a: annotatedPairsResponseSchema,
  response_b: annotatedPairsResponseSchema,
  annotations: z.record(z.string(), annotatedPairsAnnotationSchema),
  metadata: z.record(z.string(), z.string()).optional(),
});

export const annotatedPairsAnnotatorSchema = z.object({
  name: z.string().optional(),
  description: z.string(),
  type: z.enum(['human', 'principle', 'non_preference_principle', 'unknown']),
});

export const annotatedPairsSchema = z.object({
  metadata: z
    .object({
      version: z.literal(annotatedPairsVersion),
      description: z.string(),
      created_at: z.string(),
      dataset_name: z.string(),
      default_annotator: z.string(),
      available_metadata_keys_per_comparison: z.array(z.string()).optional(),
    })
    .loose(),
  annotators: z.record(z.string(), annotatedPairsAnnotatorSchema),
  comparisons: z.array(annotatedPairsComparisonSchema),
});
export type AnnotatedPairs = z.infer<typeof annotatedPairsSchema>;
export type AnnotatedPairsComparison = z.infer<typeof annotatedPairsComparisonSchema>;
export type AnnotatedPairsAnnotation = z.infer<typeof annotatedPairsAnnotationSchema>;
