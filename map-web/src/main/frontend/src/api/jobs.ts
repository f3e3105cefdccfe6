import {
  ApiError,
  CLIENT_ID,
  CSRF_HEADER,
  csrfToken,
  getJson,
  request,
  write,
  type WriteRequest,
} from "./http";
import type { ProblemDetail } from "./types";

/** A job's status document (`GET /api/jobs/{id}`). */
export interface JobStatus {
  id: string;
  kind: string;
  title: string;
  state: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED" | "CANCELLED";
  stateName: string;
  progress: number;
  message: string | null;
  createdBy: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  result?: unknown;
  problem?: ProblemDetail;
  links: { rel: string; href: string; title?: string }[];
}

/** Starts a job with a write answered 202; returns its status URL. */
export async function startJob(request: WriteRequest): Promise<string> {
  const response = await write<JobStatus>(request);
  const location =
    response.headers.get("Location") ?? (response.body ? `/api/jobs/${response.body.id}` : null);
  if (response.status !== 202 || !location) {
    throw new ApiError(response.status, "服务器没有按任务方式受理该请求");
  }
  return location;
}

/** Uploads `file` as multipart `file` to `path` (a job answered 202); returns its status URL. */
export async function startUploadJob(path: string, file: File): Promise<string> {
  const body = new FormData();
  body.append("file", file, file.name);
  const token = await csrfToken();
  const response = await request<JobStatus>(path, {
    method: "POST",
    headers: { [CSRF_HEADER]: token, "X-Client-Id": CLIENT_ID },
    body,
  });
  const location =
    response.headers.get("Location") ?? (response.body ? `/api/jobs/${response.body.id}` : null);
  if (response.status !== 202 || !location) {
    throw new ApiError(response.status, "服务器没有按任务方式受理该请求");
  }
  return location;
}

export interface FollowOptions {
  /** Called with each status while the job is queued or running. */
  onStatus?: (status: JobStatus) => void;
  signal?: AbortSignal;
  /** Time between polls, in milliseconds (default 500). */
  intervalMs?: number;
}

/**
 * Polls the job at `location` until it finishes. Resolves with the final status when it succeeded;
 * rejects with an ApiError carrying the job's problem detail when it failed or was cancelled.
 */
export async function followJob(location: string, options: FollowOptions = {}): Promise<JobStatus> {
  const interval = options.intervalMs ?? 500;
  for (;;) {
    const status = await getJson<JobStatus>(location, options.signal);
    if (status.state === "SUCCEEDED") return status;
    if (status.state === "FAILED" || status.state === "CANCELLED") {
      const message = status.problem?.detail || status.message || status.stateName;
      throw new ApiError(status.problem?.status ?? 0, message, status.problem ?? null);
    }
    options.onStatus?.(status);
    await sleep(interval, options.signal);
  }
}

/** The URL of a finished job's result, or null when it has none. */
export function resultUrl(status: JobStatus): string | null {
  return status.links.find((link) => link.rel === "result")?.href ?? null;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(new DOMException("aborted", "AbortError"));
      return;
    }
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(new DOMException("aborted", "AbortError"));
      },
      { once: true },
    );
  });
}
