/**
 * Place-name categories as the server knows them (gazetteer `PlaceCategory`): the 12 major classes
 * of the second national place-name census, in the order of its work rules, and the subclasses
 * the rules need. A major class has a two-digit code, a subclass four digits starting with its
 * major class's code.
 */

export interface PlaceCategory {
  code: string;
  name: string;
}

export const MAJOR_CATEGORIES: readonly PlaceCategory[] = [
  { code: "01", name: "海域" },
  { code: "02", name: "陆地水系" },
  { code: "03", name: "陆地地形" },
  { code: "04", name: "行政区域" },
  { code: "05", name: "群众自治组织" },
  { code: "06", name: "非行政区域" },
  { code: "07", name: "居民点" },
  { code: "08", name: "交通运输设施" },
  { code: "09", name: "水利电力通信设施" },
  { code: "10", name: "纪念地旅游景点" },
  { code: "11", name: "建筑物" },
  { code: "12", name: "单位" },
];

export const SUB_CATEGORIES: readonly PlaceCategory[] = [
  { code: "0401", name: "地级行政区" },
  { code: "0402", name: "县级行政区" },
  { code: "0403", name: "乡级行政区" },
  { code: "0501", name: "社区" },
  { code: "0502", name: "村" },
  { code: "0701", name: "居民小区" },
  { code: "0702", name: "自然村" },
  { code: "0801", name: "城镇街巷" },
  { code: "0802", name: "桥梁" },
  { code: "1001", name: "公园" },
  { code: "1101", name: "广场" },
];

/** 城镇街巷: roads and streets, drawn as lines. */
export const STREET = "0801";

const NAMES = new Map<string, string>(
  [...MAJOR_CATEGORIES, ...SUB_CATEGORIES].map((c) => [c.code, c.name]),
);

/** The Chinese name of a category code, or the code itself when unknown. */
export function categoryName(code: string | null | undefined): string {
  if (!code) return "—";
  return NAMES.get(code) ?? code;
}

/** The major class of a code ("0801" → "08"). */
export function majorOf(code: string): string {
  return code.slice(0, 2);
}

export interface CategoryGroup {
  major: PlaceCategory;
  options: PlaceCategory[];
}

/**
 * The choices of a category select, grouped by major class: a major class with subclasses offers
 * them and, for everything else of the class, itself as 「其他…」; one without offers itself.
 */
export function categoryGroups(): CategoryGroup[] {
  return MAJOR_CATEGORIES.map((major) => {
    const subs = SUB_CATEGORIES.filter((sub) => majorOf(sub.code) === major.code);
    const options =
      subs.length === 0 ? [major] : [...subs, { code: major.code, name: `其他${major.name}` }];
    return { major, options };
  });
}

/** How a named feature is drawn on the map. */
export type DrawKind = "Point" | "LineString" | "Polygon";

export const DRAW_KINDS: readonly { value: DrawKind; label: string }[] = [
  { value: "Point", label: "点" },
  { value: "LineString", label: "线" },
  { value: "Polygon", label: "面" },
];

/** What is drawn by default: a line for roads and streets, a point for everything else. */
export function defaultDrawKind(code: string): DrawKind {
  return code === STREET ? "LineString" : "Point";
}

/**
 * Generics (通名) the rules know for a category (gazetteer `Generics`); the form shows them as a
 * hint. Empty for categories whose generics vary too much to list.
 */
const GENERICS: Record<string, readonly string[]> = {
  "0401": ["州", "市", "地区", "盟"],
  "0402": ["县", "旗", "区", "市"],
  "0403": ["街道", "镇", "乡", "苏木"],
  "0501": ["社区"],
  "0502": ["村", "新村"],
  "0701": ["小区", "苑", "园", "花园", "家园", "公寓", "新村", "庭", "居", "府", "坊", "城"],
  "0702": ["村", "新村"],
  "0801": ["路", "街", "巷", "道", "大道", "大街", "胡同", "弄", "里", "条"],
  "0802": ["桥", "立交"],
  "1001": ["公园", "园"],
  "1101": ["广场"],
};

export function genericsOf(code: string): readonly string[] {
  return GENERICS[code] ?? [];
}
