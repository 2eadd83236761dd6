/**
 * The one way the app talks to the API: same origin, the session cookie, the CSRF cookie sent back as a header on
 * every change, the reader's language, and every error as the problem detail (RFC 9457) the service answered.
 */
export interface FieldError {
  field?: string;
  pointer?: string;
  message?: string;
  detail?: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
  warnings?: string[];
}

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }

  /** The message of one field, by the name the form uses. */
  fieldMessage(field: string): string | undefined {
    const found = this.problem.errors?.find(
      (e) => e.field === field || e.pointer === `/${field}` || e.pointer === `#/${field}`,
    );
    return found ? (found.message ?? found.detail) : undefined;
  }
}

/** Raised when the session is gone: the app keeps what was typed and sends the person to log in again. */
export class SessionExpired extends ApiError {}

let language = 'vi';
const sessionListeners = new Set<() => void>();

export function setApiLanguage(lang: string): void {
  language = lang;
}

export function onSessionExpired(listener: () => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

export function csrfToken(): string | undefined {
  const match = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return match ? decodeURIComponent(match.substring('XSRF-TOKEN='.length)) : undefined;
}

export async function api<T>(path: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const method = (init.method ?? 'GET').toUpperCase();
  const headers = new Headers(init.headers);
  headers.set('Accept', 'application/json, application/problem+json');
  headers.set('Accept-Language', language);
  headers.set('X-Requested-With', 'XMLHttpRequest');
  let body = init.body;
  if (init.json !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(init.json);
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const token = csrfToken();
    if (token) headers.set('X-XSRF-TOKEN', token);
  }
  let response: Response;
  try {
    response = await fetch(path, { ...init, method, headers, body, credentials: 'same-origin', redirect: 'manual' });
  } catch {
    throw new ApiError({ status: 0, title: 'network' });
  }
  if (response.type === 'opaqueredirect' || response.status === 401) {
    const problem = await readProblem(response);
    sessionListeners.forEach((listener) => listener());
    throw new SessionExpired({ ...problem, status: 401 });
  }
  if (!response.ok) {
    throw new ApiError(await readProblem(response));
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

async function readProblem(response: Response): Promise<Problem> {
  try {
    const text = await response.text();
    const parsed = text ? JSON.parse(text) : {};
    return { ...parsed, status: response.status || parsed.status || 0 };
  } catch {
    return { status: response.status };
  }
}
