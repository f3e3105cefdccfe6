import { describe, expect, it, vi } from "vitest";
import { createTileErrorReporter } from "./tileErrors";

describe("createTileErrorReporter", () => {
  it("reports the first failure of an outage only", () => {
    const report = vi.fn();
    const reporter = createTileErrorReporter(report);
    reporter.failed({ status: 503, message: "数据库暂时无法连接" });
    reporter.failed({ status: 503, message: "数据库暂时无法连接" });
    reporter.failed({ status: 0, message: "无法连接服务器" });
    expect(report).toHaveBeenCalledTimes(1);
    expect(report).toHaveBeenCalledWith({ status: 503, message: "数据库暂时无法连接" });
  });

  it("reports again after a tile loaded", () => {
    const report = vi.fn();
    const reporter = createTileErrorReporter(report);
    reporter.failed({ status: 500, message: "a" });
    reporter.loaded();
    reporter.loaded();
    reporter.failed({ status: 500, message: "b" });
    expect(report).toHaveBeenCalledTimes(2);
    expect(report).toHaveBeenLastCalledWith({ status: 500, message: "b" });
  });
});
