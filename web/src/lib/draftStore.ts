/**
 * What was typed and not yet saved on the server, kept in this browser so a lost session or network loses
 * nothing. Kept per person and report; removed as soon as the server has it, and all of it at logout (an office
 * computer is shared, a review must not stay on it).
 */
export interface LocalDraft {
  reportId: string;
  revision: number;
  sections: Record<string, string>;
  answers: Record<string, string>;
  keptAt: string;
}

const PREFIX = 'tusoi.draft.';

function key(owner: string, reportId: string): string {
  return `${PREFIX}${owner}.${reportId}`;
}

export const draftStore = {
  keep(owner: string, draft: Omit<LocalDraft, 'keptAt'>, now: Date = new Date()): void {
    try {
      localStorage.setItem(key(owner, draft.reportId), JSON.stringify({ ...draft, keptAt: now.toISOString() }));
    } catch {
      // storage full or disabled: the autosave to the server still runs
    }
  },

  read(owner: string, reportId: string): LocalDraft | undefined {
    const raw = localStorage.getItem(key(owner, reportId));
    if (!raw) return undefined;
    try {
      return JSON.parse(raw) as LocalDraft;
    } catch {
      localStorage.removeItem(key(owner, reportId));
      return undefined;
    }
  },

  /** The server has this text now. */
  saved(owner: string, reportId: string): void {
    localStorage.removeItem(key(owner, reportId));
  },

  /** At logout: nothing of anyone's reviews stays in this browser. */
  clearAll(): void {
    const keys: string[] = [];
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (k && k.startsWith(PREFIX)) keys.push(k);
    }
    keys.forEach((k) => localStorage.removeItem(k));
  },
};
