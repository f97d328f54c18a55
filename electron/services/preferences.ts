import { PreferencesSchema } from '../../shared/model/preferences';
import type { Preferences, PreferencesPatch } from '../../shared/model/preferences';

/**
 * The part of conf's API (shared by electron-store) the preferences need.
 * The desktop shell injects electron-store; the web host and tests inject conf.
 */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** Preferences live under one key: the same store also holds the shell's window state. */
export const PREFERENCES_KEY = 'preferences';

type Field = keyof typeof PreferencesSchema.shape;
const FIELDS = Object.keys(PreferencesSchema.shape) as Field[];

/**
 * Reads and writes validated preferences. A stored value that no longer
 * validates (hand-edited, written by another version) falls back to its
 * default field by field, and the problem is recorded instead of crashing.
 */
export class PreferencesService {
  private readonly problemList: string[] = [];

  constructor(
    private readonly store: KeyValueStore,
    private readonly log: (message: string) => void = (message) => console.warn(`[copydesk] ${message}`),
  ) {}

  /** What was wrong with the stored preferences, for the host to show or log. */
  get problems(): readonly string[] {
    return this.problemList;
  }

  get(): Preferences {
    const stored = this.store.get(PREFERENCES_KEY);
    if (stored === undefined) return PreferencesSchema.parse({});
    const whole = PreferencesSchema.safeParse(stored);
    if (whole.success) return whole.data;
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
      this.report('the stored preferences are not an object; using the defaults');
      return PreferencesSchema.parse({});
    }
    const record = stored as Record<string, unknown>;
    const repaired: Record<string, unknown> = {};
    for (const field of FIELDS) {
      const parsed = PreferencesSchema.shape[field].safeParse(record[field]);
      if (parsed.success) repaired[field] = parsed.data;
      else this.report(`the stored preference "${field}" is invalid; using its default`);
    }
    return PreferencesSchema.parse(repaired);
  }

  set(patch: PreferencesPatch): Preferences {
    const current = this.get();
    const next = PreferencesSchema.parse({
      ...current,
      ...patch,
      export: { ...current.export, ...patch.export },
    });
    this.store.set(PREFERENCES_KEY, next);
    return next;
  }

  private report(problem: string): void {
    if (this.problemList.includes(problem)) return;
    this.problemList.push(problem);
    this.log(problem);
  }
}
