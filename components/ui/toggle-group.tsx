"use client";
// Several choices as toggles, with one tab stop for the whole group: arrow keys move between
// toggles, Space toggles the focused one. Built on native checkboxes, so screen readers and forms
// treat it as what it is.
import { useRef, useState, type KeyboardEvent } from "react";

export function ToggleGroup<T extends string>(props: {
  id: string;
  label: string;
  options: readonly T[];
  labelOf: (option: T) => string;
  value: readonly T[];
  onChange: (value: T[]) => void;
  error?: string;
}) {
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLInputElement | null)[]>([]);
  const move = (event: KeyboardEvent<HTMLInputElement>, index: number) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step) return;
    event.preventDefault();
    const next = (index + step + props.options.length) % props.options.length;
    setActive(next);
    refs.current[next]?.focus();
  };
  return (
    <fieldset className="toggle-group" aria-describedby={props.error ? `${props.id}-error` : undefined}>
      <legend id={`${props.id}-label`}>{props.label}</legend>
      <div className="toggles">
        {props.options.map((option, index) => {
          const checked = props.value.includes(option);
          return (
            <label key={option} className={checked ? "toggle toggle-on" : "toggle"}>
              <input
                ref={(el) => {
                  refs.current[index] = el;
                }}
                type="checkbox"
                name={props.id}
                value={option}
                checked={checked}
                tabIndex={index === active ? 0 : -1}
                onFocus={() => setActive(index)}
                onKeyDown={(event) => move(event, index)}
                onChange={() =>
                  props.onChange(checked ? props.value.filter((v) => v !== option) : [...props.value, option])
                }
              />
              {props.labelOf(option)}
            </label>
          );
        })}
      </div>
      {props.error ? (
        <span className="field-error" id={`${props.id}-error`} role="alert">
          {props.error}
        </span>
      ) : null}
    </fieldset>
  );
}
