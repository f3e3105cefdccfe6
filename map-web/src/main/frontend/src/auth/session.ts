import { reactive, readonly, watch } from "vue";
import { fetchMe, login, logout } from "../api/endpoints";
import type { CurrentUser } from "../api/types";

interface SessionState {
  /** The logged-in user, or null. */
  user: CurrentUser | null;
  /** Whether `/api/me` has answered once (until then the header shows no login button). */
  restored: boolean;
  /** Counts successful logins, so that a login prompt can tell whether one happened. */
  logins: number;
}

const state = reactive<SessionState>({ user: null, restored: false, logins: 0 });

/** The browser session: who is logged in. Changed only through the functions below. */
export const session = readonly(state);

/** Officers (every logged-in role but VIEWER) see drafts and the audit trail. */
export function isOfficer(user: Pick<CurrentUser, "role"> | null | undefined): boolean {
  return user != null && user.role !== "VIEWER";
}

/** Asks the server who is logged in (a session survives a reload). Throws on failure. */
export async function restoreSession(): Promise<void> {
  try {
    state.user = (await fetchMe()).user;
  } finally {
    state.restored = true;
  }
}

/** Logs in; throws ApiError with the server's detail (wrong password, account locked). */
export async function logIn(username: string, password: string): Promise<CurrentUser> {
  const user = await login(username, password);
  state.user = user;
  state.logins++;
  return user;
}

const logoutListeners = new Set<() => void>();

/** Calls `listener` after the user logged out; returns a function that removes it. */
export function onLoggedOut(listener: () => void): () => void {
  logoutListeners.add(listener);
  return () => logoutListeners.delete(listener);
}

/** Logs out; the user is forgotten here even if the server cannot be reached. */
export async function logOut(): Promise<void> {
  try {
    await logout();
  } finally {
    state.user = null;
    logoutListeners.forEach((listener) => listener());
  }
}

/** The server said 401: the session has ended (expired, or logged out elsewhere). */
export function sessionEnded(): void {
  state.user = null;
}

/** Who the data shown is for: the user name, or null for nobody logged in. */
function viewer(): string | null {
  return state.user?.username ?? null;
}

/**
 * Calls `reload` whenever the user changes (login, logout, a session that ended, a different
 * user), so that a workspace that is open shows what the new user may see without a page reload.
 * For use in a component's setup; the watch ends with the component.
 */
export function reloadOnUserChange(reload: () => unknown): void {
  watch(viewer, () => {
    void reload();
  });
}
