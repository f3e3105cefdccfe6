import { onScopeDispose, ref, watch, type Ref } from "vue";
import { ApiError, errorMessage } from "../api/http";
import { checkName } from "../api/placeNames";
import type { NameCheck, NameText } from "../api/placeNameTypes";

/** How long typing must pause before the name is checked. */
export const CHECK_DELAY_MS = 350;

export interface NameCheckState {
  /** The last answer for the current input (null while none). */
  result: Ref<NameCheck | null>;
  /** A check is waiting for the pause in typing or for the server. */
  pending: Ref<boolean>;
  /** Why the input cannot be checked (the server's detail, e.g. parts that do not make the name). */
  error: Ref<string | null>;
  /** The field the server named in its refusal (`specificPart` …), or null. */
  errorField: Ref<string | null>;
  /** Waits until the current input has been checked; its result (null when it could not be). */
  settled(): Promise<NameCheck | null>;
}

/** What is sent: nothing until there is a name, a category and a division. */
export function checkable(text: NameText): boolean {
  return (
    text.standardName.trim() !== "" &&
    text.categoryCode !== "" &&
    /^\d{12}$/.test(text.divisionCode)
  );
}

/**
 * Checks the name against the rules (大、洋、怪、重 …) and gets its romanization as the user types:
 * after a pause of CHECK_DELAY_MS, one request at a time, the answer of an older input dropped.
 */
export function useNameCheck(input: () => NameText & { id?: number }): NameCheckState {
  const result = ref<NameCheck | null>(null);
  const pending = ref(false);
  const error = ref<string | null>(null);
  const errorField = ref<string | null>(null);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: AbortController | null = null;
  let waiters: Array<(check: NameCheck | null) => void> = [];

  function settle(check: NameCheck | null): void {
    pending.value = false;
    const done = waiters;
    waiters = [];
    done.forEach((resolve) => resolve(check));
  }

  async function run(text: NameText & { id?: number }): Promise<void> {
    inFlight?.abort();
    const current = new AbortController();
    inFlight = current;
    try {
      const check = await checkName(text, current.signal);
      if (current.signal.aborted) return;
      result.value = check;
      error.value = null;
      errorField.value = null;
      settle(check);
    } catch (e) {
      if (current.signal.aborted) return;
      result.value = null;
      error.value = errorMessage(e);
      const param = e instanceof ApiError ? e.problem?.invalidParams?.[0]?.name : undefined;
      errorField.value = param ? param.replace(/^properties\./, "") : null;
      settle(null);
    }
  }

  watch(
    () => JSON.stringify(input()),
    () => {
      if (timer) clearTimeout(timer);
      inFlight?.abort();
      const text = input();
      if (!checkable(text)) {
        result.value = null;
        error.value = null;
        errorField.value = null;
        settle(null);
        return;
      }
      pending.value = true;
      timer = setTimeout(() => {
        timer = null;
        void run(text);
      }, CHECK_DELAY_MS);
    },
    { immediate: true },
  );

  onScopeDispose(() => {
    if (timer) clearTimeout(timer);
    inFlight?.abort();
    settle(null);
  });

  return {
    result,
    pending,
    error,
    errorField,
    settled: () =>
      pending.value
        ? new Promise<NameCheck | null>((resolve) => waiters.push(resolve))
        : Promise.resolve(result.value),
  };
}
