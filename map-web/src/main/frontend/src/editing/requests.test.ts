import { describe, expect, it } from "vitest";
import type { VersionedFeature } from "../api/types";
import { blankChange } from "./divisionForm";
import { changeProperties, createRequest, replaceRequest, restoreRequest } from "./requests";

const geometry = {
  type: "MultiPolygon",
  coordinates: [
    [
      [
        [88, 44],
        [88.5, 44],
        [88.5, 44.5],
        [88, 44],
      ],
    ],
  ],
};

const fukang: VersionedFeature = {
  etag: '"4-1"',
  feature: {
    type: "Feature",
    id: "652302000000",
    geometry,
    properties: {
      code: "652302000000",
      name: "阜康市",
      level: 3,
      levelName: "县级",
      parentCode: "652300000000",
      status: "PUBLISHED",
      remarks: null,
      validFrom: null,
      validTo: null,
      areaKm2: 8533.75,
      areaZoneEpsg: 4538,
      labelPoint: [88.248575, 44.351829],
    },
  },
};

describe("replaceRequest", () => {
  const request = replaceRequest(
    fukang,
    { name: " 阜康市 ", status: "DRAFT", remarks: "界线复核" },
    geometry,
    { ...blankChange(), reason: " 北界复核 " },
  );

  it("PUTs the feature with If-Match", () => {
    expect(request.method).toBe("PUT");
    expect(request.path).toBe("/ogc/collections/divisions/items/652302000000");
    expect(request.headers).toEqual({
      "Content-Type": "application/geo+json",
      Accept: "application/geo+json, application/problem+json",
      "If-Match": '"4-1"',
    });
  });

  it("sends the edited properties and keeps code, level and parent", () => {
    const body = JSON.parse(request.body!);
    expect(body).toEqual({
      type: "Feature",
      id: "652302000000",
      geometry,
      properties: {
        code: "652302000000",
        level: 3,
        parentCode: "652300000000",
        name: "阜康市",
        status: "DRAFT",
        remarks: "界线复核",
        changeKind: "CORRECTION",
        reason: "北界复核",
      },
    });
  });

  it("leaves out the derived properties", () => {
    const properties = JSON.parse(request.body!).properties;
    for (const derived of ["levelName", "areaKm2", "areaZoneEpsg", "labelPoint", "validFrom"]) {
      expect(properties).not.toHaveProperty(derived);
    }
  });

  it("sends an empty remark as null", () => {
    const cleared = replaceRequest(
      fukang,
      { name: "阜康市", status: "PUBLISHED", remarks: "  " },
      null,
      blankChange(),
    );
    const body = JSON.parse(cleared.body!);
    expect(body.properties.remarks).toBeNull();
    expect(body.geometry).toBeNull();
  });
});

describe("changeProperties", () => {
  it("sends a correction without a reason as the bare kind", () => {
    expect(changeProperties(blankChange())).toEqual({ changeKind: "CORRECTION" });
  });

  it("sends a legal change with its day and approval document, not a correction's reason", () => {
    expect(
      changeProperties({
        kind: "LEGAL_CHANGE",
        reason: "left over from the correction",
        effectiveFrom: "2026-11-01",
        approvalDocument: " 新政函〔2026〕99号 ",
      }),
    ).toEqual({
      changeKind: "LEGAL_CHANGE",
      effectiveFrom: "2026-11-01",
      approvalDocument: "新政函〔2026〕99号",
    });
  });

  it("adds the editor's acknowledgements only when given", () => {
    expect(
      changeProperties(
        { ...blankChange(), reason: "北界复核" },
        { acknowledgeWarnings: true, detachSharedEdges: true },
      ),
    ).toEqual({
      changeKind: "CORRECTION",
      reason: "北界复核",
      acknowledgeWarnings: true,
      detachSharedEdges: true,
    });
    expect(changeProperties(blankChange(), { acknowledgeWarnings: false })).not.toHaveProperty(
      "acknowledgeWarnings",
    );
  });

  it("rides in the PUT's properties", () => {
    const request = replaceRequest(
      fukang,
      { name: "阜康市", status: "PUBLISHED", remarks: "" },
      geometry,
      { ...blankChange(), reason: "北界复核" },
      { acknowledgeWarnings: true, detachSharedEdges: true },
    );
    const properties = JSON.parse(request.body!).properties;
    expect(properties.acknowledgeWarnings).toBe(true);
    expect(properties.detachSharedEdges).toBe(true);
    expect(properties.reason).toBe("北界复核");
  });
});

describe("restoreRequest", () => {
  it("POSTs the audit entry and the state before it with If-Match", () => {
    const request = restoreRequest("652302000000", 42, '"7-3"');
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/api/divisions/652302000000/restore");
    expect(request.headers["If-Match"]).toBe('"7-3"');
    expect(request.headers["Content-Type"]).toBe("application/json");
    expect(JSON.parse(request.body!)).toEqual({ auditId: 42, state: "BEFORE" });
  });

  it("adds the acknowledgements when the editor gave them", () => {
    const request = restoreRequest("652302000000", 42, '"7-3"', {
      acknowledgeWarnings: true,
      detachSharedEdges: true,
    });
    expect(JSON.parse(request.body!)).toEqual({
      auditId: 42,
      state: "BEFORE",
      acknowledgeWarnings: true,
      detachSharedEdges: true,
    });
  });
});

describe("createRequest", () => {
  it("POSTs a new division to the collection", () => {
    const request = createRequest(
      {
        code: "652302001991",
        name: "测试社区",
        level: 5,
        parentCode: "652302001000",
        status: "DRAFT",
        remarks: "",
      },
      { type: "Polygon", coordinates: [] },
    );
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/ogc/collections/divisions/items");
    expect(request.headers["Content-Type"]).toBe("application/geo+json");
    expect(request.headers).not.toHaveProperty("If-Match");
    expect(JSON.parse(request.body!)).toEqual({
      type: "Feature",
      geometry: { type: "Polygon", coordinates: [] },
      properties: {
        code: "652302001991",
        name: "测试社区",
        level: 5,
        parentCode: "652302001000",
        status: "DRAFT",
        remarks: null,
      },
    });
  });

  it("sends no parent for a province", () => {
    const request = createRequest(
      { code: "650000000000", name: "省", level: 1, parentCode: "x", status: "DRAFT", remarks: "" },
      null,
    );
    expect(JSON.parse(request.body!).properties.parentCode).toBeNull();
  });
});
