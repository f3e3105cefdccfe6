import type { Collection } from "ol";
import { noModifierKeys } from "ol/events/condition";
import type Interaction from "ol/interaction/Interaction";
import KeyboardPan from "ol/interaction/KeyboardPan";
import KeyboardZoom from "ol/interaction/KeyboardZoom";
import { defaults as defaultInteractions } from "ol/interaction/defaults";
import type MapBrowserEvent from "ol/MapBrowserEvent";

/**
 * Maps reachable from the keyboard: the map element takes the focus (Tab) and says what it is and
 * how it is moved; while it has the focus the arrow keys pan and + / - zoom. Keys pressed in a
 * control inside the map (a date input, a slider, a select) stay with that control.
 */

/** Keys reach the map only when the map element itself has the focus. */
function onMapElement(event: MapBrowserEvent): boolean {
  return event.originalEvent.target === event.map.getTargetElement();
}

/** + is typed with Shift on many keyboards; Ctrl/⌘/Alt with + and - stay the browser's zoom. */
function zoomKeys(event: MapBrowserEvent): boolean {
  const key = event.originalEvent as KeyboardEvent;
  return onMapElement(event) && !key.ctrlKey && !key.metaKey && !key.altKey;
}

/** OpenLayers' default interactions, with the keyboard ones bound to the focused map element. */
export function mapInteractions(): Collection<Interaction> {
  return defaultInteractions({ keyboard: false }).extend([
    new KeyboardPan({ condition: (event) => noModifierKeys(event) && onMapElement(event) }),
    new KeyboardZoom({ condition: zoomKeys }),
  ]);
}

/** Lets `target` (a map's element) take the focus, with an accessible name saying the keys. */
export function makeKeyboardMap(target: HTMLElement, label = "地图"): void {
  target.tabIndex = 0;
  target.setAttribute("role", "region");
  target.setAttribute("aria-label", `${label}（方向键平移，+ / - 缩放）`);
  // an attribute, not a class: a component that binds its element's class would drop it
  target.dataset.keyboardMap = "";
}
