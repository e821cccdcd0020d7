import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

describe("new passwords", () => {
  it("refuses short, common, patterned and personal ones", () => {
    expect(passwordProblem("short-one")).toBe("errors.passwordTooShort");
    for (const weak of ["123qweasdzxc", "password1234", "aaaaaaaaaaaa", "qwertyuiop12", "1q2w3e4r5t6y"])
      expect(passwordProblem(weak), weak).toBe("errors.passwordTooCommon");
    expect(passwordProblem("ivan.petrov@mail", ["Ivan Petrov", "ivan.petrov@mail.ru"])).toBe(
      "errors.passwordTooCommon",
    );
  });

  it("accepts long, unpredictable ones", () => {
    for (const good of ["correct-horse-battery-staple", "Samarqand-2026-Tashkent", "Lola-pink-kettle-41"])
      expect(passwordProblem(good, ["Ivan Petrov"]), good).toBeNull();
  });
});
