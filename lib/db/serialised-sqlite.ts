// better-sqlite3 gives Prisma ONE connection. Prisma's adapter serialises
// transactions on it, but a write sent outside a transaction while another
// request's transaction is open runs on the same connection, inside that
// transaction: if it rolls back, the unrelated write is lost with it. This
// wrapper makes writes outside a transaction wait until no transaction is open
// (reads go straight through: they cannot be lost). PostgreSQL has a pool and
// does not need this.
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/** How long a write waits for another request's transaction before giving up with an error. */
export const WRITE_WAIT_MS = 15_000;

const READ_ONLY = /^\s*(SELECT|PRAGMA\s+\w+\s*$|EXPLAIN)\b/i;

export function isReadOnlySql(sql: string): boolean {
  return READ_ONLY.test(sql);
}

/** A FIFO lock: one holder at a time. */
class Lock {
  #tail: Promise<void> = Promise.resolve();

  async acquire(timeoutMs: number): Promise<() => void> {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#tail;
    this.#tail = previous.then(() => mine);
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error("SQLite: a write waited too long for another request's transaction (is a write inside a transaction callback using `db` instead of `tx`?)")),
        timeoutMs,
      );
    });
    try {
      await Promise.race([previous, timedOut]);
    } catch (error) {
      // Give our place up once our turn comes, so the queue keeps moving.
      void previous.then(release);
      throw error;
    } finally {
      clearTimeout(timer);
    }
    return release;
  }
}

/** The write lock of this process's Prisma SQLite connection, once it is connected. */
let processWriteLock: { lock: Lock; timeoutMs: number } | undefined;

/**
 * Runs a synchronous write on ANOTHER connection to the same SQLite file (the
 * ballot writer's) while no Prisma transaction is open in this process. Such a
 * write blocks the event loop while SQLite waits for its lock, so it must
 * never wait for a transaction of this process, which could then never end.
 */
export async function withSqliteWriteLock<T>(write: () => T): Promise<T> {
  if (!processWriteLock) return write();
  const release = await processWriteLock.lock.acquire(processWriteLock.timeoutMs);
  try {
    return write();
  } finally {
    release();
  }
}

function serialise(adapter: SqlDriverAdapter, timeoutMs: number): SqlDriverAdapter {
  const lock = new Lock();
  processWriteLock = { lock, timeoutMs };
  const outside = async <T>(query: SqlQuery, run: () => Promise<T>): Promise<T> => {
    if (isReadOnlySql(query.sql)) return run();
    const release = await lock.acquire(timeoutMs);
    try {
      return await run();
    } finally {
      release();
    }
  };
  const wrapTransaction = (tx: Transaction, release: () => void): Transaction => {
    let released = false;
    const done = () => {
      if (!released) {
        released = true;
        release();
      }
    };
    return new Proxy(tx, {
      get(target, prop, receiver) {
        if (prop === "commit" || prop === "rollback") {
          return async () => {
            try {
              await target[prop]();
            } finally {
              done();
            }
          };
        }
        const value = Reflect.get(target, prop, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
  };
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === "queryRaw") return (q: SqlQuery) => outside(q, () => target.queryRaw(q));
      if (prop === "executeRaw") return (q: SqlQuery) => outside(q, () => target.executeRaw(q));
      if (prop === "startTransaction") {
        return async (isolationLevel?: Parameters<SqlDriverAdapter["startTransaction"]>[0]) => {
          const release = await lock.acquire(timeoutMs);
          try {
            return wrapTransaction(await target.startTransaction(isolationLevel), release);
          } catch (error) {
            release();
            throw error;
          }
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

/** Wraps Prisma's better-sqlite3 adapter factory so writes never join another request's transaction. */
export function serialisedSqlite<F extends SqlMigrationAwareDriverAdapterFactory>(factory: F, timeoutMs = WRITE_WAIT_MS): F {
  return new Proxy(factory, {
    get(target, prop, receiver) {
      if (prop === "connect") return async () => serialise(await target.connect(), timeoutMs);
      if (prop === "connectToShadowDb") return async () => serialise(await target.connectToShadowDb(), timeoutMs);
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
