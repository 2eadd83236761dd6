import { render, screen, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import '../i18n';
import { createQueryClient } from '../App';
import MyWork from './MyWork';

/** "Today" in these tests: Monday 07/12/2026, 10:00 in Hà Nội. */
const TODAY = new Date('2026-12-07T03:00:00Z');

const answers: Record<string, unknown> = {
  '/api/me': { username: 'demo-member', name: 'Trần Văn Bình', memberId: 'm1', roles: ['member'] },
  '/api/reviews/templates': [{ code: 'MAU_2A', name: 'Mẫu 2A - Bản kiểm điểm cá nhân' }],
  '/api/reviews/assignments': [
    { id: 'a1', campaignId: 'c1', kind: 'INDIVIDUAL', placeUnitId: 'u1', placeUnitName: 'Chi bộ Khu phố 1',
      memberId: 'm1', memberName: 'Trần Văn Bình', templateCode: 'MAU_2A', due: '2026-12-17', status: 'RETURNED' },
    { id: 'a2', campaignId: 'c1', kind: 'COMMITMENT', placeUnitId: 'u1', placeUnitName: 'Chi bộ Khu phố 1',
      memberId: 'm1', memberName: 'Trần Văn Bình', templateCode: 'CAM_KET', due: '2026-12-04', status: 'NOT_STARTED' },
  ],
  '/api/notifications/inbox': [],
  '/api/notifications/inbox/unread-count': { unread: 0 },
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(TODAY);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('Việc của tôi', () => {
  it('lists my work, late first, with what to do next', async () => {
    vi.stubGlobal('fetch', vi.fn(async (path: string) => new Response(JSON.stringify(answers[path] ?? {}), {
      status: 200, headers: { 'Content-Type': 'application/json' },
    })));
    render(
      <AntApp>
        <QueryClientProvider client={createQueryClient()}>
          <MemoryRouter><MyWork /></MemoryRouter>
        </QueryClientProvider>
      </AntApp>,
    );
    const list = await screen.findByTestId('my-work');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByText('Bản cam kết')).toBeInTheDocument();
    expect(within(items[0]).getByText('quá hạn 3 ngày')).toBeInTheDocument();
    expect(within(items[0]).getByRole('link', { name: 'Viết' })).toHaveAttribute('href', '/reports/a2');
    expect(within(items[1]).getByText('Bị trả lại')).toBeInTheDocument();
    expect(within(items[1]).getByRole('link', { name: 'Sửa theo yêu cầu' })).toHaveAttribute('href', '/reports/a1');
    expect(await screen.findByText('Chưa có thông báo.')).toBeInTheDocument();
  });
});
