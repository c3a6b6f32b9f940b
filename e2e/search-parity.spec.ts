import { expect, test, type Page } from "./test";
import { getDictionary } from "../lib/dictionaries";
import { loadEvalCases, splits, type EvalCase } from "../lib/search-tools/cases";
import { nodeEngines } from "../lib/search-tools/node-engines";

/**
 * The browser (built index, lazily loaded engine) and the CLI's engine give the same first answer:
 * a fixed sample of 40 cases of the labeled set, spread over both splits, both locales and every kind.
 */
const all = splits.flatMap((s) => loadEvalCases(s)).sort((a, b) => a.id.localeCompare(b.id));
const sample: EvalCase[] = all.filter((_, i) => i % Math.floor(all.length / 40) === 0).slice(0, 40);
const engines = nodeEngines();

/** Big pastes are typed slowly by fill(); set the value the way a paste does and let React see the input. */
async function paste(page: Page, label: string, text: string) {
  const box = page.getByLabel(label);
  await box.evaluate((el: HTMLTextAreaElement, value) => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value")!.set!.call(el, value);
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
}

test.describe.configure({ mode: "parallel" });

for (const c of sample) {
  test(`${c.id} (${c.locale}, ${c.kind}): the page's first result is the CLI's`, async ({ page }) => {
    const dict = getDictionary(c.locale);
    const expected = engines[c.locale].search(c.q).hits[0]?.doc.id;
    await page.goto(`/${c.locale}/search`);
    await paste(page, dict.search.label, c.q);
    const status = page.getByRole("status");
    await expect(status).not.toHaveText(/^$|…$/);
    const first = page.getByRole("list", { name: dict.searchUi.results }).locator("a[data-result]").first();
    if (expected === undefined) {
      await expect(status).toHaveText(new RegExp(`^${dict.searchUi.noMatch}`)); // then, maybe, whose error it is
      await expect(first).toHaveCount(0);
    } else {
      await expect(first).toHaveAttribute("href", new RegExp(`/${expected}(#|$)`));
    }
  });
}
