import { type Rule } from './rule';

/**
 * C-SYNDICATION: a rewrite or translation of another outlet's story carries
 * a credit line, which export turns into `isBasedOn`. Missing on a draft
 * marked as based on another outlet, it is an error; a credit written into
 * the text but not recorded in the metadata is worth a warning, since export
 * cannot see it there.
 */
export const checkSyndicationCredit: Rule = (context) => {
  const { credit, basedOnOtherOutlet } = context.meta;
  if (credit.trim() !== '') return [];
  const line = context.creditLine;
  if (line) {
    return [
      {
        ruleId: 'C-SYNDICATION',
        range: line.range,
        ...(basedOnOtherOutlet ? {} : { severityCap: 'warning' as const }),
        message: `“${context.text.slice(line.range.start, line.range.end)}” credits ${line.credit} as the story's origin, but the draft has no credit line. Record ${line.credit} as the credit so the export names it as the story this is based on.`,
        fix: { kind: 'set-credit', label: `Set the credit to ${line.credit}`, credit: line.credit },
      },
    ];
  }
  if (!basedOnOtherOutlet) return [];
  return [
    {
      ruleId: 'C-SYNDICATION',
      range: null,
      message: 'This draft is marked as a rewrite of another outlet\'s story but carries no credit line. Add the credit ("Source: Capital") in the draft details.',
    },
  ];
};
