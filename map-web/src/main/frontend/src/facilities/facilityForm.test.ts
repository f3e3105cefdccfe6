import { describe, expect, it } from "vitest";
import { facilityBody } from "../api/facilities";
import { ApiError } from "../api/http";
import { changeLines, describeFacilityError, emptyFacility, metresBetween } from "./facilityForm";

describe("describeFacilityError", () => {
  it("names the refused property in Chinese with the registry's reason", () => {
    const error = new ApiError(
      400,
      "properties.nursingBeds：护理型床位数（20）不能多于床位数（10）",
      {
        invalidParams: [
          { name: "properties.nursingBeds", reason: "护理型床位数（20）不能多于床位数（10）" },
        ],
      },
    );
    expect(describeFacilityError(error)).toEqual({
      field: "nursingBeds",
      message: "护理型床位数：护理型床位数（20）不能多于床位数（10）",
    });
  });

  it("says that someone else saved first on 412", () => {
    expect(describeFacilityError(new ApiError(412, "x")).message).toContain("已被他人修改");
  });

  it("keeps the server's reason on 403", () => {
    expect(
      describeFacilityError(new ApiError(403, "只有系统管理员和规划人员可以编辑设施")),
    ).toEqual({
      field: null,
      message: "只有系统管理员和规划人员可以编辑设施",
    });
  });
});

describe("changeLines", () => {
  it("lists changed properties by name and a move in metres", () => {
    const before = {
      geometry: { type: "Point", coordinates: [87.28, 44.02] },
      properties: { name: "甲", status: "OPERATING", beds: 10 },
    };
    const after = {
      geometry: { type: "Point", coordinates: [87.281, 44.02] },
      properties: { name: "甲", status: "CLOSED", beds: 12 },
    };
    expect(changeLines(before, after)).toEqual([
      "床位数：10 → 12",
      "状态：运营 → 停办",
      "位置：移动 80 米",
    ]);
  });

  it("lists what a creation gave", () => {
    expect(changeLines(null, { properties: { name: "乙", type: "SOCIAL_WORK_STATION" } })).toEqual([
      "名称：乙",
      "类型：社工站",
    ]);
  });
});

describe("facilityBody", () => {
  it("sends the writable properties without empty ones and the point", () => {
    const body = facilityBody({ ...emptyFacility(), name: " 丙 ", beds: 0 }, [87.3, 44.0]);
    expect(body).toEqual({
      type: "Feature",
      geometry: { type: "Point", coordinates: [87.3, 44.0] },
      properties: {
        name: "丙",
        type: "COMMUNITY_DAY_CARE",
        beds: 0,
        operator: "PUBLIC",
        status: "OPERATING",
      },
    });
  });
});

describe("metresBetween", () => {
  it("is about 111 km for a degree of latitude", () => {
    expect(metresBetween([87, 44], [87, 45]) / 1000).toBeCloseTo(111.2, 0);
  });
});
