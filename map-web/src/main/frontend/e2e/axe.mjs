// Accessibility checks with axe-core in the page: text contrast and the names of controls.
/* global window -- used in code that runs in the page */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
let axeSource = null;

/** The rules checked: WCAG AA contrast of text (4.5:1) and an accessible name on every control. */
export const A11Y_RULES = [
  "color-contrast",
  "label",
  "button-name",
  "select-name",
  "input-button-name",
  "link-name",
  "aria-input-field-name",
  "aria-toggle-field-name",
  "aria-command-name",
  "image-alt",
  "svg-img-alt",
  "role-img-alt",
];

/**
 * The violations of A11Y_RULES in what the page shows (hidden parts are not checked), one line
 * each: rule, element, why. axe is evaluated through the browser's debugging protocol, which the
 * page's Content-Security-Policy (script-src 'self') does not cover.
 */
export async function a11yViolations(page) {
  axeSource ??= await readFile(require.resolve("axe-core/axe.min.js"), "utf8");
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  return page.evaluate(async (rules) => {
    const result = await window.axe.run(window.document, {
      runOnly: { type: "rule", values: rules },
    });
    return result.violations.flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id}: ${n.target.join(" ")} — ${(n.failureSummary ?? "").replace(/\s+/g, " ")}`,
      ),
    );
  }, A11Y_RULES);
}
