import { appendFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Every reliability check writes one JSON line per result: what was tried, how
 * many cases, and what happened. scripts/reliability-report.ts renders them into
 * RELIABILITY.md, so the document always describes a real run.
 */
export const SECTIONS = [
  'crash',
  'fs-faults',
  'corrupt-files',
  'concurrent-editing',
  'clock-skew',
  'fuzz',
  'web-host',
  'xss',
  'electron',
  'accessibility',
] as const;
export type Section = (typeof SECTIONS)[number];

export interface ResultRecord {
  section: Section;
  /** What was tried, in one line. */
  check: string;
  /** How many cases (kills, faults, payloads, requests...) were run. */
  cases: number;
  passed: boolean;
  /** What happened: figures and observations from the run. */
  details: string;
  /** Findings that need an explanation (e.g. electronegativity), one per entry. */
  findings?: Array<{ id: string; severity: string; location: string; explanation: string }>;
  recordedAt: string;
}

export function resultsDir(): string {
  return process.env['COPYDESK_RELIABILITY_RESULTS'] ?? path.join(os.tmpdir(), 'copydesk-reliability', 'results');
}

export function writeRecord(record: Omit<ResultRecord, 'recordedAt'>): void {
  const dir = resultsDir();
  mkdirSync(dir, { recursive: true });
  const line = `${JSON.stringify({ ...record, recordedAt: new Date().toISOString() })}\n`;
  appendFileSync(path.join(dir, `records-${process.pid}.jsonl`), line);
}

export interface Outcome {
  cases: number;
  details: string;
  findings?: ResultRecord['findings'];
}

/**
 * Runs one check and records its outcome whether it passes or throws; an
 * assertion failure is recorded as failed with its message, then rethrown so
 * the test fails too.
 */
export async function measured(section: Section, check: string, run: (note: Outcome) => Promise<void> | void): Promise<void> {
  const outcome: Outcome = { cases: 0, details: '' };
  try {
    await run(outcome);
  } catch (error) {
    // eslint-disable-next-line no-control-regex
    const plain = (error instanceof Error ? error.message : String(error)).replace(/\u001b\[[0-9;]*m/g, '');
    const message = plain.split('\n').map((line) => line.trim()).filter(Boolean).slice(0, 8).join(' ');
    writeRecord({
      section,
      check,
      cases: outcome.cases,
      passed: false,
      details: `${outcome.details ? `${outcome.details}; ` : ''}FAILED: ${message}`,
      ...(outcome.findings ? { findings: outcome.findings } : {}),
    });
    throw error;
  }
  writeRecord({
    section,
    check,
    cases: outcome.cases,
    passed: true,
    details: outcome.details,
    ...(outcome.findings ? { findings: outcome.findings } : {}),
  });
}
