import OlMap from "ol/Map";
import View from "ol/View";
import { Attribution, defaults as defaultControls, ScaleLine } from "ol/control";
import type BaseLayer from "ol/layer/Base";
import { makeKeyboardMap, mapInteractions } from "./keyboardMap";
import { addMapControls } from "./mapControls";

/**
 * An OpenLayers map in EPSG:3857 with Chinese control tips, attribution and scale line, and the
 * controls of `mapControls.ts` (base-map switcher, north arrow, coordinate readout); the element
 * takes the keyboard focus (arrow keys pan, + and - zoom).
 */
export function createMap(target: HTMLElement, layers: BaseLayer[]): OlMap {
  const map = new OlMap({
    target,
    layers,
    view: new View({ projection: "EPSG:3857", minZoom: 3, maxZoom: 16 }),
    interactions: mapInteractions(),
    controls: defaultControls({
      attribution: false,
      rotate: false,
      zoomOptions: { zoomInTipLabel: "放大", zoomOutTipLabel: "缩小" },
    }).extend([
      new Attribution({ collapsible: false, tipLabel: "数据来源" }),
      new ScaleLine({ units: "metric" }),
    ]),
  });
  addMapControls(map);
  makeKeyboardMap(target);
  return map;
}
