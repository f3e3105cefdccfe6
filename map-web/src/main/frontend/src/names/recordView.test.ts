import { describe, expect, it } from "vitest";
import type { NameRecord, NameStatus, NameStep } from "../api/placeNameTypes";
import { endedNote, stageViews, stepsActive, stepTitle } from "./recordView";

function step(
  from: NameStatus | null,
  to: NameStatus,
  on: string,
  note: string | null = null,
): NameStep {
  return { from, to, on, actor: to === "APPROVED" ? "prefecture.officer" : "fukang.officer", note };
}

function record(status: NameStatus, steps: NameStep[]): NameRecord {
  return {
    feature: {
      type: "Feature",
      id: "7",
      geometry: null,
      properties: {
        code: "652302-000001",
        standardName: "博达南路",
        specificPart: null,
        genericPart: null,
        categoryCode: "0801",
        romanization: "Boda Nanlu",
        meaning: null,
        origin: null,
        history: null,
        divisionCode: "652302000000",
        status,
        statusName: "",
        validFrom: null,
        validTo: "2026-05-01",
        approvalAuthority: "阜康市人民政府",
        approvalDate: "2026-03-12",
        approvalDocumentNo: "阜政函〔2026〕8号",
        announcementNo: null,
        announcementDate: null,
        source: "proposal",
        registrant: "fukang.officer",
        supersedesId: null,
        geometryGenerated: false,
      },
    },
    steps,
    reviews: [
      {
        kind: "EXPERT_EVALUATION",
        startedOn: "2026-03-01",
        endedOn: "2026-03-02",
        opinions: "同意",
        conclusion: null,
        recordedBy: "fukang.officer",
        concluded: true,
      },
    ],
    attachments: [],
    predecessors: [],
    successors: [],
    history: [],
  };
}

const approved = [
  step(null, "PROPOSED", "2026-03-01"),
  step("PROPOSED", "UNDER_REVIEW", "2026-03-01"),
  step("UNDER_REVIEW", "APPROVED", "2026-03-12"),
];

describe("record view", () => {
  it("describes each stage by its recorded step and the decision", () => {
    const views = stageViews(record("APPROVED", approved));
    expect(views.map((v) => v.title)).toEqual([
      "拟命名",
      "论证与征求意见",
      "已批准",
      "已公告",
      "已备案",
    ]);
    expect(views[0]?.description).toBe("2026年3月1日 · fukang.officer");
    expect(views[1]?.description).toContain("已登记专家论证");
    expect(views[2]?.description).toBe(
      "2026年3月12日 · prefecture.officer\n阜康市人民政府 阜政函〔2026〕8号",
    );
    expect(views[3]?.description).toBe("");
  });

  it("marks the next stage as active", () => {
    expect(stepsActive(record("APPROVED", approved))).toEqual({ active: 3, ended: false });
    const withdrawn = [
      ...approved.slice(0, 2),
      step("UNDER_REVIEW", "WITHDRAWN", "2026-03-05", "重复申报"),
    ];
    expect(stepsActive(record("WITHDRAWN", withdrawn))).toEqual({ active: 2, ended: true });
    expect(endedNote(record("WITHDRAWN", withdrawn))).toBe("已于2026年3月5日撤回：重复申报");
    expect(endedNote(record("APPROVED", approved))).toBeNull();
    expect(endedNote(record("RENAMED", approved))).toBe("已于2026年5月1日更名");
  });

  it("titles the steps of the log", () => {
    expect(stepTitle(step(null, "PROPOSED", "2026-03-01"))).toBe("提出拟命名");
    expect(stepTitle(step("PROPOSED", "UNDER_REVIEW", "2026-03-01"))).toBe(
      "拟命名 → 论证与征求意见中",
    );
    expect(stepTitle(step("FILED", "FILED", "2026-03-01"))).toBe("已备案：属性变更");
  });
});
