/*
 * Dates for readers, formatted by hand in UTC: Intl output depends on the
 * host's ICU data and time zone, and the same draft must give the same bytes
 * everywhere.
 */

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2026-11-28" -> "28 November 2026" */
export function displayCalendarDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/** An ISO timestamp -> "28 November 2026, 09:30 UTC" */
export function displayTimestamp(iso: string): string {
  const instant = new Date(iso);
  const hours = String(instant.getUTCHours()).padStart(2, '0');
  const minutes = String(instant.getUTCMinutes()).padStart(2, '0');
  return `${displayCalendarDate(instant.toISOString().slice(0, 10))}, ${hours}:${minutes} UTC`;
}

/** Parses an ISO timestamp, or returns null for anything Date cannot read. */
export function instantOf(iso: string): number | null {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}
