import { describe, expect, it } from "vitest";
import { ApiError } from "../api/http";
import { CONFLICT_MESSAGE, describeWriteError } from "./writeErrors";

const problem = (status: number, detail: string, name?: string) =>
  new ApiError(status, detail, {
    status,
    detail,
    ...(name ? { invalidParams: [{ name, reason: detail }] } : {}),
  });

describe("describeWriteError", () => {
  it("412: someone else changed it", () => {
    const failure = describeWriteError(problem(412, 'If-Match "4-1" 与当前版本 "4-2" 不符'));
    expect(failure.kind).toBe("conflict");
    expect(failure.title).toBe("编辑冲突");
    expect(failure.message).toBe(CONFLICT_MESSAGE);
  });

  it("400 on the geometry: the detail and where", () => {
    const failure = describeWriteError(
      problem(400, "几何无效：Self-intersection，位置 (88.1 44.2)（经度 纬度）", "geometry"),
    );
    expect(failure).toMatchObject({
      kind: "invalid",
      message: "几何无效：Self-intersection，位置 (88.1 44.2)（经度 纬度）",
      path: "geometry",
      geometry: true,
      field: null,
    });
    expect(
      describeWriteError(problem(400, "未闭合", "geometry.coordinates[0][0][9]")).geometry,
    ).toBe(true);
  });

  it("400 on a property: the form field", () => {
    const failure = describeWriteError(problem(400, "名称不能为空", "properties.name"));
    expect(failure).toMatchObject({ kind: "invalid", field: "name", geometry: false });
    expect(describeWriteError(problem(400, "x", "properties.remarks")).field).toBe("remarks");
    expect(describeWriteError(problem(400, "请求体为空", "body"))).toMatchObject({
      field: null,
      geometry: false,
    });
    expect(describeWriteError(problem(400, "x", "geometryX")).geometry).toBe(false);
  });

  it("403, 401 and 503 show the server's detail", () => {
    expect(
      describeWriteError(problem(403, "区划 652301000000 不在您的辖区（阜康市）内")),
    ).toMatchObject({ kind: "forbidden", message: "区划 652301000000 不在您的辖区（阜康市）内" });
    expect(describeWriteError(problem(401, "此操作需要登录"))).toMatchObject({
      kind: "unauthorized",
      message: "此操作需要登录",
    });
    expect(describeWriteError(new ApiError(401, "HTTP 401")).message).toContain("重新登录");
    expect(describeWriteError(problem(503, "数据库暂时无法连接，请稍后再试"))).toMatchObject({
      kind: "unavailable",
      title: "服务暂不可用",
      message: "数据库暂时无法连接，请稍后再试",
    });
  });

  it("network failures and anything else", () => {
    expect(describeWriteError(new ApiError(0, "无法连接服务器")).message).toContain(
      "无法连接服务器",
    );
    expect(describeWriteError(problem(409, "区划代码已有现行版本"))).toMatchObject({
      kind: "other",
      message: "区划代码已有现行版本",
    });
    expect(describeWriteError(new Error("boom")).message).toBe("boom");
  });

  it("422 edit-findings: the findings, with their measures and geometries, and whether to acknowledge", () => {
    const gap = {
      id: "GAP:652302000000,652327000000",
      type: "GAP",
      typeName: "上级区域内缺口",
      severity: "WARNING",
      subjects: ["652302000000", "652327000000"],
      measure: 420000,
      unit: "SQUARE_METRE",
      measureText: "0.42 平方千米",
      detail: "阜康市与吉木萨尔县之间",
      geometry: { type: "Polygon", coordinates: [] },
    };
    const failure = describeWriteError(
      new ApiError(422, "修改将产生以下问题", {
        status: 422,
        detail: "修改将产生以下问题",
        acknowledgeable: true,
        findings: [gap, null as never, { type: "SLIVER" } as never],
      }),
    );
    expect(failure.kind).toBe("findings");
    expect(failure.title).toBe("检查未通过");
    expect(failure.acknowledgeable).toBe(true);
    expect(failure.geometry).toBe(false);
    expect(failure.findings).toHaveLength(2);
    expect(failure.findings[0]).toEqual(gap);
    expect(failure.findings[1]).toMatchObject({
      type: "SLIVER",
      typeName: "SLIVER",
      severity: "ERROR",
      measureText: null,
      geometry: null,
    });
  });

  it("422 with errors only: not acknowledgeable", () => {
    const failure = describeWriteError(
      new ApiError(422, "检查未通过", { status: 422, acknowledgeable: false, findings: [] }),
    );
    expect(failure).toMatchObject({ kind: "findings", acknowledgeable: false, findings: [] });
  });

  it("422 without findings is an invalid input", () => {
    expect(describeWriteError(problem(422, "无法处理", "properties.name"))).toMatchObject({
      kind: "invalid",
      field: "name",
    });
  });

  it("403 naming a neighbour's shared edge: the edit can be detached", () => {
    const detail =
      "修改将移动吉木萨尔县的公共边，吉木萨尔县不在您的辖区；如只修改阜康市自身的界线，请选择脱离公共边（detachSharedEdges），由此产生的缝隙须确认后保存";
    const failure = describeWriteError(problem(403, detail));
    expect(failure).toMatchObject({ kind: "forbidden", detachable: true });
    expect(failure.message).toContain("请选择脱离公共边，由此产生的缝隙须确认后保存");
    expect(describeWriteError(problem(403, "昌吉市不在您的辖区"))).toMatchObject({
      kind: "forbidden",
      detachable: false,
    });
  });

  it("400 naming properties.reason: the reason field", () => {
    expect(
      describeWriteError(problem(400, "更正已发布区划的边界须说明理由", "properties.reason")),
    ).toMatchObject({ kind: "invalid", field: "reason" });
  });
});
