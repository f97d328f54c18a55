import { z } from 'zod';
import { DEFAULT_STATE_AFFILIATED_OUTLETS } from '../model/preferences';
import { RuleIdSchema, SeveritySchema } from './rule-ids';

/**
 * A newsroom's house style for the check. Every field has a default, so `{}`
 * is a valid settings file and a settings file written for an older version
 * keeps working.
 */
export const CheckSettingsSchema = z
  .object({
    /** Severity per rule, overriding the defaults of the rules table. */
    severities: z.partialRecord(RuleIdSchema, SeveritySchema).default({}),
    disabledRules: z.array(RuleIdSchema).max(50).default([]),
    stateAffiliatedOutlets: z
      .array(z.string().trim().min(1).max(200))
      .max(500)
      .default(() => [...DEFAULT_STATE_AFFILIATED_OUTLETS]),
    /** Quotations shorter than this many words are treated as likely scare quotes. */
    minQuoteWords: z.number().int().min(1).max(50).default(5),
  })
  .strict();

export type CheckSettings = z.infer<typeof CheckSettingsSchema>;
export type CheckSettingsInput = z.input<typeof CheckSettingsSchema>;

export function defaultCheckSettings(): CheckSettings {
  return CheckSettingsSchema.parse({});
}
