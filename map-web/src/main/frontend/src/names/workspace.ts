import type { InjectionKey, ShallowRef } from "vue";
import { reactive, shallowRef } from "vue";
import type { NameMap } from "./nameMap";

/** Which page of the place-name workspace is shown. */
export type NameView = "map" | "cleanup" | "archives" | "heritage" | "compilation";

export interface NameWorkspaceState {
  view: NameView;
  /** The name whose record (地名档案) is open in the side panel. */
  selectedId: string | null;
  /** Whether the map should move to the record once it is loaded (picked in a list, not on the map). */
  focusRecord: boolean;
  /** Whether a new name is being proposed (the side panel holds the form). */
  proposing: boolean;
  /** Counts writes; the map and open records reload when it changes. */
  revision: number;
}

/**
 * The state the parts of the place-name workspace share: what is selected, whether a proposal is
 * being drawn, and the map.
 */
export function createNameWorkspace() {
  const state = reactive<NameWorkspaceState>({
    view: "map",
    selectedId: null,
    focusRecord: false,
    proposing: false,
    revision: 0,
  });
  const map: ShallowRef<NameMap | null> = shallowRef(null);

  return {
    state,
    map,
    /** Opens a name's record; `focus` moves the map to it when it is loaded. */
    select(id: string | number | null, focus = false): void {
      state.proposing = false;
      state.selectedId = id === null ? null : String(id);
      state.focusRecord = focus && id !== null;
      state.view = "map";
      map.value?.refreshSelection();
    },
    /** Starts a proposal (the side panel shows the form, the map draws). */
    propose(): void {
      state.selectedId = null;
      state.view = "map";
      state.proposing = true;
      map.value?.highlight(null, false);
    },
    endProposal(): void {
      state.proposing = false;
      map.value?.stopDraw();
    },
    /** Something was written: the map and the open record reload. */
    changed(): void {
      state.revision++;
      map.value?.reload();
    },
  };
}

export type NameWorkspace = ReturnType<typeof createNameWorkspace>;

export const NAME_WORKSPACE: InjectionKey<NameWorkspace> = Symbol("place-name workspace");
