"use client";

import { useClientValue } from "@/hooks/use-client-value";
import { CopyButton, type CopyLabels } from "./copy-button";
import { Button } from "./ui/button";

const canShare = () => typeof navigator.share === "function";

/** Copy the page link, and the system share sheet where the browser has one. */
export function PageShare({ title, labels }: { title: string; labels: CopyLabels & { copyPageLink: string; share: string } }) {
  const shareable = useClientValue(canShare, false);
  return (
    <>
      <CopyButton anchor="" label={labels.copyPageLink} shown={labels.copyPageLink} labels={labels} />
      {shareable && (
        <Button size="sm" onClick={() => navigator.share({ title, url: window.location.href }).catch(() => undefined)}>
          {labels.share}
        </Button>
      )}
    </>
  );
}
