import type { ProblemDetail } from "./types";

/** A failed request; `message` is the server's problem detail when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problem: ProblemDetail | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** A successful response: status, headers and the parsed JSON body (null when there is none). */
export interface HttpResult<T> {
  status: number;
  headers: Headers;
  body: T;
}

/** A write as the editing code builds it; `write()` adds the CSRF token. */
export interface WriteRequest {
  method: "POST" | "PUT" | "PATCH" | "DELETE";
  path: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

const ACCEPT = "application/json, application/geo+json, application/problem+json";

/** The cookie the server keeps the CSRF token in, and the header writes echo it in. */
export const CSRF_COOKIE = "XSRF-TOKEN";
export const CSRF_HEADER = "X-XSRF-TOKEN";
/** Tells the audit trail which client made a write. */
export const CLIENT_ID = "web-map";

type UnavailableListener = (message: string) => void;
const unavailableListeners = new Set<UnavailableListener>();

/**
 * Calls `listener` with the server's detail whenever a request is answered 503 (database down).
 * Returns a function that removes it.
 */
export function onServiceUnavailable(listener: UnavailableListener): () => void {
  unavailableListeners.add(listener);
  return () => unavailableListeners.delete(listener);
}

/** Reports a 503 (also for requests made outside this module, e.g. tiles). */
export function reportServiceUnavailable(message: string): void {
  unavailableListeners.forEach((listener) => listener(message));
}

/**
 * Asks the user to log in again after the server answered 401 to a logged-in user (the session
 * expired or was ended elsewhere); resolves true once they have, false when they declined.
 */
type Reauthenticator = () => Promise<boolean>;
let reauthenticator: Reauthenticator | null = null;
/** One login prompt for every request refused while it is open. */
let reauthenticating: Promise<boolean> | null = null;

/**
 * Sets who asks for a new login when a request is answered 401 (the header's login dialog). The
 * request is then sent again, so what the user typed and sent is not lost. Returns a function
 * that removes it.
 */
export function setReauthenticator(ask: Reauthenticator): () => void {
  reauthenticator = ask;
  return () => {
    if (reauthenticator === ask) reauthenticator = null;
  };
}

/** Asks for a new login (once for all requests refused meanwhile); false when nobody can ask. */
function reauthenticate(): Promise<boolean> {
  if (!reauthenticator) return Promise.resolve(false);
  if (!reauthenticating) {
    reauthenticating = reauthenticator()
      .catch(() => false)
      .finally(() => {
        reauthenticating = null;
      });
  }
  return reauthenticating;
}

/** Requests that must not wait for a new login: the login itself, logout and who-am-I. */
function mayReauthenticate(path: string): boolean {
  return !["/api/login", "/api/logout", "/api/me"].includes(path.split("?")[0] ?? path);
}

/**
 * Sends a request; throws ApiError on HTTP errors and network failures. A 401 first asks the
 * user to log in again (see {@link setReauthenticator}) and then sends the request once more.
 */
export async function request<T>(path: string, init: RequestInit = {}): Promise<HttpResult<T>> {
  try {
    return await send<T>(path, init);
  } catch (error) {
    if (!isUnauthorized(error) || !mayReauthenticate(path) || !(await reauthenticate())) {
      throw error;
    }
    return send<T>(path, await withFreshCsrfToken(init));
  }
}

/** A login changes the CSRF token: a write sent again carries the new one. */
async function withFreshCsrfToken(init: RequestInit): Promise<RequestInit> {
  const headers = init.headers as Record<string, string> | undefined;
  if (!headers || !(CSRF_HEADER in headers)) return init;
  return { ...init, headers: { ...headers, [CSRF_HEADER]: await csrfToken() } };
}

function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

async function send<T>(path: string, init: RequestInit): Promise<HttpResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      headers: { Accept: ACCEPT, ...(init.headers as Record<string, string> | undefined) },
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "无法连接服务器");
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    const message = problem?.detail || problem?.title || `HTTP ${response.status}`;
    if (response.status === 503) reportServiceUnavailable(message);
    throw new ApiError(response.status, message, problem);
  }
  return { status: response.status, headers: response.headers, body: await readBody<T>(response) };
}

/** GET a JSON document; throws ApiError on HTTP errors and network failures. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await request<T>(path, { signal })).body;
}

/** Sends a write with the session's CSRF token (read from the cookie right before). */
export async function write<T>(write: WriteRequest): Promise<HttpResult<T>> {
  const attempt = async (): Promise<HttpResult<T>> => {
    const token = await csrfToken();
    return send<T>(write.path, {
      method: write.method,
      headers: { ...write.headers, [CSRF_HEADER]: token, "X-Client-Id": CLIENT_ID },
      body: write.body,
      signal: write.signal,
    });
  };
  try {
    return await attempt();
  } catch (error) {
    if (!isUnauthorized(error) || !(await reauthenticate())) throw error;
    // a login changes the CSRF token: read it again
    return attempt();
  }
}

/** The value of cookie `name` in a `document.cookie` string, or null. */
export function readCookie(cookies: string, name: string): string | null {
  for (const part of cookies.split(";")) {
    const index = part.indexOf("=");
    if (index < 0) continue;
    if (part.slice(0, index).trim() === name) {
      const value = part.slice(index + 1).trim();
      return value === "" ? null : decodeURIComponent(value);
    }
  }
  return null;
}

/**
 * The current CSRF token. It changes at login, so it is read from the cookie for every write;
 * without the cookie, `/api/me` makes the server set it.
 */
export async function csrfToken(): Promise<string> {
  let token = readCookie(document.cookie, CSRF_COOKIE);
  if (!token) {
    await request("/api/me");
    token = readCookie(document.cookie, CSRF_COOKIE);
  }
  if (!token) throw new ApiError(0, "无法取得安全令牌（CSRF），请刷新页面后重试");
  return token;
}

async function readBody<T>(response: Response): Promise<T> {
  const type = response.headers.get("Content-Type") ?? "";
  if (response.status === 204 || !type.includes("json")) return null as T;
  const text = await response.text();
  return (text === "" ? null : JSON.parse(text)) as T;
}

async function readProblem(response: Response): Promise<ProblemDetail | null> {
  const type = response.headers.get("Content-Type") ?? "";
  if (!type.includes("json")) return null;
  try {
    const body: unknown = await response.json();
    return body !== null && typeof body === "object" ? (body as ProblemDetail) : null;
  } catch {
    return null;
  }
}

/** A message for the user from any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
