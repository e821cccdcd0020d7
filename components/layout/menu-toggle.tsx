"use client";
import { useEffect, useRef } from "react";
import { usePathname } from "next/navigation";

/**
 * The phone menu's button. A checkbox and its label, so the menu opens and closes without
 * JavaScript (globals.css shows `.menu` while the box is checked); with JavaScript the menu also
 * closes after each navigation, since the shell stays on screen between pages. At desktop width
 * both are hidden and the menu is the sidebar.
 */
export function MenuToggle({ label }: { label: string }) {
  const pathname = usePathname();
  const toggle = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (toggle.current) toggle.current.checked = false;
  }, [pathname]);
  return (
    <>
      {/* Named in itself too: at desktop width its label is not shown, and a control needs a name. */}
      <input
        ref={toggle}
        type="checkbox"
        id="menu-toggle"
        className="menu-toggle"
        aria-controls="app-menu"
        aria-label={label}
      />
      <label htmlFor="menu-toggle" className="menu-button" data-testid="menu-button">
        <svg
          aria-hidden="true"
          width="18"
          height="18"
          viewBox="0 0 24 24"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <path d="M4 6h16M4 12h16M4 18h16" />
        </svg>
        {label}
      </label>
    </>
  );
}
