import { z } from 'zod';
import { DetectedAttributionSchema, SpanSchema } from '../attribution/schemas';
import { AttributionKindSchema } from '../model/attribution-node';
import { SourceSchema } from '../model/source';
import { CheckSettingsSchema } from './settings';

const LinkedAttributionSchema = z.object({
  range: SpanSchema,
  sourceIds: z.array(z.string()).min(1),
  kind: AttributionKindSchema,
});

/** Everything the check reads: the whole article, never the editor or the file system. */
export const CheckInputSchema = z
  .object({
    article: z.object({ text: z.string(), paragraphs: z.array(SpanSchema) }),
    detected: z.array(DetectedAttributionSchema).default([]),
    linked: z.array(LinkedAttributionSchema).default([]),
    sources: z.array(SourceSchema).default([]),
    meta: z
      .object({ credit: z.string().default(''), basedOnOtherOutlet: z.boolean().default(false) })
      .default({ credit: '', basedOnOtherOutlet: false }),
    settings: CheckSettingsSchema.default(() => CheckSettingsSchema.parse({})),
  })
  .superRefine((input, context) => {
    const length = input.article.text.length;
    const outside = (span: { end: number }): boolean => span.end > length;
    if (input.article.paragraphs.some(outside)) context.addIssue({ code: 'custom', message: 'a paragraph lies outside the text' });
    if (input.linked.some((passage) => outside(passage.range))) context.addIssue({ code: 'custom', message: 'a linked passage lies outside the text' });
  });

export type CheckInput = z.input<typeof CheckInputSchema>;
export type ParsedCheckInput = z.output<typeof CheckInputSchema>;
export type LinkedAttribution = z.output<typeof LinkedAttributionSchema>;
