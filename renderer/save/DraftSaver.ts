/**
 * Autosave for one open draft: debounced after each change, one request in
 * flight at a time, each carrying the revision it was based on. Transient
 * failures are retried with backoff; a conflict stops saving until the editor
 * chooses to reload or save a copy, so nothing is silently overwritten.
 */
import type { ParsedRequestOf, RequestOf, ResponseOf } from '../../shared/api/channels';
import { ApiError } from '../../shared/api/errors';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'retrying'; attempt: number; message: string }
  | { kind: 'conflict' }
  | { kind: 'read-only' }
  | { kind: 'failed'; message: string };

type SaveRequest = RequestOf<'drafts.save'>;
export type SavePayload = Omit<ParsedRequestOf<'drafts.save'>, 'id' | 'baseRevision'>;
type SaveResponse = ResponseOf<'drafts.save'>;

export type DraftSaverOptions = {
  id: string;
  revision: number;
  delayMs: number;
  /** Reads the draft as it is now; called when a save starts. */
  read: () => SavePayload;
  save: (request: SaveRequest) => Promise<SaveResponse>;
  /** Used for the last save while the page is unloading (HTTP keepalive). */
  saveOnUnload: (request: SaveRequest) => Promise<SaveResponse>;
  onState: (state: SaveState) => void;
  onSaved: (response: SaveResponse, payload: SavePayload) => void;
};

const MAX_BACKOFF_MS = 30_000;

function backoffMs(attempt: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempt - 1));
}

export class DraftSaver {
  private revision: number;
  private dirty = false;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private attempt = 0;
  private stopped = false;
  private state: SaveState = { kind: 'saved' };

  constructor(private readonly options: DraftSaverOptions) {
    this.revision = options.revision;
  }

  /** Records an edit and schedules a save after the debounce delay. */
  markChanged(): void {
    this.dirty = true;
    if (this.stopped) return;
    if (this.state.kind === 'saved') this.setState({ kind: 'unsaved' });
    if (this.state.kind === 'retrying') return;
    this.schedule(this.options.delayMs);
  }

  /** Saves now (menu Save, Ctrl+S, tab hidden); resolves when the draft is saved or saving failed. */
  async flush(): Promise<void> {
    if (this.stopped) return;
    this.clearTimer();
    while (this.inFlight) await this.inFlight;
    if (this.dirty && !this.stopped) await this.run(this.options.save);
  }

  /**
   * Last chance while the page goes away: send what is unsaved with a request
   * that outlives the page. 'blocked' means edits remain that could not be
   * sent because a save is already running (its base revision is unknown).
   */
  flushOnUnload(): 'clean' | 'sent' | 'blocked' {
    if (this.stopped || !this.dirty) return 'clean';
    if (this.inFlight) return 'blocked';
    this.clearTimer();
    void this.run(this.options.saveOnUnload);
    return 'sent';
  }

  /** Stops all saving (draft closed, conflict resolved by reload). */
  dispose(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private schedule(delay: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.inFlight) {
        // The running save reschedules itself when it sees newer edits.
        return;
      }
      void this.run(this.options.save);
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.options.onState(state);
  }

  private run(send: DraftSaverOptions['save']): Promise<void> {
    const task = this.attemptSave(send).finally(() => {
      this.inFlight = null;
    });
    this.inFlight = task;
    return task;
  }

  private async attemptSave(send: DraftSaverOptions['save']): Promise<void> {
    const payload = this.options.read();
    this.dirty = false;
    if (this.state.kind !== 'retrying') this.setState({ kind: 'saving' });
    try {
      const response = await send({ ...payload, id: this.options.id, baseRevision: this.revision });
      this.revision = response.revision;
      this.attempt = 0;
      if (this.stopped) return;
      this.options.onSaved(response, payload);
      if (this.dirty) {
        this.setState({ kind: 'unsaved' });
        this.schedule(this.options.delayMs);
      } else {
        this.setState({ kind: 'saved' });
      }
    } catch (error) {
      this.dirty = true;
      if (this.stopped) return;
      this.failed(error);
    }
  }

  private failed(error: unknown): void {
    const code = error instanceof ApiError ? error.code : 'internal';
    const message = error instanceof Error ? error.message : String(error);
    if (code === 'conflict') {
      this.stopped = true;
      this.setState({ kind: 'conflict' });
      return;
    }
    if (code === 'read-only') {
      this.stopped = true;
      this.setState({ kind: 'read-only' });
      return;
    }
    if (code === 'refused') {
      // The publish gate refused this save (a move to ready with open errors): the edits stay
      // unsaved but the saver keeps going, so the next change (e.g. the status put back) saves them.
      this.setState({ kind: 'failed', message });
      return;
    }
    if (code === 'invalid-request' || code === 'not-found') {
      this.stopped = true;
      this.setState({ kind: 'failed', message });
      return;
    }
    this.attempt += 1;
    this.setState({ kind: 'retrying', attempt: this.attempt, message });
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.run(this.options.save);
    }, backoffMs(this.attempt));
  }
}
