// The reintegration follow-up survey (decision 0031): a few structured questions across three
// dimensions, each answer worth 0, 0.5 or 1, each dimension the mean of its answers and the
// overall score the weighted mean of the dimensions. Pure: the form, the server and the figures
// all read it from here, so a score can always be explained from the answers.

/** Each question's answers, worst to best; the score of an answer is its place, 0 to 1. */
export const QUESTIONS = {
  economic: {
    incomeSource: ["NONE", "IRREGULAR", "REGULAR"],
    debts: ["HEAVY", "MANAGEABLE", "NONE"],
    housing: ["NONE_OR_UNSAFE", "TEMPORARY", "STABLE"],
  },
  social: {
    familyAcceptance: ["REJECTED", "PARTLY", "ACCEPTED"],
    communityAcceptance: ["REJECTED", "PARTLY", "ACCEPTED"],
  },
  psychosocial: {
    health: ["POOR", "FAIR", "GOOD"],
    feelsSafe: ["NO", "PARTLY", "YES"],
    /** A strong wish to leave again scores lowest: re-migration is where re-trafficking starts. */
    wishToMigrate: ["STRONG", "SOME", "NONE"],
  },
} as const;

export type Dimension = keyof typeof QUESTIONS;
export const DIMENSIONS = Object.keys(QUESTIONS) as Dimension[];
/** The answers of one survey, by question name. */
export type Answers = Record<string, string>;

/**
 * How much each dimension counts in the overall score. Economic and psychosocial wellbeing weigh
 * a little more than social acceptance, as in the reintegration sustainability measures field
 * programmes use; the weights sum to 1 and are stated in docs/decisions/0031.
 */
export const WEIGHTS: Record<Dimension, number> = { economic: 0.35, social: 0.3, psychosocial: 0.35 };

/** Every question with its dimension, in the survey's order. */
export const ALL_QUESTIONS: { dimension: Dimension; question: string; answers: readonly string[] }[] =
  DIMENSIONS.flatMap((dimension) =>
    Object.entries(QUESTIONS[dimension]).map(([question, answers]) => ({
      dimension,
      question,
      answers: answers as readonly string[],
    })),
  );

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The score of one answer: its place among the question's answers, 0 (worst) to 1 (best). */
export function answerScore(answers: readonly string[], answer: string): number {
  const index = answers.indexOf(answer);
  if (index < 0) throw new Error(`unknown answer ${answer}`);
  return index / (answers.length - 1);
}

export interface Scores {
  economic: number;
  social: number;
  psychosocial: number;
  overall: number;
}

/** The dimensions' and the overall scores of a complete set of answers, to three decimals. */
export function scoreAnswers(answers: Record<string, string>): Scores {
  const dimension = (d: Dimension) => {
    const questions = ALL_QUESTIONS.filter((q) => q.dimension === d);
    return questions.reduce((sum, q) => sum + answerScore(q.answers, answers[q.question]!), 0) / questions.length;
  };
  const economic = dimension("economic");
  const social = dimension("social");
  const psychosocial = dimension("psychosocial");
  const overall = economic * WEIGHTS.economic + social * WEIGHTS.social + psychosocial * WEIGHTS.psychosocial;
  return {
    economic: round(economic),
    social: round(social),
    psychosocial: round(psychosocial),
    overall: round(overall),
  };
}
