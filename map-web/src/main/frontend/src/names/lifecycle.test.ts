import { describe, expect, it } from "vitest";
import { actionsFor, inProcedure, mayDecide, mayHandle, stageOf, statusTagType } from "./lifecycle";

const county = { role: "NAME_OFFICER", jurisdictionCode: "652302000000" };
const prefecture = { role: "NAME_OFFICER", jurisdictionCode: "652300000000" };
const admin = { role: "ADMIN", jurisdictionCode: "652300000000" };
const viewer = { role: "VIEWER", jurisdictionCode: "652300000000" };
const planner = { role: "PLANNER", jurisdictionCode: "652300000000" };
const FUKANG = "652302000000";

const kinds = (offered: ReturnType<typeof actionsFor>) => offered.actions.map((a) => a.kind);

describe("who may do what", () => {
  it("lets officers handle names in their jurisdiction only", () => {
    expect(mayHandle(county, FUKANG)).toBe(true);
    expect(mayHandle(county, "652302001001")).toBe(true);
    expect(mayHandle(county, "652301000000")).toBe(false);
    expect(mayHandle(prefecture, "652301000000")).toBe(true);
    expect(mayHandle(admin, null)).toBe(true);
    expect(mayHandle(planner, FUKANG)).toBe(false);
    expect(mayHandle(null, FUKANG)).toBe(false);
  });

  it("lets prefecture officers and admins decide", () => {
    expect(mayDecide(county)).toBe(false);
    expect(mayDecide(prefecture)).toBe(true);
    expect(mayDecide(admin)).toBe(true);
    expect(mayDecide(viewer)).toBe(false);
  });
});

describe("actionsFor", () => {
  it("offers a county officer the steps of the procedure, not the decisions", () => {
    expect(kinds(actionsFor("PROPOSED", FUKANG, county))).toEqual(["submit", "withdraw"]);
    const review = actionsFor("UNDER_REVIEW", FUKANG, county);
    expect(kinds(review)).toEqual(["expert", "consult", "return", "withdraw"]);
    expect(review.withheld.map((a) => a.label)).toEqual(["批准"]);
    expect(kinds(actionsFor("ANNOUNCED", FUKANG, county))).toEqual(["rename"]);
  });

  it("offers the prefecture's officer the decisions", () => {
    expect(kinds(actionsFor("UNDER_REVIEW", FUKANG, prefecture))).toContain("approve");
    expect(kinds(actionsFor("APPROVED", FUKANG, prefecture))).toEqual(["announce"]);
    expect(kinds(actionsFor("ANNOUNCED", FUKANG, admin))).toEqual(["file", "rename", "retire"]);
    expect(kinds(actionsFor("FILED", FUKANG, admin))).toEqual(["rename", "retire"]);
  });

  it("offers nothing for ended names, outside the jurisdiction or to others", () => {
    expect(actionsFor("WITHDRAWN", FUKANG, admin).actions).toEqual([]);
    expect(actionsFor("RENAMED", FUKANG, admin).actions).toEqual([]);
    expect(actionsFor("PROPOSED", "652301000000", county)).toEqual({ actions: [], withheld: [] });
    expect(actionsFor("PROPOSED", FUKANG, viewer).actions).toEqual([]);
    expect(actionsFor("PROPOSED", FUKANG, null).actions).toEqual([]);
  });
});

describe("stages", () => {
  it("places a status on the steps bar", () => {
    expect(stageOf("PROPOSED")).toEqual({ active: 0, ended: false });
    expect(stageOf("FILED")).toEqual({ active: 4, ended: false });
    expect(stageOf("WITHDRAWN", ["PROPOSED", "UNDER_REVIEW", "WITHDRAWN"])).toEqual({
      active: 1,
      ended: true,
    });
    expect(stageOf("RETIRED", [])).toEqual({ active: 0, ended: true });
  });

  it("tells names in procedure and their colour", () => {
    expect(inProcedure("APPROVED")).toBe(true);
    expect(inProcedure("ANNOUNCED")).toBe(false);
    expect(statusTagType("FILED")).toBe("success");
    expect(statusTagType("UNDER_REVIEW")).toBe("warning");
    expect(statusTagType("RETIRED")).toBe("danger");
  });
});
