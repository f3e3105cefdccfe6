import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, getJson } from "./http";

function stubFetch(response: Response) {
  const fetchMock = vi.fn(async () => response);
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("getJson", () => {
  it("returns the parsed body", async () => {
    const fetchMock = stubFetch(Response.json({ a: 1 }));
    await expect(getJson("/api/config")).resolves.toEqual({ a: 1 });
    expect(fetchMock).toHaveBeenCalledWith("/api/config", expect.anything());
  });

  it("uses the problem detail as message", async () => {
    const body = { title: "Not Found", status: 404, detail: "区划代码 652399000000 不存在" };
    stubFetch(
      new Response(JSON.stringify(body), {
        status: 404,
        headers: { "Content-Type": "application/problem+json" },
      }),
    );
    const error = await getJson("/api/divisions/652399000000").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).message).toBe("区划代码 652399000000 不存在");
  });

  it("falls back to the title, then to the status", async () => {
    stubFetch(
      new Response('{"title":"Bad Request"}', {
        status: 400,
        headers: { "Content-Type": "application/problem+json" },
      }),
    );
    await expect(getJson("/x")).rejects.toThrow("Bad Request");
    stubFetch(new Response("<html>oops</html>", { status: 502 }));
    await expect(getJson("/x")).rejects.toThrow("HTTP 502");
  });

  it("reports network failures in Chinese", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("fetch failed");
      }),
    );
    await expect(getJson("/x")).rejects.toThrow("无法连接服务器");
  });
});
