import type { Metadata } from "next";
import { cookies } from "next/headers";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { FlashMessage } from "@/components/flash-message";
import { getOrganisation } from "@/db/queries/organisation";
import { getViewer } from "@/lib/auth/session";
import { FLASH_COOKIE } from "@/lib/flash";
import { mainMenuFor } from "@/lib/navigation";
import { logoutAction } from "./(auth)/uitloggen/actions";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Apps uit risicolanden", template: "%s | Apps uit risicolanden" },
  description: "Beleid en lijst van apps uit landen met een offensief cyberprogramma.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [organisation, viewer, cookieStore] = await Promise.all([getOrganisation(), getViewer(), cookies()]);
  const flash = cookieStore.get(FLASH_COOKIE)?.value;
  return (
    <html lang="nl" className="voorbeeld-theme utrecht-theme">
      <body className="utrecht-document utrecht-page-body flex min-h-screen flex-col">
        <a href="#inhoud" className="utrecht-skip-link portal-skip-link">
          Direct naar de inhoud
        </a>
        <SiteHeader
          organisationName={organisation.name}
          viewerName={viewer?.name ?? null}
          links={mainMenuFor(viewer?.roles ?? null)}
          logoutAction={logoutAction}
        />
        <main id="inhoud" tabIndex={-1} className="portal-container w-full flex-1 py-8">
          {/* A fresh key per server render: the same message after a later action shows again. */}
          {flash ? <FlashMessage key={crypto.randomUUID()} message={safeDecode(flash)} /> : null}
          {children}
        </main>
        <SiteFooter organisationName={organisation.name} />
      </body>
    </html>
  );
}

function safeDecode(value: string) {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
