import { describe, expect, it } from "vitest";
import { suppressCount, suppressTable } from "./suppress";
import type { FigureTable } from "./types";

const sexTable = (counts: Record<string, number>, total?: number): FigureTable => ({
  id: "sex",
  rows: Object.entries(counts).map(([key, count]) => ({ key, count })),
  total: total ?? Object.values(counts).reduce((a, b) => a + b, 0),
});

describe("small numbers hidden", () => {
  it("hides counts from 1 to the threshold less one, and keeps zero and the threshold itself", () => {
    expect(suppressCount(0, 10)).toBe(0);
    expect(suppressCount(1, 10)).toEqual({ fewerThan: 10 });
    expect(suppressCount(9, 10)).toEqual({ fewerThan: 10 });
    expect(suppressCount(10, 10)).toBe(10);
  });

  it("withholds the smallest other count where one hidden count could be worked back from the total", () => {
    const table = suppressTable(sexTable({ FEMALE: 40, MALE: 12, UNKNOWN: 3 }), 10);
    expect(table.rows.map((r) => r.count)).toEqual([40, { withheld: true }, { fewerThan: 10 }]);
    expect(table.total).toBe(55);
  });

  it("withholds more while the concealed counts together stay below the threshold (two of 1 each give both away)", () => {
    expect(suppressTable(sexTable({ FEMALE: 20, MALE: 1, UNKNOWN: 1 }), 10).rows.map((r) => r.count)).toEqual([
      { withheld: true },
      { fewerThan: 10 },
      { fewerThan: 10 },
    ]);
    expect(
      suppressTable(sexTable({ FEMALE: 40, MALE: 12, UNKNOWN: 2, OTHER: 3 }), 10).rows.map((r) => r.count),
    ).toEqual([40, { withheld: true }, { fewerThan: 10 }, { fewerThan: 10 }]);
  });

  it("needs no second where the hidden counts together reach the threshold, or the total is hidden too", () => {
    expect(suppressTable(sexTable({ FEMALE: 40, MALE: 5, UNKNOWN: 6 }), 10).rows.map((r) => r.count)).toEqual([
      40,
      { fewerThan: 10 },
      { fewerThan: 10 },
    ]);
    const small = suppressTable(sexTable({ FEMALE: 5, MALE: 2 }), 10);
    expect(small.total).toEqual({ fewerThan: 10 });
  });

  it("does not withhold in a table whose rows overlap (one person in several), where the total gives nothing away", () => {
    const citizenship: FigureTable = {
      id: "citizenship",
      rows: [
        { key: "UZ", count: 30 },
        { key: "RU", count: 4 },
      ],
      total: 31,
    };
    expect(suppressTable(citizenship, 10).rows.map((r) => r.count)).toEqual([30, { fewerThan: 10 }]);
  });

  it("refuses counts that are already hidden", () => {
    expect(() =>
      suppressTable({ id: "sex", rows: [{ key: "MALE", count: { fewerThan: 10 } }], total: 3 }, 10),
    ).toThrow();
  });
});
