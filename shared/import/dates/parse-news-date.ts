/**
 * Reads the dates news sites print ("April 13, 2022", "13 April 2022",
 * "Wed, 13.04.2022 10:35", "2022-04-13T10:35:00Z") into YYYY-MM-DD. A date that
 * could be read two ways (04/05/2022) is not guessed: it returns undefined.
 */
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?,?\s+)?`;
const TIME = String.raw`(?:\s*(?:,|\||-|–|at|@)?\s*\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,2})?\)?)?)?`;

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const MONTH_FIRST = new RegExp(String.raw`^${WEEKDAY}${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TIME}$`, 'i');
const DAY_FIRST = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\.?\s+(?:of\s+)?${MONTH},?\s+(\d{4})${TIME}$`, 'i');
const NUMERIC = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})([./-])(\d{1,2})\2(\d{4})${TIME}$`, 'i');

function isoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  if (year < 1900 || year > 2200) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '').slice(0, name.toLowerCase().startsWith('sept') ? 4 : 3)] ?? 0;
}

/** Day and month from a numeric date: dots are always day-first (European); slashes only when unambiguous. */
function numericDayMonth(first: number, second: number, separator: string): [number, number] | undefined {
  if (separator === '.') return [first, second];
  if (first > 12) return [first, second];
  if (second > 12) return [second, first];
  return first === second ? [first, second] : undefined;
}

export function parseNewsDate(input: string): string | undefined {
  const text = input.trim().replace(/\s+/g, ' ');
  const iso = ISO.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return isoDate(Number(monthFirst[3]), monthNumber(monthFirst[1]!), Number(monthFirst[2]));
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return isoDate(Number(dayFirst[3]), monthNumber(dayFirst[2]!), Number(dayFirst[1]));
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const dayMonth = numericDayMonth(Number(numeric[1]), Number(numeric[3]), numeric[2]!);
    return dayMonth ? isoDate(Number(numeric[4]), dayMonth[1], dayMonth[0]) : undefined;
  }
  return undefined;
}

const DATE_LABEL = /^(?:published|updated|last updated|posted|first published|date|modified)(?:\s+on)?\s*:?\s*/i;

/** A line that is nothing but a (labelled) date, as printed under a headline. */
export function parseDateLine(line: string): string | undefined {
  return parseNewsDate(line.trim().replace(DATE_LABEL, ''));
}
