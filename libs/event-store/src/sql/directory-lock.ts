// Exclusive ownership of an embedded PGlite data folder by one process. PGlite has no postmaster and no lock of
// its own: two processes on one folder each keep their own copy in memory, issue the same folios and overwrite
// each other's acknowledged payments on disk. The lock is a file beside the folder (`<folder>.lock`, never inside
// it, where PGlite's initdb expects its own files) created with O_EXCL and holding the owner's pid. A lock whose
// pid is no longer alive (the owner was killed) is taken over; a live owner makes the second process refuse.
import { closeSync, linkSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';

export class DirectoryInUseError extends Error {
  constructor(
    readonly directory: string,
    readonly pid: number,
    readonly lockFile: string,
  ) {
    super(
      `La carpeta de datos ${directory} ya está en uso por el proceso ${pid} (otro \`npm start\` o \`npm run start:worker\` ` +
        `sobre el mismo PGLITE_DIR). Detenga ese proceso o use otra carpeta; un worker aparte requiere DATABASE_URL. ` +
        `Si el proceso ${pid} no es de Tesorería Chiapas, borre ${lockFile}.`,
    );
    this.name = 'DirectoryInUseError';
  }
}

/** Folders this process holds, so a lock file left by an earlier process that had our pid (a container restart) is stale. */
const held = new Set<string>();

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function ownerOf(file: string): number | null {
  const pid = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isLive(pid: number | null, directory: string): pid is number {
  if (pid === null) return false;
  if (pid === process.pid) return held.has(directory);
  return pidAlive(pid);
}

/**
 * Takes the folder's lock or throws DirectoryInUseError naming the pid that holds it. Returns the release, which
 * is also run if the process exits without closing the store (not on SIGKILL: the next start sees a dead pid).
 */
export function lockDirectory(dir: string): () => void {
  const directory = resolve(dir);
  const lockFile = `${directory}.lock`;
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const fd = openSync(lockFile, 'wx', 0o644);
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      held.add(directory);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        held.delete(directory);
        process.removeListener('exit', release);
        try {
          if (ownerOf(lockFile) === process.pid) unlinkSync(lockFile);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    let owner: number | null;
    try {
      owner = ownerOf(lockFile);
    } catch {
      continue; // Released between our open and our read: try again.
    }
    if (isLive(owner, directory)) throw new DirectoryInUseError(directory, owner, lockFile);
    // Stale. Two processes may both find it so: each moves it aside under its own name (only one rename can take
    // a given file), then checks that what it moved was really the stale lock and not a fresh one just taken.
    const aside = `${lockFile}.${process.pid}.${attempt}`;
    try {
      renameSync(lockFile, aside);
    } catch {
      continue;
    }
    let moved: number | null = null;
    try {
      moved = ownerOf(aside);
    } catch {
      // Unreadable: treat as stale.
    }
    if (isLive(moved, directory)) {
      try {
        linkSync(aside, lockFile);
      } catch {
        // Someone else holds it now; either way the folder is in use.
      }
      unlinkSync(aside);
      throw new DirectoryInUseError(directory, moved, lockFile);
    }
    unlinkSync(aside);
  }
  throw new Error(`No se pudo tomar el candado de la carpeta de datos ${directory} (${lockFile}); intente de nuevo.`);
}
