import { createDecipheriv, scrypt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';

/**
 * The recovery recipe of docs/vault-format.md, written from the document alone: Node's crypto to
 * unwrap the data key, then SQLCipher 4 settings to open the file. It imports nothing of the app.
 */
export async function unwrapDataKeyWithPassphrase(vaultPath: string, passphrase: string): Promise<Buffer> {
  const vault = JSON.parse(readFileSync(vaultPath, 'utf8'));
  for (const slot of vault.slots.filter((candidate: { kind: string }) => candidate.kind === 'passphrase')) {
    const { N, r, p, salt } = slot.kdf;
    const wrappingKey = await new Promise<Buffer>((resolve, reject) =>
      scrypt(
        Buffer.from(passphrase.normalize('NFC'), 'utf8'),
        Buffer.from(salt, 'base64'),
        32,
        { N, r, p, maxmem: 512 * 1024 * 1024 },
        (error, key) => (error ? reject(error) : resolve(key)),
      ),
    );
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(slot.nonce, 'base64'));
    decipher.setAAD(Buffer.from(`xinqing-vault/v1/${slot.id}/${vault.databaseId}`, 'utf8'));
    decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(slot.ciphertext, 'base64')), decipher.final()]);
    } catch {
      continue;
    }
  }
  throw new Error('no passphrase slot opened');
}

export async function openWithRecipe(paths: { vault: string; database: string }, passphrase: string) {
  const key = await unwrapDataKeyWithPassphrase(paths.vault, passphrase);
  const connection = new Database(paths.database, { fileMustExist: true });
  connection.pragma("cipher = 'sqlcipher'");
  connection.pragma('legacy = 4');
  connection.pragma(`key = "x'${key.toString('hex')}'"`);
  key.fill(0);
  return connection;
}
