import { ElMessage, ElMessageBox } from "element-plus";
import type { InjectionKey, ShallowRef } from "vue";
import { reactive } from "vue";
import { fetchDivisionFeature, fetchFeaturesInBbox, fetchVersionedFeature } from "../api/endpoints";
import { errorMessage, write } from "../api/http";
import type {
  CurrentUser,
  DivisionFeature,
  GeoJsonGeometry,
  RecordStatus,
  VersionedFeature,
} from "../api/types";
import { session, sessionEnded } from "../auth/session";
import { mercatorToLonLat } from "../crs/webMercator";
import type { MapHandle } from "../map/mapHandle";
import { beijingToday } from "../map/asOf";
import {
  blankChange,
  checkChange,
  checkNewDivision,
  correctionNeedsReason,
  levelOfCode,
  type ChangeRecord,
  type DivisionEdit,
  type NewDivision,
} from "./divisionForm";
import { createEditTools, type EditTools } from "./editTools";
import { boundsOf, expandBounds, problemPosition, type Bounds } from "./geometry";
import { createRequest, replaceRequest, restoreRequest, type SaveOptions } from "./requests";
import { describeWriteError, type WriteFailure } from "./writeErrors";

export type EditMode = "idle" | "loading" | "edit" | "create";

export interface EditState {
  mode: EditMode;
  /** The division being edited (mode "edit"). */
  code: string | null;
  /** It as read, with the ETag the save sends back. */
  original: VersionedFeature | null;
  form: DivisionEdit;
  /** How the edit is recorded: correction (default) or legal change. */
  change: ChangeRecord;
  /** Messages of the checks of `change` (reason, effective day, approval document). */
  changeErrors: Partial<Record<"reason" | "effectiveFrom" | "approvalDocument", string>>;
  /** Whether the editor chose to move this outline alone (after a 403 naming a neighbour). */
  detachSharedEdges: boolean;
  newDivision: NewDivision;
  /** Per-field messages of the create form's own checks. */
  fieldErrors: Partial<Record<keyof NewDivision, string>>;
  /** Whether a polygon has been drawn (mode "create"). */
  drawn: boolean;
  /** Whether the geometry has been changed. */
  geometryChanged: boolean;
  saving: boolean;
  /** The last refused save, shown in the form. */
  failure: WriteFailure | null;
  /** Counts saved writes; views of a division reload when it changes. */
  revision: number;
}

export type EditController = ReturnType<typeof createEditController>;

export const EDIT_CONTROLLER: InjectionKey<EditController> = Symbol("edit controller");

function blankDivision(): NewDivision {
  return { code: "", name: "", level: 4, parentCode: "", status: "DRAFT", remarks: "" };
}

/** Neighbours to snap to: some margin around the edited feature. */
const NEIGHBOUR_MARGIN = 0.05;
const NEIGHBOUR_MIN_DEGREES = 0.02;

/**
 * Editing divisions on the map: loads a division with its ETag and its neighbours, runs the
 * edit tools, saves (PUT or POST) and turns refusals into messages. One edit at a time.
 */
export function createEditController(
  mapHandle: ShallowRef<MapHandle | null>,
  hooks: { created(code: string): void },
) {
  const state = reactive<EditState>({
    mode: "idle",
    code: null,
    original: null,
    form: { name: "", status: "PUBLISHED", remarks: "" },
    change: blankChange(),
    changeErrors: {},
    detachSharedEdges: false,
    newDivision: blankDivision(),
    fieldErrors: {},
    drawn: false,
    geometryChanged: false,
    saving: false,
    failure: null,
    revision: 0,
  });
  let tools: EditTools | null = null;
  /** The geometry of the last save attempt, to point at its problem. */
  let sentGeometry: GeoJsonGeometry | null = null;

  function editTools(): EditTools {
    const map = mapHandle.value;
    if (!map) throw new Error("地图尚未就绪");
    tools ??= createEditTools(map.olMap, () => {
      state.geometryChanged = true;
      // findings of the previous outline no longer hold
      if (state.failure?.kind === "findings") state.failure = null;
    });
    return tools;
  }

  function finish(): void {
    tools?.stop();
    mapHandle.value?.setClickSelection(true);
    state.mode = "idle";
    state.code = null;
    state.original = null;
    state.failure = null;
    state.change = blankChange();
    state.changeErrors = {};
    state.detachSharedEdges = false;
    state.fieldErrors = {};
    state.drawn = false;
    state.geometryChanged = false;
    state.saving = false;
  }

  async function neighbours(level: number, bounds: Bounds | null): Promise<DivisionFeature[]> {
    if (!bounds) return [];
    try {
      return (await fetchFeaturesInBbox(level, bounds)).features;
    } catch (e) {
      ElMessage.warning({
        message: `相邻区划加载失败，无法吸附到相邻边界：${errorMessage(e)}`,
        grouping: true,
      });
      return [];
    }
  }

  /** Outlines the logged-in user's jurisdiction while editing (nothing when it cannot be read). */
  async function showJurisdiction(): Promise<void> {
    const code = session.user?.jurisdictionCode;
    if (!code) return;
    try {
      const feature = (await fetchDivisionFeature(code)) as DivisionFeature;
      if (state.mode === "edit" || state.mode === "create") tools?.showJurisdiction(feature);
    } catch {
      // the outline is a help only; the server judges the jurisdiction on save
    }
  }

  /** Whether a correction of the edit needs a reason (name or outline of a published division). */
  function needsReason(): boolean {
    const p = state.original?.feature.properties;
    if (!p) return false;
    return correctionNeedsReason(p, state.form, state.geometryChanged, beijingToday());
  }

  /** Starts editing division `code` (anything unsaved is discarded). */
  async function startEdit(code: string): Promise<void> {
    finish();
    mapHandle.value?.setClickSelection(false);
    state.mode = "loading";
    state.code = code;
    try {
      const versioned = await fetchVersionedFeature(code);
      const { feature } = versioned;
      const around = boundsOf(feature.geometry);
      const nearby = await neighbours(
        feature.properties.level,
        around && expandBounds(around, NEIGHBOUR_MARGIN, NEIGHBOUR_MIN_DEGREES),
      );
      if (state.mode !== "loading" || state.code !== code) return; // cancelled meanwhile
      editTools().startModify(feature, nearby);
      mapHandle.value?.setClickSelection(false);
      state.original = versioned;
      state.form = {
        name: feature.properties.name,
        status: (feature.properties.status as RecordStatus) ?? "PUBLISHED",
        remarks: feature.properties.remarks ?? "",
      };
      state.mode = "edit";
      void showJurisdiction();
    } catch (e) {
      finish();
      ElMessage.error({ message: `无法开始编辑：${errorMessage(e)}`, showClose: true });
    }
  }

  /** Shows a refused save: in the form, as a message, and on the map when the geometry is at fault. */
  async function refused(error: unknown, reload: (() => Promise<void>) | null): Promise<void> {
    const failure = describeWriteError(error);
    state.failure = failure;
    if (failure.kind === "conflict" && reload) {
      try {
        await ElMessageBox.confirm(failure.message, failure.title, {
          type: "warning",
          confirmButtonText: "重新载入",
          cancelButtonText: "放弃编辑",
          closeOnClickModal: false,
          distinguishCancelAndClose: true,
        });
        await reload();
      } catch {
        finish();
      }
      return;
    }
    if (failure.kind === "findings") {
      tools?.showFindings(failure.findings);
      return; // listed in the form, drawn on the map
    }
    // a 503 has been announced already (one message per outage)
    if (failure.kind !== "unavailable" && !failure.detachable) {
      ElMessage.error({ message: failure.message, showClose: true, duration: 6000 });
    }
    if (failure.kind === "unauthorized") sessionEnded();
    if (failure.geometry) {
      tools?.showProblem(problemPosition(failure.path, failure.message, sentGeometry));
    }
  }

  /**
   * Saves the edit (PUT with If-Match), recorded as `state.change`; `acknowledgeWarnings` after
   * the editor has seen the findings of a refusal.
   */
  async function save(options: Pick<SaveOptions, "acknowledgeWarnings"> = {}): Promise<void> {
    const original = state.original;
    const code = state.code;
    if (state.mode !== "edit" || !original || !code || state.saving) return;
    if (!state.form.name.trim()) {
      state.failure = describeWriteError(new Error("请输入名称"));
      state.failure.field = "name";
      return;
    }
    state.changeErrors = checkChange(state.change, needsReason());
    if (Object.keys(state.changeErrors).length > 0) return;
    state.saving = true;
    state.failure = null;
    tools?.clearProblem();
    tools?.clearFindings();
    try {
      sentGeometry = editTools().geometry();
      const result = await write<DivisionFeature>(
        replaceRequest(original, state.form, sentGeometry, state.change, {
          acknowledgeWarnings: options.acknowledgeWarnings === true,
          detachSharedEdges: state.detachSharedEdges,
        }),
      );
      mapHandle.value?.refreshDivision(result.body);
      finish();
      state.revision++;
      ElMessage.success({ message: "已保存", grouping: true });
    } catch (e) {
      state.saving = false;
      await refused(e, () => startEdit(code));
    }
  }

  /** Saves again with the warnings of the last refusal acknowledged. */
  function acknowledgeAndSave(): Promise<void> {
    return save({ acknowledgeWarnings: true });
  }

  /** Saves again moving this outline alone: the neighbours' shared edges stay where they are. */
  function detachAndSave(): Promise<void> {
    state.detachSharedEdges = true;
    return save();
  }

  /**
   * Writes back the state before audit entry `auditId` of division `code` (POST …/restore with the
   * current ETag). A refusal that the editor can resolve (warnings to acknowledge, a neighbour's
   * shared edge) is asked about and sent again.
   */
  async function restore(code: string, auditId: number): Promise<boolean> {
    const options: SaveOptions = {};
    for (;;) {
      try {
        const { etag } = await fetchVersionedFeature(code);
        const result = await write<DivisionFeature>(restoreRequest(code, auditId, etag, options));
        mapHandle.value?.refreshDivision(result.body);
        state.revision++;
        ElMessage.success({ message: "已恢复到该修改之前的状态", grouping: true });
        return true;
      } catch (e) {
        const failure = describeWriteError(e);
        const resolvable =
          (failure.kind === "findings" &&
            failure.acknowledgeable &&
            !options.acknowledgeWarnings) ||
          (failure.detachable && !options.detachSharedEdges);
        if (!resolvable) {
          if (failure.kind !== "unavailable") {
            const found = failure.findings
              .map((f) => `${f.typeName} ${f.measureText ?? ""}`.trim())
              .join("；");
            ElMessage.error({
              message: `恢复失败：${failure.message}${found ? `（${found}）` : ""}`,
              showClose: true,
              duration: 8000,
            });
          }
          if (failure.kind === "unauthorized") sessionEnded();
          return false;
        }
        const findings = failure.findings
          .map((f) => `${f.typeName} ${f.measureText ?? ""}`.trim())
          .join("；");
        try {
          await ElMessageBox.confirm(
            failure.detachable
              ? `${failure.message}\n是否仅恢复本区划，不移动相邻区划的公共边？`
              : `恢复后检查发现：${findings}。是否确认这些警告并恢复？`,
            failure.detachable ? "涉及相邻区划" : "检查发现警告",
            {
              type: "warning",
              confirmButtonText: failure.detachable ? "仅恢复本区划" : "确认并恢复",
              cancelButtonText: "取消",
            },
          );
        } catch {
          return false;
        }
        if (failure.detachable) options.detachSharedEdges = true;
        else options.acknowledgeWarnings = true;
      }
    }
  }

  /** The view's extent in lon/lat, where a new division is drawn. */
  function viewBounds(): Bounds | null {
    const map = mapHandle.value?.olMap;
    const size = map?.getSize();
    if (!map || !size) return null;
    const extent = map.getView().calculateExtent(size);
    const [minLon, minLat] = mercatorToLonLat([extent[0] ?? 0, extent[1] ?? 0]);
    const [maxLon, maxLat] = mercatorToLonLat([extent[2] ?? 0, extent[3] ?? 0]);
    return [minLon, minLat, maxLon, maxLat];
  }

  function draw(nearby: DivisionFeature[]): void {
    state.drawn = false;
    editTools().startDraw(nearby, () => {
      state.drawn = true;
      state.geometryChanged = true;
    });
    mapHandle.value?.setClickSelection(false);
  }

  let createNeighbours: DivisionFeature[] = [];

  /** Starts a new division: defaults from the user's jurisdiction, drawing on the map. */
  async function startCreate(user: CurrentUser | null): Promise<void> {
    finish();
    const parentCode = user?.jurisdictionCode ?? "";
    const parentLevel = levelOfCode(parentCode);
    state.newDivision = {
      ...blankDivision(),
      parentCode,
      level: parentLevel === null ? 4 : Math.min(parentLevel + 1, 5),
    };
    state.mode = "create";
    createNeighbours = await neighbours(3, viewBounds());
    if (state.mode === "create") {
      draw(createNeighbours);
      void showJurisdiction();
    }
  }

  /** Throws the drawn polygon away and draws anew. */
  function redraw(): void {
    if (state.mode !== "create") return;
    tools?.clearProblem();
    draw(createNeighbours);
  }

  /** Saves the new division (POST). */
  async function saveNew(): Promise<void> {
    if (state.mode !== "create" || state.saving) return;
    state.fieldErrors = checkNewDivision(state.newDivision);
    if (Object.keys(state.fieldErrors).length > 0) return;
    state.saving = true;
    state.failure = null;
    tools?.clearProblem();
    try {
      sentGeometry = state.drawn ? editTools().geometry() : null;
      const result = await write<DivisionFeature>(createRequest(state.newDivision, sentGeometry));
      const code = result.body?.properties.code ?? state.newDivision.code;
      mapHandle.value?.refreshDivision(result.body);
      finish();
      state.revision++;
      ElMessage.success({ message: `已新建区划 ${code}`, grouping: true });
      hooks.created(code);
    } catch (e) {
      state.saving = false;
      await refused(e, null);
    }
  }

  return {
    state,
    startEdit,
    save,
    acknowledgeAndSave,
    detachAndSave,
    restore,
    needsReason,
    startCreate,
    redraw,
    saveNew,
    /** Discards the edit. */
    cancel: finish,
  };
}
