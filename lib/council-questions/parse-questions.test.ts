import { describe, expect, it } from "vitest";
import { joinQuestions, listInWords, listNumbers, splitQuestions } from "./parse-questions";

describe("numbered questions from one text box", () => {
  it("splits on blank lines, drops the letter's own numbers and keeps line breaks inside a question", () => {
    const text = "1. Is het college bekend met het artikel?\r\n\r\n2) Deelt het college de mening\nvan de indiener?\n  \n\n3. Zijn er restricties?\n";
    expect(splitQuestions(text)).toEqual(["Is het college bekend met het artikel?", "Deelt het college de mening\nvan de indiener?", "Zijn er restricties?"]);
  });

  it("keeps a number that is part of the sentence", () => {
    expect(splitQuestions("2023 was het jaar van het verbod. Klopt dat?")).toEqual(["2023 was het jaar van het verbod. Klopt dat?"]);
  });

  it("reads back what it writes", () => {
    const questions = ["Eerste vraag?", "Tweede vraag,\nover twee regels?"];
    expect(splitQuestions(joinQuestions(questions))).toEqual(questions);
  });

  it("names missing numbers in plain Dutch", () => {
    expect(listNumbers([2])).toBe("2");
    expect(listNumbers([1, 3, 4])).toBe("1, 3 en 4");
    expect(listInWords(["Femke de Graaf", "Omar Haddou"])).toBe("Femke de Graaf en Omar Haddou");
  });
});
