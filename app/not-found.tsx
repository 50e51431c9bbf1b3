import Link from "next/link";

export default function NotFound() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="utrecht-heading-1">Pagina niet gevonden</h1>
      <p className="utrecht-paragraph">Deze pagina bestaat niet (meer). Controleer het adres of ga naar de startpagina.</p>
      <p className="utrecht-paragraph"><Link className="utrecht-link" href="/">Naar de startpagina</Link></p>
    </div>
  );
}
