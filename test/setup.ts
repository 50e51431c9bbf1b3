import "@/lib/zod-nl";

// Audit checkpoints are signed; tests use a fixed key instead of a key file in .data/.
process.env.AUDIT_CHECKPOINT_KEY ??= "testsleutel-voor-controlepunten-van-het-auditlog";

// Tests send X-Forwarded-For as a reverse proxy on this machine would; lib/request.test.ts covers the rest.
process.env.TRUSTED_PROXIES ??= "127.0.0.1";
