/**
 * The classes the planning map colours by, shared by the map's styles and its legend so that the
 * two always agree: walking time to the nearest facility, and the E2SFCA accessibility.
 */

/** One class of a graduated layer: values up to `upTo` (inclusive) in `colour`. */
export interface MapClass {
  upTo: number;
  colour: string;
  label: string;
}

/** Green near a facility, through yellow at the limit, to red beyond it. */
const MINUTE_COLOURS = ["#1a9850", "#91cf60", "#fee08b", "#fc8d59", "#d73027"];
/** The colour of a segment no facility reaches. */
export const UNREACHED_COLOUR = "#9aa5b1";

/**
 * The walking-time classes of a run with a limit of `walkMinutes`: up to a third of the limit, two
 * thirds, the limit, a third beyond it, and further (15 minutes: 5, 10, 15, 20, more).
 */
export function minuteClasses(walkMinutes: number): MapClass[] {
  const limit = walkMinutes > 0 ? walkMinutes : 15;
  const breaks = [limit / 3, (2 * limit) / 3, limit, (4 * limit) / 3].map(
    (b) => Math.round(b * 10) / 10,
  );
  return [
    ...breaks.map((upTo, i) => ({
      upTo,
      colour: MINUTE_COLOURS[i] ?? UNREACHED_COLOUR,
      label: `≤${formatNumber(upTo)}`,
    })),
    {
      upTo: Infinity,
      colour: MINUTE_COLOURS[4] ?? UNREACHED_COLOUR,
      label: `>${formatNumber(breaks[3] ?? limit)}`,
    },
  ];
}

/** The colour of `minutes` among `classes`; unreached (not finite) in grey. */
export function classColour(value: number, classes: MapClass[]): string {
  if (!Number.isFinite(value)) return UNREACHED_COLOUR;
  return (
    (classes.find((c) => value <= c.upTo) ?? classes[classes.length - 1])?.colour ??
    UNREACHED_COLOUR
  );
}

/** E2SFCA's unit as shown: places per thousand elderly residents (the run gives places per one). */
export const E2SFCA_UNIT = "名额/千名老年人";
/** A community no facility reaches within the limit: accessibility 0. */
export const E2SFCA_ZERO_COLOUR = "#e5e8ec";
const E2SFCA_COLOURS = ["#c6dbef", "#6baed6", "#2171b5", "#08306b"] as const;

/** E2SFCA per thousand elderly residents (the run's value is per resident). */
export function perThousand(e2sfca: number): number {
  return e2sfca * 1000;
}

/**
 * The E2SFCA classes of a run's values (per thousand elderly residents): 0 (nothing within
 * reach), then the quartiles of the positive values, rounded to two significant digits; fewer
 * classes when values repeat. Empty when no value was computed.
 */
export function e2sfcaClasses(valuesPerThousand: readonly (number | null)[]): MapClass[] {
  const known = valuesPerThousand.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return [];
  const positive = known.filter((v) => v > 0).sort((a, b) => a - b);
  const classes: MapClass[] = [{ upTo: 0, colour: E2SFCA_ZERO_COLOUR, label: "0（时限内无设施）" }];
  if (positive.length === 0) return classes;
  const max = positive[positive.length - 1] ?? 0;
  const breaks: number[] = [];
  for (const q of [0.25, 0.5, 0.75]) {
    const b = roundSignificant(positive[Math.floor(q * (positive.length - 1))] ?? 0);
    if (b > 0 && b < max && !breaks.includes(b)) breaks.push(b);
  }
  breaks.push(Infinity);
  const colours = E2SFCA_COLOURS.slice(E2SFCA_COLOURS.length - breaks.length);
  let from = 0;
  breaks.forEach((upTo, i) => {
    const label =
      upTo === Infinity
        ? `${formatNumber(from)}–${formatNumber(roundSignificant(max, true))}`
        : `${formatNumber(from)}–${formatNumber(upTo)}`;
    classes.push({ upTo, colour: colours[i] ?? E2SFCA_COLOURS[3], label });
    from = upTo;
  });
  return classes;
}

/** The class colour of an E2SFCA value (per thousand), or null when it was not computed. */
export function e2sfcaColour(valuePerThousand: number | null, classes: MapClass[]): string | null {
  if (valuePerThousand === null || classes.length === 0) return null;
  return classColour(valuePerThousand, classes);
}

/** Two significant digits, rounded up when `up` (so that the largest value stays inside). */
function roundSignificant(value: number, up = false): number {
  if (value <= 0) return 0;
  const scale = 10 ** (Math.floor(Math.log10(value)) - 1);
  return (up ? Math.ceil(value / scale) : Math.round(value / scale)) * scale;
}

/** A number without needless decimals and without floating-point noise ("0.3", "12", "1.5"). */
export function formatNumber(value: number): string {
  return String(Number(value.toPrecision(6)));
}
