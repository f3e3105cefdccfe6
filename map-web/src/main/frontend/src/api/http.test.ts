import { afterEach, describe, expect, it, vi } from "vitest";
import {
  ApiError,
  getJson,
  onServiceUnavailable,
  readCookie,
  request,
  setReauthenticator,
  write,
} from "./http";

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

describe("readCookie", () => {
  it("finds a cookie among others", () => {
    expect(readCookie("a=1; XSRF-TOKEN=abc-123; b=2", "XSRF-TOKEN")).toBe("abc-123");
    expect(readCookie("XSRF-TOKEN=x%3Dy", "XSRF-TOKEN")).toBe("x=y");
  });

  it("is null when missing or empty", () => {
    expect(readCookie("", "XSRF-TOKEN")).toBeNull();
    expect(readCookie("OTHER-XSRF-TOKEN=1; XSRF-TOKEN=", "XSRF-TOKEN")).toBeNull();
  });
});

describe("write", () => {
  it("sends the CSRF token read from the cookie right before", async () => {
    vi.stubGlobal("document", { cookie: "XSRF-TOKEN=first" });
    const fetchMock = stubFetch(
      new Response(JSON.stringify({ type: "Feature" }), {
        status: 200,
        headers: { "Content-Type": "application/geo+json", ETag: '"4-2"' },
      }),
    );
    const result = await write({
      method: "PUT",
      path: "/ogc/collections/divisions/items/652302000000",
      headers: { "If-Match": '"4-1"', "Content-Type": "application/geo+json" },
      body: "{}",
    });
    expect(result.headers.get("ETag")).toBe('"4-2"');
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.method).toBe("PUT");
    expect(init.headers).toMatchObject({
      "X-XSRF-TOKEN": "first",
      "If-Match": '"4-1"',
      "X-Client-Id": "web-map",
    });
  });

  it("asks /api/me for a token when there is no cookie", async () => {
    const cookies = { cookie: "" };
    vi.stubGlobal("document", cookies);
    const fetchMock = vi.fn(async (path: string) => {
      if (path === "/api/me") {
        cookies.cookie = "XSRF-TOKEN=fresh";
        return Response.json({ user: null });
      }
      return new Response(null, { status: 204 });
    });
    vi.stubGlobal("fetch", fetchMock);
    await write({ method: "DELETE", path: "/x", headers: {} });
    expect(fetchMock.mock.calls.map((call) => call[0])).toEqual(["/api/me", "/x"]);
    const [, init] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(init.headers).toMatchObject({ "X-XSRF-TOKEN": "fresh" });
  });

  it("keeps the problem's invalid parameters and announces a 503", async () => {
    vi.stubGlobal("document", { cookie: "XSRF-TOKEN=t" });
    const body = {
      status: 400,
      detail: "多边形的环未闭合",
      invalidParams: [{ name: "geometry.coordinates[0][0][9]", reason: "未闭合" }],
    };
    stubFetch(
      new Response(JSON.stringify(body), {
        status: 400,
        headers: { "Content-Type": "application/problem+json" },
      }),
    );
    const error = (await write({ method: "POST", path: "/x", headers: {} }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.problem?.invalidParams?.[0]?.name).toBe("geometry.coordinates[0][0][9]");

    const heard: string[] = [];
    const stop = onServiceUnavailable((message) => heard.push(message));
    stubFetch(
      new Response(JSON.stringify({ detail: "数据库暂时无法连接" }), {
        status: 503,
        headers: { "Content-Type": "application/problem+json" },
      }),
    );
    await expect(getJson("/x")).rejects.toThrow("数据库暂时无法连接");
    stop();
    expect(heard).toEqual(["数据库暂时无法连接"]);
  });
});

describe("a 401 asks for a new login", () => {
  const unauthorized = () =>
    new Response(JSON.stringify({ status: 401, detail: "此操作需要登录" }), {
      status: 401,
      headers: { "Content-Type": "application/problem+json" },
    });

  it("sends a read again after the login, once for all requests refused meanwhile", async () => {
    let loggedIn = false;
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => (loggedIn ? Response.json({ ok: true }) : unauthorized())),
    );
    const ask = vi.fn(async () => {
      loggedIn = true;
      return true;
    });
    const stop = setReauthenticator(ask);
    try {
      await expect(Promise.all([getJson("/a"), getJson("/b")])).resolves.toEqual([
        { ok: true },
        { ok: true },
      ]);
      expect(ask).toHaveBeenCalledTimes(1);
    } finally {
      stop();
    }
  });

  it("sends a write again with the token of the new session", async () => {
    const cookies = { cookie: "XSRF-TOKEN=old" };
    vi.stubGlobal("document", cookies);
    const fetchMock = vi.fn(async (_path: string, init?: RequestInit) =>
      (init?.headers as Record<string, string>)["X-XSRF-TOKEN"] === "new"
        ? new Response(null, { status: 204 })
        : unauthorized(),
    );
    vi.stubGlobal("fetch", fetchMock);
    const stop = setReauthenticator(async () => {
      cookies.cookie = "XSRF-TOKEN=new";
      return true;
    });
    try {
      const result = await write({ method: "POST", path: "/x", headers: {}, body: "{}" });
      expect(result.status).toBe(204);
      expect(fetchMock).toHaveBeenCalledTimes(2);
      const [, retry] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
      expect(retry.body).toBe("{}");
    } finally {
      stop();
    }
  });

  it("keeps the 401 when the user declines, and never for the login itself", async () => {
    stubFetch(unauthorized());
    const ask = vi.fn(async () => false);
    const stop = setReauthenticator(ask);
    try {
      await expect(getJson("/a")).rejects.toMatchObject({ status: 401 });
      expect(ask).toHaveBeenCalledTimes(1);
      stubFetch(unauthorized());
      await expect(request("/api/login", { method: "POST" })).rejects.toMatchObject({
        status: 401,
      });
      expect(ask).toHaveBeenCalledTimes(1);
    } finally {
      stop();
    }
  });
});
