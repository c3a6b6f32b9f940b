/** npm run lookup -- [--locale en|zh-TW] [--json] [--limit N] [--batch] [QUERY...]: see lib/search-tools/lookup-cli.ts. */
import { exitCodes, runLookup } from "../lib/search-tools/lookup-cli";

// A reader that goes away (`| head -1`) is not an error of ours; runLookup stops writing.
process.stdout.on("error", () => {});
runLookup(process.argv.slice(2), process.stdin, process.stdout, process.stderr).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error);
    process.exitCode = exitCodes.internal;
  },
);
