import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "./http";
import { followJob, resultUrl, type JobStatus } from "./jobs";

function status(state: JobStatus["state"], extra: Partial<JobStatus> = {}): JobStatus {
  return {
    id: "j1",
    kind: "geocode-batch",
    title: "批量地址匹配",
    state,
    stateName: state,
    progress: 0,
    message: null,
    createdBy: "planner",
    createdAt: "2026-06-01T00:00:00Z",
    startedAt: null,
    finishedAt: null,
    links: [{ rel: "self", href: "/api/jobs/j1" }],
    ...extra,
  };
}

function stubStatuses(...statuses: JobStatus[]) {
  const fetchMock = vi.fn();
  statuses.forEach((s) => fetchMock.mockResolvedValueOnce(Response.json(s)));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("followJob", () => {
  it("reports progress until the job succeeds", async () => {
    const done = status("SUCCEEDED", {
      progress: 1,
      links: [
        { rel: "self", href: "/api/jobs/j1" },
        { rel: "result", href: "/api/jobs/j1/result", title: "结果.xlsx" },
      ],
    });
    const fetchMock = stubStatuses(
      status("QUEUED"),
      status("RUNNING", { progress: 0.4, message: "第 400/1000 条" }),
      done,
    );
    const seen: number[] = [];
    const final = await followJob("/api/jobs/j1", {
      intervalMs: 1,
      onStatus: (s) => seen.push(s.progress),
    });
    expect(final.state).toBe("SUCCEEDED");
    expect(seen).toEqual([0, 0.4]);
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(resultUrl(final)).toBe("/api/jobs/j1/result");
  });

  it("rejects with the job's problem when it failed", async () => {
    stubStatuses(
      status("FAILED", {
        message: "file：编码须为 12 位数字",
        problem: {
          status: 400,
          detail: "file：编码须为 12 位数字",
          invalidParams: [{ name: "file", reason: "编码须为 12 位数字" }],
        },
      }),
    );
    const error = await followJob("/api/jobs/j1", { intervalMs: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).message).toBe("file：编码须为 12 位数字");
    expect((error as ApiError).problem?.invalidParams?.[0]?.name).toBe("file");
  });

  it("stops polling when aborted", async () => {
    stubStatuses(status("RUNNING"), status("RUNNING"));
    const controller = new AbortController();
    const following = followJob("/api/jobs/j1", {
      intervalMs: 10_000,
      onStatus: () => controller.abort(),
      signal: controller.signal,
    });
    await expect(following).rejects.toMatchObject({ name: "AbortError" });
  });
});
