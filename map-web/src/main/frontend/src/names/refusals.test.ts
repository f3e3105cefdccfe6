import { describe, expect, it } from "vitest";
import { ApiError } from "../api/http";
import { describeRefusal, STALE_MESSAGE } from "./refusals";

describe("describeRefusal", () => {
  it("shows the lifecycle's reason of a 409 and the rights of a 403", () => {
    const conflict = describeRefusal(
      new ApiError(409, "批准前须完成专家论证并记录结论", { status: 409 }),
    );
    expect(conflict).toMatchObject({
      title: "不能办理",
      message: "批准前须完成专家论证并记录结论",
    });
    const forbidden = describeRefusal(
      new ApiError(403, "「已批准」须由州级区划地名管理员或系统管理员登记"),
    );
    expect(forbidden.title).toBe("没有权限");
    expect(forbidden.message).toContain("州级");
  });

  it("asks for a reload after a concurrent change", () => {
    expect(describeRefusal(new ApiError(412, "x"))).toMatchObject({
      stale: true,
      message: STALE_MESSAGE,
    });
  });

  it("names the refused field of a 400", () => {
    const refusal = describeRefusal(
      new ApiError(400, "属性无效", {
        detail: "属性无效",
        invalidParams: [{ name: "properties.specificPart", reason: "专名须组成标准名称" }],
      }),
    );
    expect(refusal.field).toBe("specificPart");
    expect(refusal.message).toBe("属性无效（专名须组成标准名称）");
  });

  it("covers a lost session, the network and anything else", () => {
    expect(describeRefusal(new ApiError(401, "x")).loggedOut).toBe(true);
    expect(describeRefusal(new ApiError(0, "x")).message).toContain("无法连接服务器");
    expect(describeRefusal(new Error("boom")).message).toBe("boom");
  });
});
