import { describe, expect, it } from 'vitest';

import { draftStore } from './draftStore';

describe('the drafts kept in the browser', () => {
  const draft = { reportId: 'r1', revision: 2, sections: { UU_DIEM: 'Đang viết dở' }, answers: {} };

  it('are kept per person and report until the server has them', () => {
    draftStore.keep('demo-member', draft, new Date('2026-12-07T03:00:00Z'));
    expect(draftStore.read('demo-member', 'r1')?.sections.UU_DIEM).toBe('Đang viết dở');
    expect(draftStore.read('demo-secretary', 'r1')).toBeUndefined();
    draftStore.saved('demo-member', 'r1');
    expect(draftStore.read('demo-member', 'r1')).toBeUndefined();
  });

  it('are all gone after logout, and nothing else of the app is touched', () => {
    draftStore.keep('a', draft);
    draftStore.keep('b', { ...draft, reportId: 'r2' });
    localStorage.setItem('tusoi.language', 'en');
    draftStore.clearAll();
    expect(draftStore.read('a', 'r1')).toBeUndefined();
    expect(draftStore.read('b', 'r2')).toBeUndefined();
    expect(localStorage.getItem('tusoi.language')).toBe('en');
  });

  it('a damaged entry is dropped, not a crash', () => {
    localStorage.setItem('tusoi.draft.a.r1', '{not json');
    expect(draftStore.read('a', 'r1')).toBeUndefined();
    expect(localStorage.getItem('tusoi.draft.a.r1')).toBeNull();
  });
});
