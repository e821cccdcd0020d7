"use client";
// What an action did, said where it stays in view. A final action often removes the very
// row its button sat in (a discharged resident, a withdrawn consent, an answered request), and a
// message kept beside the button vanished with it after the page refreshed. The message is kept
// here instead, above the page, until the next page or the next message; the outlet lives in the
// signed-in layout, so a refresh of the page keeps it.
import { useEffect, useSyncExternalStore } from "react";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";

type Flash = { id: number; text: string; path: string };
let current: Flash | null = null;
let counter = 0;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** Says `text` (already translated) in the outlet, for the page the user is on. */
export function announce(text: string) {
  current = { id: ++counter, text, path: window.location.pathname };
  emit();
}

function dismiss() {
  current = null;
  emit();
}

export function FlashOutlet() {
  const t = useTranslations("common");
  const flash = useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
  const pathname = usePathname();
  // Leaving the page ends its message.
  useEffect(() => {
    if (current && current.path !== pathname) dismiss();
  }, [pathname]);
  const shown = flash && flash.path === pathname ? flash : null;
  return (
    <div className="confirm-flash" role="status" aria-live="polite" data-testid="flash">
      {shown ? (
        <div className="alert alert-success confirm-flash-message" key={shown.id}>
          <span>{shown.text}</span>
          <button type="button" className="btn btn-secondary confirm-flash-close" onClick={dismiss}>
            {t("dismiss")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
