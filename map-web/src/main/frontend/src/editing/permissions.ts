import { ref, watch, type Ref } from "vue";
import { allowedMethods } from "../api/endpoints";
import { session } from "../auth/session";

/**
 * The methods the logged-in user may use on the resource at `path()` (OPTIONS `Allow`), asked
 * again when the path or the user changes; empty while unknown and for anonymous users. The role
 * decides here; the jurisdiction is checked by the server when saving.
 */
export function useAllowedMethods(path: () => string | null): Ref<string[]> {
  const allowed = ref<string[]>([]);
  let request: AbortController | null = null;
  watch(
    [path, () => session.user?.username ?? null],
    async ([target, username]) => {
      request?.abort();
      allowed.value = [];
      if (!target || !username) return;
      const current = new AbortController();
      request = current;
      try {
        const methods = await allowedMethods(target, current.signal);
        if (!current.signal.aborted) allowed.value = methods;
      } catch {
        // without an answer nothing is offered; the server would refuse anyway
      }
    },
    { immediate: true },
  );
  return allowed;
}
