/** How search results are shown. */
import type { SearchResult } from "../api/placeNameTypes";

/**
 * Whether names of a category are names of divisions or their committees (行政区域, 群众自治组织):
 * their division code is their own, so their place is the division above.
 */
export function isDivisionCategory(category: string): boolean {
  return category.startsWith("04") || category.startsWith("05");
}

/** A stable key of a result for lists and tests. */
export function searchResultKey(result: Pick<SearchResult, "id">): string {
  return `name-${result.id}`;
}
