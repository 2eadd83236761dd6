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
    { id: 'a0', campaignId: 'c0', kind: 'INDIVIDUAL', placeUnitId: 'u1', placeUnitName: 'Chi bộ Khu phố 1',
      memberId: 'm1', memberName: 'Trần Văn Bình', templateCode: 'MAU_2A', due: '2026-03-20', status: 'PUBLISHED' },
  ],
  '/api/reviews/remediation/mine': [
    { id: 'r1', campaignId: 'c0', campaignTitle: 'Kiểm điểm năm 2025', assignmentId: 'a0', placeUnitId: 'u1',
      placeUnitName: 'Chi bộ Khu phố 1', ownerMemberId: 'm1', ownerName: 'Trần Văn Bình',
      what: 'Chưa tham gia đầy đủ sinh hoạt chi bộ.', due: '2026-12-01', status: 'IN_PROGRESS', evidence: null,
      overdue: true, version: 2, raisedBy: 'x', raisedAt: '2026-04-01T03:00:00Z', updatedAt: '2026-04-01T03:00:00Z',
      actions: [] },
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
    expect(items).toHaveLength(3);
    expect(within(items[0]).getByText('Bản cam kết')).toBeInTheDocument();
    expect(within(items[0]).getByText('quá hạn 3 ngày')).toBeInTheDocument();
    expect(within(items[0]).getByRole('link', { name: 'Viết' })).toHaveAttribute('href', '/reports/a2');
    expect(within(items[1]).getByText('Bị trả lại')).toBeInTheDocument();
    expect(within(items[1]).getByRole('link', { name: 'Sửa theo yêu cầu' })).toHaveAttribute('href', '/reports/a1');
    // a published result says so, and the review opens to read it
    expect(within(items[2]).getByTestId('my-result')).toHaveTextContent('Đã có kết quả xếp loại');
    expect(within(items[2]).getByRole('link', { name: 'Xem kết quả' })).toHaveAttribute('href', '/reports/a0');
    const remediation = await screen.findByTestId('my-remediation');
    expect(within(remediation).getByText('Chưa tham gia đầy đủ sinh hoạt chi bộ.')).toBeInTheDocument();
    expect(within(remediation).getByText('Quá hạn')).toBeInTheDocument();
    expect(await screen.findByText('Chưa có thông báo.')).toBeInTheDocument();
  });
});
