import type { Span } from '../../attribution/types';
import type { RuleFinding } from '../finding';
import { outletNamed } from '../outlets/outlet-catalogue';
import type { RuleContext } from '../rule-context';
import { isPlausibleName, leadingName, normaliseName, sameNormalisedReferent, sameReferent, surnameOf } from '../text/names';
import { appositive, type Rule } from './rule';

/** Titles that introduce a person by role: "President Emmanuel Macron". */
const TITLE_BEFORE = /\b(?:President|Prime Minister|Minister|Senator|Sen\.|Rep\.|Representative|Dr\.|Chancellor|Gen\.|General|Judge|Justice|Chief|Mayor|Governor|Gov\.|Secretary|Director|CEO|Professor|Prof\.|Ambassador|Commissioner|Pope|King|Queen|Prince|Princess|Speaker|Chairman|Chairwoman|Chair|Colonel|Captain|Lieutenant|Sheikh|Archbishop|Bishop|Rabbi|Inspector|Detective|Officer|Coach|Leader|Deputy|Councillor|Councilor)\s*$/u;
/** A role noun just before the name, with or without a comma: "the party's candidate, Marine Le Pen". */
const ROLE_NOUN_BEFORE = /\b(\p{Ll}[\p{L}-]{2,})\s*,?\s+$/u;
/** An appositive after the name: "Marine Le Pen, the far-right candidate," or "(53), a lawyer". */
const ROLE_AFTER = /^\s*(?:,\s*(?:\d+\s*,\s*)?(?:the|a|an|who|whose|\p{Ll}[\p{L}-]+)\b|\s*\()/u;
/** Lower-case words before a name that are not roles. */
const NOT_ROLES = new Set([
  'and', 'or', 'but', 'by', 'with', 'to', 'of', 'for', 'from', 'that', 'the', 'than', 'then', 'when', 'while', 'said',
  'says', 'told', 'asked', 'added', 'according', 'wrote', 'under', 'about', 'against', 'between', 'behind', 'after',
  'before', 'including', 'like', 'as', 'on', 'in', 'at', 'is', 'was', 'were', 'are', 'has', 'had', 'have', 'met',
  'called', 'named', 'thanked', 'praised', 'criticised', 'criticized', 'also', 'however', 'meanwhile',
]);

/**
 * N-FIRSTREF: a person is introduced with full name and role before being
 * called by surname alone. The people checked are those the article quotes
 * or registers as sources; other capitalised words are too often places and
 * bodies to judge.
 */
export const checkFirstReference: Rule = (context) => peopleOf(context).flatMap((person) => checkPerson(context, person));

interface Person {
  fullName: string;
  role: string;
  /** normaliseName(fullName), for the many comparisons while the list is built. */
  normalised: string;
}

function peopleOf(context: RuleContext): Person[] {
  const people: Person[] = [];
  // The same speakers come back hundreds of times in a long article: resolve each reference once.
  const resolved = new Map<string, string | null>();
  const resolve = (reference: string): string | null => {
    let name = resolved.get(reference);
    if (name === undefined) {
      const leading = leadingName(reference);
      name = !leading || outletNamed(context.outlets, leading) ? null : longestFormInText(context, leading);
      resolved.set(reference, name);
    }
    return name;
  };
  // A name added once stays absorbed: later additions only append people or lengthen a name, and neither
  // makes an earlier person match it nor stops its person matching it. So each name is added once.
  const absorbed = new Set<string>();
  const add = (reference: string, role: string): void => {
    const name = resolve(reference);
    if (name === null || absorbed.has(name)) return;
    absorbed.add(name);
    const normalised = normaliseName(name);
    const existing = people.find((candidate) => sameNormalisedReferent(candidate.normalised, normalised));
    if (!existing) people.push({ fullName: name, role, normalised });
    else if (name.split(/\s+/).length > existing.fullName.split(/\s+/).length) Object.assign(existing, { fullName: name, normalised });
  };
  for (const source of context.sources) if (source.kind === 'person') add(source.name, source.role);
  for (const quotation of context.quotations) if (quotation.attribution.speaker) add(quotation.attribution.speaker, '');
  for (const name of context.detectedSourceNames) add(name, '');
  return people;
}

/**
 * The full form of a name the article uses: the detector may report "Le Pen"
 * where the text says "Marine Le Pen". Only one given name is added, and
 * never a title ("President Macron" is a role, not a given name).
 */
function longestFormInText(context: RuleContext, reference: string): string {
  if (reference.includes(' ') && !/^(?:Le|La|De|Van|Von|Al|El|Da|Di|Du)\s/u.test(reference)) return reference;
  const given = context.wordBeforeNameInProse(reference, (word) => !TITLE_BEFORE.test(word) && isPlausibleName(word));
  return given === undefined ? reference : `${given} ${reference}`;
}

function checkPerson(context: RuleContext, person: Person): RuleFinding[] {
  const { text } = context;
  const surname = surnameOf(person.fullName);
  if (normaliseName(surname) === normaliseName(person.fullName)) return [];
  const firstFull = context.firstInProse(person.fullName);
  // A surname before the first full name cannot lie inside a full name: only the first surname matters.
  const firstSurname = context.firstInProse(surname);
  const early = firstSurname && (!firstFull || firstSurname.start < firstFull.start) ? firstSurname : undefined;
  if (early) {
    const registered = context.sources.some((source) => source.kind === 'person' && sameReferent(source.name, person.fullName));
    if (!firstFull && !registered) return [];
    return [
      {
        ruleId: 'N-FIRSTREF',
        range: early,
        message: `“${surname}” is used before ${person.fullName} has been introduced. Give the full name and role at first reference (${person.role ? `${person.fullName}, ${person.role},` : `“${person.fullName}, [role],”`}).`,
        fix: { kind: 'replace-text', label: `Write “${person.fullName}”`, range: early, replacement: person.fullName },
      },
    ];
  }
  if (!firstFull || hasRole(text, firstFull, context.sentenceAt(firstFull.start))) return [];
  const insertion = appositive(text, firstFull.end, person.role);
  return [
    {
      ruleId: 'N-FIRSTREF',
      range: firstFull,
      message: `${person.fullName} appears without a role at first reference. Say who they are (${person.role ? `“${person.fullName}${insertion}”` : `“${person.fullName}, [role],”`}).`,
      ...(person.role ? { fix: { kind: 'insert-text' as const, label: `Add “${person.role}”`, at: firstFull.end, text: insertion } } : {}),
    },
  ];
}

function hasRole(text: string, name: Span, sentence: Span): boolean {
  const before = text.slice(sentence.start, name.start);
  const after = text.slice(name.end, sentence.end);
  if (TITLE_BEFORE.test(before) || ROLE_AFTER.test(after)) return true;
  const noun = ROLE_NOUN_BEFORE.exec(before)?.[1];
  return noun !== undefined && !NOT_ROLES.has(noun);
}
