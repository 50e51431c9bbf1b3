import { ZxcvbnFactory, type TranslationKeys } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as dutch from "@zxcvbn-ts/language-nl-be";

/**
 * zxcvbn's top score (at least 10^10 guesses). Its score 3 starts at 10^8, which any three parts reach by
 * the length penalty alone, so "Wachtwoord123!" would pass; a sentence of a few words easily scores 4.
 */
export const MIN_PASSWORD_SCORE = 4;

// The Dutch package speaks to "je"; the portal says "u". Same keys, our own words (B1).
const translations: TranslationKeys = {
  warnings: {
    straightRow: "Toetsen die naast elkaar liggen, zijn makkelijk te raden.",
    keyPattern: "Korte patronen op het toetsenbord zijn makkelijk te raden.",
    simpleRepeat: 'Herhaalde tekens zoals "aaa" zijn makkelijk te raden.',
    extendedRepeat: 'Herhaalde patronen zoals "abcabcabc" zijn makkelijk te raden.',
    sequences: 'Reeksen zoals "abc" of "123" zijn makkelijk te raden.',
    recentYears: "Jaartallen van de laatste jaren zijn makkelijk te raden.",
    dates: "Datums zijn makkelijk te raden.",
    topTen: "Dit is een van de meest gebruikte wachtwoorden.",
    topHundred: "Dit wachtwoord wordt heel vaak gebruikt.",
    common: "Dit wachtwoord wordt vaak gebruikt.",
    similarToCommon: "Dit wachtwoord lijkt op een wachtwoord dat vaak wordt gebruikt.",
    wordByItself: "Eén los woord is makkelijk te raden.",
    namesByThemselves: "Losse voornamen of achternamen zijn makkelijk te raden.",
    commonNames: "Veel gebruikte namen zijn makkelijk te raden.",
    userInputs: "Gebruik niet uw naam of e-mailadres in het wachtwoord.",
    pwned: "Dit wachtwoord staat in een lijst van gelekte wachtwoorden.",
  },
  suggestions: {
    l33t: "Vervang geen letters door tekens die erop lijken, zoals '@' voor 'a': dat kennen aanvallers ook.",
    reverseWords: "Een woord achterstevoren schrijven maakt het niet veel sterker.",
    allUppercase: "Alleen hoofdletters maakt het niet veel sterker.",
    capitalization: "Een hoofdletter aan het begin maakt het niet veel sterker.",
    dates: "Gebruik geen datums die bij u horen.",
    recentYears: "Gebruik geen jaartallen van de laatste jaren.",
    associatedYears: "Gebruik geen jaartallen die bij u horen.",
    sequences: "Gebruik geen reeksen zoals 'abc' of '123'.",
    repeated: "Herhaal geen woorden of tekens.",
    longerKeyboardPattern: "Gebruik geen patronen op het toetsenbord.",
    anotherWord: "Voeg een paar woorden toe die weinig mensen samen gebruiken.",
    useWords: "Maak een zin van een paar woorden die niet vaak samen voorkomen.",
    noNeed: "Speciale tekens, hoofdletters of cijfers zijn niet nodig: een zin van een paar woorden is ook sterk.",
    pwned: "Gebruikt u dit wachtwoord ergens anders? Verander het daar ook.",
  },
  timeEstimation: {
    ltSecond: "minder dan een seconde", second: "{base} seconde", seconds: "{base} seconden", minute: "{base} minuut",
    minutes: "{base} minuten", hour: "{base} uur", hours: "{base} uur", day: "{base} dag", days: "{base} dagen",
    month: "{base} maand", months: "{base} maanden", year: "{base} jaar", years: "{base} jaar", centuries: "eeuwen",
  },
};

// Common passwords of every language, plus Dutch words and names; the factory is built once per process.
const zxcvbn = new ZxcvbnFactory({
  translations,
  graphs: common.adjacencyGraphs,
  dictionary: { ...common.dictionary, ...dutch.dictionary },
});

/** A name and e-mail address, and their parts: what a guesser who knows the person tries first. */
function personalWords(userInputs: string[]): string[] {
  const words = userInputs.flatMap((input) => [input.toLowerCase(), ...input.toLowerCase().split(/[^\p{L}\p{N}]+/u)]);
  return [...new Set(words.filter((w) => w.length >= 3))].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function explain(result: ReturnType<typeof zxcvbn.check>): string {
  const why = result.feedback.warning ?? "Dit wachtwoord is te makkelijk te raden.";
  const help = result.feedback.suggestions[0] ?? translations.suggestions.useWords;
  return `Dit wachtwoord is niet sterk genoeg. ${why} ${help}`;
}

/** null when the password is strong enough; otherwise a Dutch explanation of what is wrong and what helps. */
export function passwordWeakness(password: string, userInputs: string[] = []): string | null {
  // zxcvbn looks at the first 100 characters only; a longer password that is strong there is strong.
  const checked = password.slice(0, 100);
  const personal = personalWords(userInputs);
  const result = zxcvbn.check(checked, personal);
  if (result.score < MIN_PASSWORD_SCORE) return explain(result);
  // zxcvbn rewards separators between parts ("Pieter.Klaassen.01"); the name adds nothing for someone
  // who knows it, so what is left without it must be strong on its own.
  const rest = personal.reduce((text, word) => text.replace(new RegExp(escapeRegExp(word), "giu"), ""), checked);
  if (rest !== checked && zxcvbn.check(rest).score < MIN_PASSWORD_SCORE) {
    return `Dit wachtwoord is niet sterk genoeg. ${translations.warnings.userInputs} ${translations.suggestions.useWords}`;
  }
  return null;
}
