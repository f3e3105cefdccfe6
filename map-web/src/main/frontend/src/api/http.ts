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

const ACCEPT = "application/json, application/geo+json, application/problem+json";

/** GET a JSON document; throws ApiError on HTTP errors and network failures. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { Accept: ACCEPT }, signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError(0, "无法连接服务器");
  }
  if (!response.ok) {
    const problem = await readProblem(response);
    const message = problem?.detail || problem?.title || `HTTP ${response.status}`;
    throw new ApiError(response.status, message, problem);
  }
  return (await response.json()) as T;
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
