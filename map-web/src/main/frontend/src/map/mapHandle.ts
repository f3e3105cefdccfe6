import type { InjectionKey, ShallowRef } from "vue";
import type { DivisionMap } from "./divisionMap";

/** What other features may do with the map. */
export type MapHandle = Pick<
  DivisionMap,
  "olMap" | "refreshDivision" | "setClickSelection" | "zoomTo"
>;

/** Provided by the app, set by MapView once the map exists (null before and after). */
export const MAP_HANDLE: InjectionKey<ShallowRef<MapHandle | null>> = Symbol("map handle");
