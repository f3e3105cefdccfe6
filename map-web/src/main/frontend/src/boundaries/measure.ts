/**
 * A finding's measure as people read it, the way the server writes the measures in the findings'
 * details: areas from 0.1 km² in 平方千米, smaller ones in whole 平方米; lengths from 1 km in 千米,
 * shorter ones in 米 to a tenth; counts as whole numbers; about three significant digits and no
 * trailing zeros.
 */

/** `value` to at most `places` decimals, without trailing zeros. */
function decimals(value: number, places: number): string {
  return String(Number(value.toFixed(places)));
}

/**
 * 93331847.4 平方米 → "93.3 平方千米", 850.4 平方米 → "850 平方米", 53720.5 米 → "53.7 千米",
 * 3279.2 米 → "3.28 千米", 80.25 米 → "80.3 米", 1 个 → "1 个"; `unit` as the API names it
 * (平方米, 米, 个); an empty text without a measure.
 */
export function formatMeasure(
  measure: number | null | undefined,
  unit: string | null | undefined,
): string {
  if (measure === null || measure === undefined || !Number.isFinite(measure)) return "";
  const size = Math.abs(measure);
  switch (unit) {
    case "平方米":
      return size >= 100_000
        ? `${decimals(measure / 1_000_000, size >= 10_000_000 ? 1 : 2)} 平方千米`
        : `${decimals(measure, size >= 10 ? 0 : 1)} 平方米`;
    case "米":
      return Math.round(size * 10) >= 10_000
        ? `${decimals(measure / 1000, size >= 10_000 ? 1 : 2)} 千米`
        : `${decimals(measure, 1)} 米`;
    case "个":
      return `${Math.round(measure)} 个`;
    default:
      return unit ? `${decimals(measure, 1)} ${unit}` : decimals(measure, 1);
  }
}
