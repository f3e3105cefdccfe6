import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { effectScope, nextTick, reactive } from "vue";
import type { NameText } from "../api/placeNameTypes";
import { checkable, CHECK_DELAY_MS, useNameCheck } from "./useNameCheck";

function answer(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": status === 200 ? "application/json" : "application/problem+json" },
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal("document", { cookie: "XSRF-TOKEN=t" });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("useNameCheck", () => {
  it("checks only a name with category and division", () => {
    const base = { standardName: "博达路", categoryCode: "0801", divisionCode: "652302000000" };
    expect(checkable(base)).toBe(true);
    expect(checkable({ ...base, standardName: " " })).toBe(false);
    expect(checkable({ ...base, divisionCode: "6523" })).toBe(false);
  });

  it("asks after a pause in typing and keeps the answer of the latest input", async () => {
    const bodies: string[] = [];
    vi.stubGlobal(
      "fetch",
      vi.fn(async (_path: string, init: RequestInit) => {
        const body = JSON.parse(String(init.body)) as { standardName: string };
        bodies.push(body.standardName);
        return answer({
          warnings:
            body.standardName === "博达路"
              ? [{ code: "DUPLICATE_IN_SCOPE", severity: "ERROR" }]
              : [],
          romanization: { pinyin: body.standardName === "博达路" ? "Boda Lu" : "Boda Nanlu" },
        });
      }),
    );
    const input = reactive<NameText>({
      standardName: "",
      categoryCode: "0801",
      divisionCode: "652302000000",
    });
    const scope = effectScope();
    const check = scope.run(() => useNameCheck(() => ({ ...input })))!;

    input.standardName = "博";
    await nextTick();
    input.standardName = "博达路";
    await nextTick();
    expect(check.pending.value).toBe(true);
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS + 10);
    expect(bodies).toEqual(["博达路"]);
    expect(check.result.value?.warnings[0]?.code).toBe("DUPLICATE_IN_SCOPE");
    expect(check.pending.value).toBe(false);

    input.standardName = "博达南路";
    await nextTick();
    const settled = check.settled();
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS + 10);
    expect((await settled)?.romanization.pinyin).toBe("Boda Nanlu");
    expect(check.result.value?.warnings).toEqual([]);

    input.standardName = "";
    await nextTick();
    expect(check.result.value).toBeNull();
    scope.stop();
  });

  it("reports the field the server refused", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        answer(
          {
            status: 400,
            detail: "专名「博」与通名「街」须组成标准名称",
            invalidParams: [{ name: "properties.specificPart" }],
          },
          400,
        ),
      ),
    );
    const scope = effectScope();
    const check = scope.run(() =>
      useNameCheck(() => ({
        standardName: "博达路",
        specificPart: "博",
        genericPart: "街",
        categoryCode: "0801",
        divisionCode: "652302000000",
      })),
    )!;
    await vi.advanceTimersByTimeAsync(CHECK_DELAY_MS + 10);
    expect(check.errorField.value).toBe("specificPart");
    expect(check.error.value).toContain("须组成标准名称");
    expect(check.result.value).toBeNull();
    scope.stop();
  });
});
