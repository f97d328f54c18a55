import type { KeyValueStore } from '../../../electron/services/preferences';

/** An in-memory stand-in for conf/electron-store. */
export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, unknown>();
  get(key: string): unknown {
    return this.data.get(key);
  }
  set(key: string, value: unknown): void {
    this.data.set(key, structuredClone(value));
  }
}
