import { listInWords } from "@/lib/council-questions/parse-questions";
import { formatDate } from "@/lib/dates";

type Letter = {
  introduction: string;
  rulesArticle: string;
  submitters: string[];
  faction: string;
  receivedOn: string;
  items: { number: number; question: string; answer: string | null }[];
  answerLetterDate: string | null;
  signatories: string[];
};

/**
 * The letter as the raad receives it: the introduction, each numbered question with its answer, and the
 * signatories. Shared by the portal and the public page; a missing answer says so instead of leaving a gap.
 */
export function QuestionLetter({ letter, headingLevel = 2 }: { letter: Letter; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as "h2" | "h3";
  const Sub = `h${headingLevel + 1}` as "h3" | "h4";
  return (
    <article className="flex max-w-3xl flex-col gap-6">
      <p className="utrecht-paragraph">
        {listInWords(letter.submitters)} ({letter.faction}) {letter.submitters.length === 1 ? "stelde" : "stelden"} op {formatDate(letter.receivedOn)} schriftelijke
        vragen op grond van {letter.rulesArticle} van het Reglement van Orde.
      </p>
      {letter.introduction ? (
        <section aria-labelledby="inleiding" className="flex flex-col gap-2">
          <Heading id="inleiding" className={`utrecht-heading-${headingLevel}`}>Inleiding</Heading>
          <p className="utrecht-paragraph whitespace-pre-line">{letter.introduction}</p>
        </section>
      ) : null}
      <section aria-labelledby="vragen" className="flex flex-col gap-6">
        <Heading id="vragen" className={`utrecht-heading-${headingLevel}`}>Vragen en antwoorden</Heading>
        <ol className="flex flex-col gap-6">
          {letter.items.map((item) => (
            <li key={item.number} className="flex flex-col gap-2 border-l-4 border-border pl-4">
              <Sub className={`utrecht-heading-${headingLevel + 1}`}>Vraag {item.number}</Sub>
              <p className="utrecht-paragraph whitespace-pre-line">{item.question}</p>
              <p className="utrecht-paragraph whitespace-pre-line">
                <strong>Antwoord: </strong>
                {item.answer ?? <em>nog geen antwoord</em>}
              </p>
            </li>
          ))}
        </ol>
      </section>
      {letter.answerLetterDate ? (
        <section aria-labelledby="ondertekening" className="flex flex-col gap-2">
          <Heading id="ondertekening" className={`utrecht-heading-${headingLevel}`}>Ondertekening</Heading>
          <p className="utrecht-paragraph">Het college van burgemeester en wethouders, {formatDate(letter.answerLetterDate)}</p>
          <ul className="utrecht-unordered-list">
            {letter.signatories.map((s) => <li key={s} className="utrecht-unordered-list__item">{s}</li>)}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
