/** What a failed tile request reports: its HTTP status (0 without answer) and message. */
export interface TileFailure {
  status: number;
  message: string;
}

/**
 * Turns a stream of tile loads into at most one report per outage: the first failure is reported,
 * further ones are swallowed until a tile loads again. A map view loads dozens of tiles at once,
 * and a message for each would bury the screen.
 */
export function createTileErrorReporter(report: (failure: TileFailure) => void): {
  failed(failure: TileFailure): void;
  loaded(): void;
} {
  let reported = false;
  return {
    failed(failure) {
      if (reported) return;
      reported = true;
      report(failure);
    },
    loaded() {
      reported = false;
    },
  };
}
