import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';

import '../../i18n';
import { createQueryClient } from '../../App';
import Imports, { errorsCsv } from './Imports';

afterEach(() => vi.unstubAllGlobals());

const job = (status: string, extra: object = {}) => ({
  id: 'j1', kind: 'MEMBERS', fileName: 'dang-vien.csv', status, percent: 50, totalRows: 3, rowsDone: 3, created: 0,
  updated: 0, unchanged: 0, errorCount: 1, failure: null, submittedAt: '2026-12-07T03:00:00Z', finishedAt: null, ...extra,
});

function json(body: unknown, status = 200) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function renderImports() {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <AntApp><MemoryRouter><Imports /></MemoryRouter></AntApp>
    </QueryClientProvider>,
  );
}

describe('Nhập danh sách', () => {
  it('sends the file as the chosen kind and shows every row error of a rejected file', async () => {
    const calls: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (path: string, init?: RequestInit) => {
      calls.push(`${init?.method ?? 'GET'} ${path}`);
      if (path.startsWith('/api/org/imports?kind=')) return json(job('QUEUED'), 202);
      if (path === '/api/org/imports/j1') return json(job('REJECTED'));
      if (path.startsWith('/api/org/imports/j1/errors')) {
        return json([{ row: 3, column: 'Số CCCD', message: 'Số CCCD phải có đúng 12 chữ số' }]);
      }
      return json({});
    }));
    const { container } = renderImports();
    const input = container.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['a,b'], 'dang-vien.csv', { type: 'text/csv' })] } });

    const table = await screen.findByTestId('import-errors');
    expect(await within(table).findByText('Số CCCD phải có đúng 12 chữ số')).toBeInTheDocument();
    expect(within(table).getByText('Số CCCD')).toBeInTheDocument();
    expect(screen.getByTestId('import-status')).toHaveTextContent('Tệp có 1 lỗi');
    expect(screen.getByText('Chưa có dòng nào được ghi.')).toBeInTheDocument();
    expect(calls).toContain('POST /api/org/imports?kind=MEMBERS');
  });

  it('says what a refused upload was refused for', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ status: 400, title: 'Yêu cầu không hợp lệ', detail: 'Tệp rỗng.' }, 400)));
    const { container } = renderImports();
    fireEvent.change(container.querySelector('input[type=file]')!, { target: { files: [new File([''], 'rong.csv')] } });
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Tệp rỗng.'));
  });
});

describe('the row errors as a file', () => {
  it('is CSV with a BOM, quoting what needs quoting', () => {
    const csv = errorsCsv([{ row: 4, column: 'Họ và tên', message: 'Thiếu "họ", tên' }, { row: 5, column: null, message: 'Dòng trùng' }],
      ['Dòng', 'Cột', 'Lỗi']);
    expect(csv).toBe('\uFEFFDòng,Cột,Lỗi\r\n4,Họ và tên,"Thiếu ""họ"", tên"\r\n5,,Dòng trùng\r\n');
  });
});
