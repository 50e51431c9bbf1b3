export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { prepareDatabase } = await import("@/lib/server-start");
    try {
      await prepareDatabase();
    } catch (error) {
      // A server without its database would only answer with errors: stop and say why.
      console.error("Het portaal kan niet starten: de database is niet klaar.", error);
      process.exit(1);
    }
  }
}
