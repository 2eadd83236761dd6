import { afterEach, describe, expect, it, vi } from 'vitest';

import { api, ApiError, onSessionExpired, SessionExpired, setApiLanguage } from './http';

afterEach(() => {
  vi.unstubAllGlobals();
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
});

function respond(status: number, body: unknown, contentType = 'application/problem+json') {
  const fetchMock = vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': contentType } }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('the API client', () => {
  it('sends the CSRF cookie back as a header on changes, and the reader\'s language', async () => {
    document.cookie = 'XSRF-TOKEN=abc%3D';
    setApiLanguage('en');
    const fetchMock = respond(200, { ok: true }, 'application/json');
    await api('/api/reviews/reports/1/submit', { method: 'POST', json: {} });
    const headers = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1].headers as Headers;
    expect(headers.get('X-XSRF-TOKEN')).toBe('abc=');
    expect(headers.get('Accept-Language')).toBe('en');
    setApiLanguage('vi');
  });

  it('turns a refusal into its problem detail, field errors included', async () => {
    respond(400, { title: 'Dữ liệu không hợp lệ', detail: 'Thời hạn cấp 1 phải sau hôm nay.', errors: [{ field: 'title', message: 'không được để trống' }] });
    const error = (await api('/api/reviews/campaigns', { method: 'POST', json: {} }).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.message).toBe('Thời hạn cấp 1 phải sau hôm nay.');
    expect(error.fieldMessage('title')).toBe('không được để trống');
  });

  it('tells the app when the session is gone', async () => {
    respond(401, { title: 'Chưa đăng nhập' });
    const listener = vi.fn();
    const stop = onSessionExpired(listener);
    const error = (await api('/api/reviews/assignments').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(SessionExpired);
    expect(listener).toHaveBeenCalledOnce();
    stop();
  });

  it('a network failure is an error the app can show, not a crash', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => { throw new TypeError('Failed to fetch'); }));
    const error = (await api('/api/me').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
  });
});
