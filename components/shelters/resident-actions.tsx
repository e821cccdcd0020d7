"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";

/**
 * One resident's fold of forms on the bed board. The board renders the forms of one resident at a
 * time, the one its address names (`?stay=`): a board of forty residents with five forms each was
 * 400 KB of markup, most of it folded away. A closed fold holds a link to the board with this
 * resident's forms (it works before the page's JavaScript has started); with JavaScript, opening
 * the fold follows that link in place, so the forms appear in the fold that was opened.
 */
export function ResidentActions({
  label,
  showLabel,
  href,
  children,
}: {
  label: string;
  /** The link's words, shown while the fold has no forms. */
  showLabel: string;
  href: string;
  /** The forms: given only for the resident the address names. */
  children?: ReactNode;
}) {
  const router = useRouter();
  const open = children !== undefined && children !== null;
  return (
    <details
      open={open}
      onToggle={(event) => {
        if (event.currentTarget.open && !open) router.replace(href, { scroll: false });
      }}
    >
      <summary>{label}</summary>
      {open ? (
        children
      ) : (
        <Link href={href} replace scroll={false}>
          {showLabel}
        </Link>
      )}
    </details>
  );
}
