/**
 * What an Intune app inventory cannot show. Without this, "geen overtreding" reads as proof, and for
 * these devices it is not: the MDM never sees the apps a person installs outside management.
 */
export function BlindSpots() {
  return (
    <section aria-labelledby="blinde-vlekken" className="portal-notice flex max-w-3xl flex-col gap-3">
      <h2 id="blinde-vlekken" className="utrecht-heading-2">Wat de inventaris niet laat zien</h2>
      <p className="utrecht-paragraph">Het MDM ziet niet alle apps. Voor deze apparaten is &lsquo;geen overtreding&rsquo; dus geen bewijs dat er geen app van de lijst op staat:</p>
      <ul className="utrecht-unordered-list">
        <li className="utrecht-unordered-list__item">
          <strong>Eigen telefoons en tablets (BYOD).</strong> Van een privé-apparaat meldt het MDM alleen de apps die de gemeente beheert. Apps die iemand zelf installeert, ziet het MDM niet.
        </li>
        <li className="utrecht-unordered-list__item">
          <strong>Android met een werkprofiel (Android Enterprise).</strong> Het MDM ziet alleen de apps in het werkprofiel, niet de apps in het persoonlijke deel.
        </li>
        <li className="utrecht-unordered-list__item">
          <strong>Volledig beheerde Android-apparaten.</strong> Intune meldt van deze apparaten vaak helemaal geen apps. Ze tellen mee als apparaat, maar niet als bewijs.
        </li>
        <li className="utrecht-unordered-list__item">
          <strong>Apparaten die niet in de inventaris staan.</strong> De dekking hierboven zegt hoeveel beheerde apparaten in de inventaris staan. De rest is niet gecontroleerd.
        </li>
      </ul>
      <p className="utrecht-paragraph">Wilt u zekerheid? Blokkeer de apps in het MDM met een export van de lijst, en vraag mensen met een eigen apparaat de apps zelf te controleren.</p>
    </section>
  );
}
