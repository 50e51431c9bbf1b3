"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { oidcConfig } from "@/lib/auth/oidc/config";
import { OIDC_PROVIDER_ID } from "@/lib/auth/oidc/provider";
import { signIn } from "@/lib/auth/next-auth";

/** Sends the browser to the identity provider; a plain form post, so it works without JavaScript too. */
export async function organisationLoginAction() {
  if (!oidcConfig()) redirect("/inloggen");
  try {
    await signIn(OIDC_PROVIDER_ID, { redirectTo: "/overzicht" });
  } catch (error) {
    // The provider could not be reached (discovery failed); the redirect to the provider itself must pass through.
    if (error instanceof AuthError) {
      console.error(error);
      redirect("/inloggen?error=ProviderUnavailable");
    }
    throw error;
  }
}
