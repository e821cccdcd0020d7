import { describe, expect, it } from "vitest";
import { normalisePhone } from "./phone";

describe("normalisePhone", () => {
  it.each([
    ["+7 701 123 4567", undefined, "+77011234567"], // Kazakhstan
    ["8 (701) 123-45-67", "KZ", "+77011234567"], // Kazakh trunk prefix
    ["+7 916 123-45-67", undefined, "+79161234567"], // Russia
    ["+996 555 123 456", undefined, "+996555123456"], // Kyrgyzstan
    ["0555 123 456", "KG", "+996555123456"],
    ["+992 93 123 4567", undefined, "+992931234567"], // Tajikistan
    ["+998 90 123 45 67", undefined, "+998901234567"], // Uzbekistan
    ["90 123 45 67", "UZ", "+998901234567"],
    ["+993 65 123456", undefined, "+99365123456"], // Turkmenistan
    ["+971 50 123 4567", undefined, "+971501234567"], // UAE
    ["+90 532 123 45 67", undefined, "+905321234567"], // Turkey
  ])("%s (default %s) is %s", (input, country, expected) => {
    expect(normalisePhone(input, country)).toBe(expected);
  });

  it.each([["12"], ["+7 000"], ["call me"], ["<script>"], ["+998 90 123 45 67 89 00"], ["+1" + "9".repeat(40)]])(
    "refuses %s",
    (input) => {
      expect(normalisePhone(input, "UZ")).toBeNull();
    },
  );
});
