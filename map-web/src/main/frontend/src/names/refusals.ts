import { ApiError } from "../api/http";

/** A refused or failed write of the place-name workspace, as a message shows it. */
export interface Refusal {
  /** A short heading: 不能办理, 没有权限 … */
  title: string;
  /** The server's reason in Chinese, or ours when it sent none. */
  message: string;
  /** The form field the server named (`standardName`, `on`, `approval.date` …), or null. */
  field: string | null;
  /** Someone else changed the name first: the record must be read again. */
  stale: boolean;
  /** The session ended. */
  loggedOut: boolean;
}

export const STALE_MESSAGE = "该地名已被其他用户办理或修改，已重新载入最新档案，请核对后再办理。";

/** What a refusal means for the user (409 the lifecycle's reason, 403 the rights, 412 stale …). */
export function describeRefusal(error: unknown): Refusal {
  const base = { field: null, stale: false, loggedOut: false };
  if (!(error instanceof ApiError)) {
    return {
      ...base,
      title: "办理失败",
      message: error instanceof Error ? error.message : String(error),
    };
  }
  const detail = error.problem?.detail || error.message;
  switch (error.status) {
    case 409:
      return { ...base, title: "不能办理", message: detail };
    case 403:
      return { ...base, title: "没有权限", message: detail };
    case 412:
    case 428:
      return { ...base, title: "档案已更新", message: STALE_MESSAGE, stale: true };
    case 401:
      return {
        ...base,
        title: "未登录",
        message: "登录已失效，请重新登录后再办理。",
        loggedOut: true,
      };
    case 400:
    case 422: {
      const param = error.problem?.invalidParams?.[0];
      const field = param?.name ? param.name.replace(/^properties\./, "") : null;
      const message =
        param?.reason && !detail.includes(param.reason) ? `${detail}（${param.reason}）` : detail;
      return { ...base, title: "填写有误", message, field };
    }
    case 0:
      return { ...base, title: "网络错误", message: "无法连接服务器，未能办理。" };
    default:
      return { ...base, title: "办理失败", message: detail };
  }
}
