import "@/lib/zod-nl";

// Audit checkpoints are signed; tests use a fixed key instead of a key file in .data/.
process.env.AUDIT_CHECKPOINT_KEY ??= "testsleutel-voor-controlepunten-van-het-auditlog";
