import { describe, expect, it } from "vitest";
import { profileFromFeature } from "./profileFromFeature";

describe("profileFromFeature", () => {
  it("shows a draft with what its feature says", () => {
    const profile = profileFromFeature({
      code: "652302001990",
      name: "测试社区",
      level: 5,
      levelName: "村级",
      parentCode: "652302001000",
      status: "DRAFT",
      remarks: null,
      validFrom: "2026-11-28",
      validTo: null,
      areaKm2: 12.5,
      areaZoneEpsg: 4538,
      labelPoint: null,
    });
    expect(profile).toMatchObject({
      code: "652302001990",
      name: "测试社区",
      levelName: "村级",
      parent: { code: "652302001000", name: "652302001000" },
      areaKm2: 12.5,
      census: null,
    });
    expect(profile.areaZone?.epsg).toBe(4538);
  });

  it("has no parent or zone when the feature has none", () => {
    const profile = profileFromFeature({
      code: "650000000000",
      name: "省",
      level: 1,
      levelName: "省级",
      parentCode: null,
      validFrom: null,
      validTo: null,
      areaKm2: null,
      areaZoneEpsg: null,
      labelPoint: null,
    });
    expect(profile.parent).toBeNull();
    expect(profile.areaZone).toBeNull();
  });
});
