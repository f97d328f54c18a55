import { SourceSchema } from '../../shared/model/source';
import type { Source } from '../../shared/model/source';

export type SourceField = keyof Source;
export type SourceErrors = Partial<Record<SourceField, string>>;

/**
 * What stops a source from being saved: the schema's own rules (an http(s)
 * URL, dates, lengths) plus what each kind needs to be citable, the
 * standards the check's A-ANON-DESC and SRC-INCOMPLETE rules apply later.
 */
export function validateSource(source: Source): SourceErrors {
  const errors: SourceErrors = {};
  const parsed = SourceSchema.safeParse(source);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && field in source && !(field in errors)) {
        errors[field as SourceField] = field === 'url' ? 'Use a web address starting with http:// or https://' : issue.message;
      }
    }
  }
  if (!source.name.trim()) errors.name = 'Give the source a name.';
  if (source.kind === 'person' && !source.role.trim()) errors.role = 'Say who this person is (their role or title).';
  if (source.kind === 'anonymous') {
    if (!source.role.trim()) errors.role = 'Describe the source specifically: their position and how they know.';
    if (!source.anonymityReason.trim()) errors.anonymityReason = 'Say why anonymity was granted.';
  }
  return errors;
}

export function hasErrors(errors: SourceErrors): boolean {
  return Object.keys(errors).length > 0;
}
