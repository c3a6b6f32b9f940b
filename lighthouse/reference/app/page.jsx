/** About as much text as a fix page's first screen, so the largest paint is a comparable text block. */
export default function ReferencePage() {
  return (
    <main>
      <h1>Reference page</h1>
      <p>
        This page is a bare Next.js static export with no application code. npm run lighthouse measures it in the same run, on the same
        machine and interleaved with the portal&apos;s pages, so each page&apos;s performance, largest contentful paint and total blocking
        time can be read as a ratio to what Next.js itself costs, independently of how fast the machine is.
      </p>
    </main>
  );
}
