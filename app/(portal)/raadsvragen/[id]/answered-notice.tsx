import Link from "next/link";

/** Shown instead of a form once the answer letter is published: nothing about the raadsvraag changes any more. */
export function AnsweredNotice({ id }: { id: number }) {
  return (
    <div className="utrecht-alert utrecht-alert--info max-w-3xl" role="status">
      <p className="utrecht-paragraph">
        De antwoordbrief is gepubliceerd. De vragen en antwoorden veranderen daarna niet meer.{" "}
        <Link className="utrecht-link" href={`/raadsvragen/${id}`}>Terug naar de raadsvraag</Link>
      </p>
    </div>
  );
}
