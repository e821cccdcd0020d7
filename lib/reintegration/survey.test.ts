import { describe, expect, it } from "vitest";
import { ALL_QUESTIONS, answerScore, DIMENSIONS, scoreAnswers, WEIGHTS } from "./survey";

const all = (pick: (answers: readonly string[]) => string) =>
  Object.fromEntries(ALL_QUESTIONS.map((q) => [q.question, pick(q.answers)]));

describe("the reintegration follow-up score", () => {
  it("weighs the dimensions to a total of one", () => {
    expect(DIMENSIONS.reduce((sum, d) => sum + WEIGHTS[d], 0)).toBeCloseTo(1, 10);
  });

  it("scores every worst answer 0 and every best answer 1, overall too", () => {
    expect(scoreAnswers(all((a) => a[0]!))).toEqual({ economic: 0, social: 0, psychosocial: 0, overall: 0 });
    expect(scoreAnswers(all((a) => a.at(-1)!))).toEqual({ economic: 1, social: 1, psychosocial: 1, overall: 1 });
  });

  it("averages each dimension's answers and weighs the dimensions", () => {
    const scores = scoreAnswers({
      incomeSource: "IRREGULAR", // 0.5
      debts: "HEAVY", // 0
      housing: "STABLE", // 1
      familyAcceptance: "ACCEPTED", // 1
      communityAcceptance: "PARTLY", // 0.5
      health: "GOOD", // 1
      feelsSafe: "PARTLY", // 0.5
      wishToMigrate: "STRONG", // 0
    });
    expect(scores).toEqual({ economic: 0.5, social: 0.75, psychosocial: 0.5, overall: 0.575 });
  });

  it("refuses an answer the question does not have", () => {
    expect(answerScore(["NO", "PARTLY", "YES"], "PARTLY")).toBe(0.5);
    expect(() => answerScore(["NO", "YES"], "MAYBE")).toThrow();
  });
});
