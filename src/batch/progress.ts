/**
 * A one-line progress bar on stderr for terminals: `[██████░░░░] 12/200 已检查 … 文件名`.
 * Not shown when stderr is not a terminal (piped, redirected, CI) or with --format json, so
 * machine-read output stays clean. The line is cleared at the end.
 */
import * as path from 'path';
import { localize, type Locale } from '../core/i18n';
import { BATCH_MESSAGES } from './messages';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface Progress {
  update(done: number, total: number, file: string): void;
  finish(): void;
}

const SILENT: Progress = { update: () => undefined, finish: () => undefined };
const BAR_WIDTH = 24;

export function shouldShowProgress(stream: ProgressStream, format: string, total: number): boolean {
  return stream.isTTY === true && format !== 'json' && total > 1;
}

export function createProgress(stream: ProgressStream, show: boolean, lang: Locale): Progress {
  if (!show) return SILENT;
  let drawn = false;
  return {
    update(done, total, file) {
      const filled = total > 0 ? Math.round((done / total) * BAR_WIDTH) : BAR_WIDTH;
      const bar = `[${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}]`;
      const label = localize(BATCH_MESSAGES.progress, { done, total })[lang];
      let line = `${bar} ${label} ${path.basename(file)}`;
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      // Wide (CJK) characters take two columns; trim by display width.
      line = fitWidth(line, width);
      stream.write(`\r\x1b[2K${line}`);
      drawn = true;
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}

/** Cuts `text` to at most `width` terminal columns, counting CJK and full-width characters as two. */
export function fitWidth(text: string, width: number): string {
  let w = 0;
  let out = '';
  for (const ch of text) {
    const cw = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
    if (w + cw > width) break;
    out += ch;
    w += cw;
  }
  return out;
}
