import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A measuring script's output, printed and kept in docs/figures/<command>.txt (":" as "-") with the date, so the
 * README can point at the last run's figures instead of copying numbers by hand.
 */
export function figures(command: string) {
  const lines: string[] = [];
  return {
    log(line = "") {
      console.log(line);
      lines.push(line);
    },
    save() {
      const dir = join(process.cwd(), "docs", "figures");
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, `${command.replace(/:/g, "-")}.txt`),
        [`# npm run ${command}, ${new Date().toISOString().slice(0, 10)}`, ...lines, ""].join("\n"),
      );
    },
  };
}
