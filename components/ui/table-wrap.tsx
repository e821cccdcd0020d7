import type { ReactNode } from "react";

/**
 * A table that scrolls sideways in its own box when the screen is narrow. The box takes the
 * keyboard's focus, so it can be scrolled with the arrow keys (WCAG 2.1.1; axe
 * scrollable-region-focusable); named, it is announced as a region.
 */
export function TableWrap({ label, children }: { label?: string; children: ReactNode }) {
  return (
    <div className="table-wrap" tabIndex={0} {...(label ? { role: "region", "aria-label": label } : {})}>
      {children}
    </div>
  );
}
