// The griffie pastes the numbered questions from the letter into one text box, a blank line between
// questions. A leading "1." or "3)" is the letter's own numbering: the portal numbers them itself.

const LEADING_NUMBER = /^\s*\d{1,3}\s*[.)]\s+/;

export function splitQuestions(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.trim().replace(LEADING_NUMBER, "").trim())
    .filter(Boolean);
}

/** The stored questions back in the text box, in the form splitQuestions reads. */
export function joinQuestions(questions: readonly string[]): string {
  return questions.map((q, i) => `${i + 1}. ${q}`).join("\n\n");
}

/** "1, 3 en 4"; also for names: "Femke de Graaf en Omar Haddou". */
export function listInWords(items: readonly (number | string)[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}

export const listNumbers = (numbers: readonly number[]) => listInWords(numbers);
