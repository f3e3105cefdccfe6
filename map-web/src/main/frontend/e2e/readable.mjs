// What a reader of the UI must never see: a division code where a name belongs, an enum word of
// the server's types (finding types, severities, statuses …) and an ISO UTC timestamp.
//
// The enum words are read from the Java sources of the domain modules, so that a new constant is
// looked for without touching this file.
/* global document, getComputedStyle, NodeFilter -- used in code that runs in the page */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../../../../", import.meta.url));

/** Where the enums that reach users live: the domain modules and the web layer's roles and jobs. */
const ENUM_SOURCES = [
  "geo-core/src/main/java/org/civgis/geo/topology",
  "boundary-inspection/src/main/java",
  "gazetteer/src/main/java",
  "map-web/src/main/java/org/civgis/web/security/Role.java",
  "map-web/src/main/java/org/civgis/web/job/JobState.java",
];
/**
 * Enums whose constants are legitimately shown as they are: file formats go by their usual
 * abbreviations (GeoJSON, CSV, KML, DXF).
 */
const NOT_WORDS = new Set(["SurveyFormat"]);

async function javaFiles(path) {
  if (path.endsWith(".java")) return [path];
  const entries = await readdir(path, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() || e.name.endsWith(".java") ? javaFiles(join(path, e.name)) : [],
    ),
  );
  return nested.flat();
}

/** The constants of every enum declared in `source` (comments and strings removed first). */
export function enumConstants(source) {
  const code = source
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/\/\/[^\n]*/g, " ")
    .replace(/"(?:[^"\\]|\\.)*"/g, '""');
  const found = [];
  const declaration = /\benum\s+(\w+)\s*(?:implements[^{]*)?\{/g;
  let match;
  while ((match = declaration.exec(code))) {
    const constants = [];
    let depth = 0;
    let token = "";
    let expectName = true;
    for (let i = declaration.lastIndex; i < code.length; i++) {
      const c = code[i];
      if (depth === 0 && (c === ";" || c === "}")) break;
      if (depth === 0 && expectName && /\w/.test(c)) {
        token += c;
        continue;
      }
      if (token) {
        constants.push(token);
        token = "";
        expectName = false;
      }
      if (c === "(" || c === "{") depth++;
      else if (c === ")" || c === "}") depth--;
      else if (depth === 0 && c === ",") expectName = true;
    }
    if (token) constants.push(token);
    found.push({ name: match[1], constants });
  }
  return found;
}

/** The enum words to look for: every constant of the enums under ENUM_SOURCES. */
export async function enumWords() {
  const words = new Set();
  for (const source of ENUM_SOURCES) {
    for (const file of await javaFiles(join(ROOT, source))) {
      for (const { name, constants } of enumConstants(await readFile(file, "utf8"))) {
        if (!NOT_WORDS.has(name)) constants.forEach((c) => words.add(c));
      }
    }
  }
  if (!words.has("MARKER_OFF_LINE") || !words.has("WARNING")) {
    throw new Error(`the enums were not found under ${ROOT}: ${[...words].join(" ")}`);
  }
  return [...words].sort();
}

/**
 * Runs in the page: the visible text nodes and input values under `document.body` that show a
 * division code where a name belongs, an enum word or an ISO UTC timestamp; each with the text
 * around it. A code is in its place where it is labelled as one (a column, field or row whose
 * label says 代码 or 编码) or stands in brackets after a name (「昌吉市（652301000000）」).
 */
export function findUnreadable(words) {
  const wordPattern = new RegExp(`(?<![A-Za-z0-9_])(?:${words.join("|")})(?![A-Za-z0-9_])`);
  const upperSnake = /(?<![A-Za-z0-9_])[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+(?![A-Za-z0-9_])/;
  const isoInstant = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
  // not part of a longer identifier (a marker's number 652325652328-002, a checksum)
  const code = /(?<![\w.-])65\d{4}(?:\d{6})?(?![\w.-])/g;
  const found = [];
  const visible = (el) => {
    if (!el || !el.isConnected) return false;
    const box = el.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) return false;
    const style = getComputedStyle(el);
    return style.visibility !== "hidden" && style.display !== "none";
  };
  /** The label of an Element Plus table cell's column, else "". */
  const columnOf = (el) => {
    const cell = el.closest("td");
    const column = [...(cell?.classList ?? [])].find((c) => /^el-table_\d+_column_\d+$/.test(c));
    if (!column) return "";
    return cell.closest(".el-table")?.querySelector(`th.${column}`)?.textContent ?? "";
  };
  const labelled = (el, text, index) => {
    const before = text.slice(0, index);
    if (/[\u4e00-\u9fff][（(]$/.test(before)) return true;
    if (/代码|编码/.test(columnOf(el))) return true;
    // the field it stands in: its element, its row or description item, up to three levels
    let scope = el;
    for (let level = 0; level < 3 && scope; level++, scope = scope.parentElement) {
      const around = scope.textContent ?? "";
      if (around.length > 300) break;
      if (/代码|编码/.test(around)) return true;
      if (scope.matches("tr, li, .el-form-item")) break;
    }
    return false;
  };
  const look = (el, text) => {
    const context = (el.parentElement?.textContent ?? text).replace(/\s+/g, " ").slice(0, 160);
    for (const [kind, pattern] of [
      ["enum word", wordPattern],
      ["enum word", upperSnake],
      ["ISO timestamp", isoInstant],
    ]) {
      const m = text.match(pattern);
      if (m) found.push({ kind, match: m[0], context });
    }
    for (const m of text.matchAll(code)) {
      if (!labelled(el, text, m.index)) found.push({ kind: "division code", match: m[0], context });
    }
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? "";
    const el = node.parentElement;
    if (!text.trim() || !el || el.closest("script, style, noscript") || !visible(el)) continue;
    look(el, text);
  }
  for (const input of document.querySelectorAll("input, textarea")) {
    // a choice's value is not shown, its label is (and is checked as text)
    if (["password", "hidden", "file", "radio", "checkbox"].includes(input.type)) continue;
    if (input.value && visible(input)) look(input, input.value);
  }
  return found;
}
