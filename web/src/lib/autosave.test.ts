import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '../api/http';
import type { ReportContent, Step } from '../api/types';
import { Autosave, type SaveState } from './autosave';

const text = (value: string): ReportContent => ({ sections: { UU_DIEM: value }, answers: {} });
const step = (revision: number): Step => ({ id: 'r', status: 'DRAFT', version: revision, revision, warnings: [] });

function harness(save: (revision: number, content: ReportContent) => Promise<Step>) {
  const states: SaveState[] = [];
  const kept: { revision: number; content: ReportContent }[] = [];
  let savedOnServer = 0;
  const autosave = new Autosave(3, {
    delayMs: 1000,
    save,
    keepLocally: (revision, content) => kept.push({ revision, content }),
    savedOnServer: () => savedOnServer++,
    onState: (state) => states.push(state),
    now: () => new Date('2026-12-07T03:32:00Z'),
  });
  return { autosave, states, kept, saved: () => savedOnServer };
}

describe('autosave', () => {
  it('keeps every change in the browser at once and sends the latest after a pause in typing', async () => {
    vi.useFakeTimers();
    const save = vi.fn(async (revision: number) => step(revision + 1));
    const { autosave, kept, states, saved } = harness(save);
    autosave.change(text('Ư'));
    autosave.change(text('Ưu điểm'));
    expect(kept).toHaveLength(2);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(3, text('Ưu điểm'));
    expect(autosave.currentRevision).toBe(4);
    expect(saved()).toBe(1);
    expect(states.at(-1)).toEqual({ kind: 'saved', at: new Date('2026-12-07T03:32:00Z') });
    vi.useRealTimers();
  });

  it('a save that fails keeps the text pending and the local copy in place', async () => {
    const save = vi.fn(async () => { throw new ApiError({ status: 0 }); });
    const { autosave, states, saved } = harness(save);
    autosave.change(text('Bản đầu'));
    expect(await autosave.flush()).toBe(false);
    expect(autosave.hasPending).toBe(true);
    expect(saved()).toBe(0);
    expect(states.at(-1)?.kind).toBe('failed');
  });

  it('the next save starts from the revision the server gave', async () => {
    const save = vi.fn(async (revision: number) => step(revision + 1));
    const { autosave } = harness(save);
    autosave.change(text('một'));
    await autosave.flush();
    autosave.change(text('hai'));
    await autosave.flush();
    expect(save.mock.calls.map((call) => call[0])).toEqual([3, 4]);
  });

  it('nothing pending is nothing to send', async () => {
    const save = vi.fn(async () => step(1));
    const { autosave } = harness(save);
    expect(await autosave.flush()).toBe(true);
    expect(save).not.toHaveBeenCalled();
  });
});
