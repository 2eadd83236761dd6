/**
 * Autosave of a report: every change is kept in the browser at once, and sent to the server after a pause in
 * typing; one save at a time, the latest text wins, a save that fails leaves the local copy in place.
 */
import type { ReportContent, Step } from '../api/types';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; error: unknown };

export interface AutosaveOptions {
  delayMs: number;
  save: (revision: number, content: ReportContent) => Promise<Step>;
  keepLocally: (revision: number, content: ReportContent) => void;
  savedOnServer: () => void;
  onState: (state: SaveState) => void;
  now?: () => Date;
}

export class Autosave {
  private revision: number;
  private pending: ReportContent | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private readonly options: AutosaveOptions;

  constructor(revision: number, options: AutosaveOptions) {
    this.revision = revision;
    this.options = options;
  }

  get currentRevision(): number {
    return this.revision;
  }

  change(content: ReportContent): void {
    this.pending = content;
    this.options.keepLocally(this.revision, content);
    this.options.onState({ kind: 'dirty' });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs);
  }

  /** Sends what is pending now (before submitting, or when the writer presses "Lưu"); false if it failed. */
  async flush(): Promise<boolean> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
    }
    while (this.running) await this.running;
    const content = this.pending;
    if (!content) return true;
    this.pending = undefined;
    this.options.onState({ kind: 'saving' });
    let ok = false;
    this.running = this.options.save(this.revision, content).then(
      (step) => {
        ok = true;
        this.revision = step.revision;
        if (!this.pending) {
          this.options.savedOnServer();
          this.options.onState({ kind: 'saved', at: (this.options.now ?? (() => new Date()))() });
        } else {
          this.options.keepLocally(this.revision, this.pending);
        }
      },
      (error) => {
        // put it back unless something newer was typed meanwhile; the local copy stays
        if (!this.pending) this.pending = content;
        this.options.onState({ kind: 'failed', error });
      },
    );
    await this.running;
    this.running = undefined;
    return ok;
  }

  /** Whether something typed has not reached the server. */
  get hasPending(): boolean {
    return this.pending !== undefined;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
  }
}
