// A progress bar for long runs, drawn on stderr when stderr is a terminal.

export interface ProgressBar {
  /** `done` of `total` files are finished. */
  update(done: number, total: number): void;
  /** Wipes the bar so that a message can be printed; the next update draws it again. */
  clear(): void;
}

export const noProgress: ProgressBar = { update() {}, clear() {} };

const WIDTH = 30;
/** Runs shorter than this never show a bar, so quick runs do not flicker. */
const DELAY_MS = 300;
const REDRAW_MS = 100;

export function terminalProgress(write: (s: string) => void, now: () => number = () => Date.now()): ProgressBar {
  const started = now();
  let drawnAt = -Infinity;
  let shown = false;
  return {
    update(done, total) {
      const t = now();
      const finished = done >= total;
      if (finished) {
        this.clear();
        return;
      }
      if (t - started < DELAY_MS || t - drawnAt < REDRAW_MS) return;
      drawnAt = t;
      shown = true;
      const filled = Math.round((done / total) * WIDTH);
      write(`\r${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)} ${done}/${total} files\x1b[K`);
    },
    clear() {
      if (shown) write('\r\x1b[K');
      shown = false;
      drawnAt = -Infinity;
    },
  };
}
