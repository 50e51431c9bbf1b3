import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline (19 MiB, 2 passes); the library's default algorithm is argon2id.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Verifying against a fixed hash when the account does not exist keeps the response time the same.
const unknownUserHash = "$argon2id$v=19$m=19456,t=2,p=1$iRKSeTYwnHfbD36428dIQg$1Rn/ogCCYypZ8Ta0JRMpEmwLCOrZqWcVY9Pl3ynfR5s";

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash ?? unknownUserHash, password);
  } catch {
    return false;
  }
}
