/** A county of the home division as listed in the side panel. */
export interface CountyListItem {
  code: string;
  name: string;
  /** Its fill colour on the map. */
  colour: string;
}
