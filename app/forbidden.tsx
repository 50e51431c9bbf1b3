import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="utrecht-heading-1">Geen toegang</h1>
      <p className="utrecht-paragraph">U heeft geen toestemming om deze pagina te bekijken. Denkt u dat dit niet klopt? Neem contact op met de beheerder van het portaal.</p>
      <p className="utrecht-paragraph"><Link className="utrecht-link" href="/overzicht">Naar uw overzicht</Link></p>
    </div>
  );
}
