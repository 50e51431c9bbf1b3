import type { Metadata } from "next";
import { cookies } from "next/headers";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { FlashMessage } from "@/components/flash-message";
import { FLASH_COOKIE } from "@/lib/flash";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Apps uit risicolanden", template: "%s | Apps uit risicolanden" },
  description: "Beleid en lijst van apps uit landen met een offensief cyberprogramma.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const flash = (await cookies()).get(FLASH_COOKIE)?.value;
  return (
    <html lang="nl" className="voorbeeld-theme utrecht-theme">
      <body className="utrecht-document utrecht-page-body flex min-h-screen flex-col">
        <a href="#inhoud" className="utrecht-skip-link portal-skip-link">
          Direct naar de inhoud
        </a>
        <SiteHeader />
        <main id="inhoud" tabIndex={-1} className="portal-container w-full flex-1 py-8">
          {flash ? <FlashMessage message={safeDecode(flash)} /> : null}
          {children}
        </main>
        <SiteFooter />
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
