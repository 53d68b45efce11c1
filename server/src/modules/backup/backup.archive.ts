import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { extract, pack } from 'tar-stream';

/**
 * A backup archive (SPEC 8.1): a tar of `manifest.json`, its SHA-256 in `manifest.json.sha256`,
 * the database snapshot and the uploaded files under `uploads/`. The manifest names every other
 * member with its size and SHA-256, so a copy is checked member by member before anything is
 * restored from it.
 */

export type ArchiveMember = { name: string; size: number; sha256: string };

export type Manifest = {
  format: 1;
  product: { name: string; version: string };
  /** The migrations the database had: an archive with more than the product knows is from a newer release. */
  schema: { migrations: number; last: string | null };
  database: 'pglite' | 'postgres';
  createdAt: string;
  rowCounts: Record<string, number>;
  auditChain: { seq: number; hash: string };
  members: ArchiveMember[];
};

export const MANIFEST = 'manifest.json';
const MANIFEST_HASH = 'manifest.json.sha256';
export const DATABASE_MEMBER = { pglite: 'database/pgdata.tar.gz', postgres: 'database/postgres.dump' } as const;
export const UPLOADS = 'uploads/';

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A member's name as the archive may hold it: the database's, or one uploaded file, never a path out. */
export function safeMemberName(name: string): boolean {
  if (name === MANIFEST || name === MANIFEST_HASH || Object.values(DATABASE_MEMBER).includes(name as never))
    return true;
  return name.startsWith(UPLOADS) && /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/.test(name.slice(UPLOADS.length));
}

/** Writes the archive: the manifest (with each member's size and hash), then the members from their files. */
export async function writeArchive(
  path: string,
  manifest: Omit<Manifest, 'members'>,
  files: ReadonlyArray<{ name: string; path: string }>,
): Promise<Manifest> {
  const members: ArchiveMember[] = [];
  for (const file of files) {
    if (!safeMemberName(file.name)) throw new Error(`not a member an archive may hold: ${file.name}`);
    members.push({ name: file.name, size: (await stat(file.path)).size, sha256: await sha256OfFile(file.path) });
  }
  const full: Manifest = { ...manifest, members };
  const manifestBytes = Buffer.from(JSON.stringify(full, null, 2));
  const tar = pack();
  const written = pipeline(tar, createWriteStream(path));
  const add = (name: string, bytes: Buffer) =>
    new Promise<void>((resolve, reject) =>
      tar.entry({ name, size: bytes.length }, bytes, (e) => (e ? reject(e) : resolve())),
    );
  await add(MANIFEST, manifestBytes);
  await add(MANIFEST_HASH, Buffer.from(`${sha256Of(manifestBytes)}\n`));
  for (const [i, file] of files.entries()) {
    const member = members[i] as ArchiveMember;
    await new Promise<void>((resolve, reject) => {
      const entry = tar.entry({ name: member.name, size: member.size }, (e) => (e ? reject(e) : resolve()));
      createReadStream(file.path).on('error', reject).pipe(entry);
    });
  }
  tar.finalize();
  await written;
  return full;
}

export type ArchiveCheck = { manifest: Manifest | null; problems: string[] };

/**
 * Reads the whole archive once and checks it: the manifest against its hash, then every member
 * against the manifest's size and SHA-256; a member missing, extra or damaged is named. With
 * `into`, each good member is also written there (the database's under its name, uploads into
 * `into.uploads`), which a restore does only after a check found nothing wrong.
 */
export async function readArchive(path: string, into?: { database: string; uploads: string }): Promise<ArchiveCheck> {
  const problems: string[] = [];
  let manifestBytes: Buffer | null = null;
  let manifest: Manifest | null = null;
  const seen = new Set<string>();
  const reader = extract();
  reader.on('entry', (header, stream, next) => {
    const name = header.name;
    const done = (error?: unknown) => (error ? reader.destroy(error as Error) : next());
    if (!safeMemberName(name)) {
      problems.push(`${name}：不属于备份的内容`);
      stream.resume();
      stream.on('end', () => next());
      return;
    }
    if (name === MANIFEST || name === MANIFEST_HASH) {
      const chunks: Buffer[] = [];
      stream.on('data', (c) => chunks.push(c as Buffer));
      stream.on('end', () => {
        const bytes = Buffer.concat(chunks);
        if (name === MANIFEST) manifestBytes = bytes;
        else if (!manifestBytes || bytes.toString().trim() !== sha256Of(manifestBytes)) {
          problems.push(`${MANIFEST}：校验值不符，清单已损坏`);
        } else {
          try {
            manifest = JSON.parse(manifestBytes.toString()) as Manifest;
          } catch {
            problems.push(`${MANIFEST}：无法读取`);
          }
        }
        next();
      });
      return;
    }
    const expected = (manifest as Manifest | null)?.members.find((m) => m.name === name);
    seen.add(name);
    const hash = createHash('sha256');
    let size = 0;
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      },
    });
    const target = into
      ? name.startsWith(UPLOADS)
        ? join(into.uploads, name.slice(UPLOADS.length))
        : into.database
      : null;
    const sink = async () => {
      if (!target) return new Writable({ write: (_chunk, _encoding, callback) => callback() });
      await mkdir(dirname(target), { recursive: true });
      return createWriteStream(target);
    };
    sink()
      .then((out) => pipeline(stream, counted, out))
      .then(() => {
        const sha = hash.digest('hex');
        if (!expected) problems.push(`${name}：清单中没有这一项`);
        else if (expected.size !== size || expected.sha256 !== sha) problems.push(`${name}：校验值不符，已损坏`);
        next();
      }, done);
  });
  try {
    await pipeline(createReadStream(path), reader);
  } catch (error) {
    problems.push(`归档已损坏，无法读取（${error instanceof Error ? error.message : String(error)}）`);
  }
  const found = manifest as Manifest | null;
  if (!found) {
    if (!problems.some((p) => p.startsWith(MANIFEST))) problems.push(`${MANIFEST}：缺失或已损坏`);
    return { manifest: null, problems };
  }
  for (const member of found.members) if (!seen.has(member.name)) problems.push(`${member.name}：缺失`);
  return { manifest: found, problems };
}
