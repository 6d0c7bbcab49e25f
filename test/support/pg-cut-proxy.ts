import { AddressInfo, connect, createServer, Server, Socket } from 'node:net';

/**
 * A TCP proxy in front of PostgreSQL that can lose a connection at the worst moment for a client:
 * right after the server committed a transaction, before the client hears that it did (an
 * ambiguous commit). It reads PostgreSQL's wire protocol (framing, Parse and Bind messages): once
 * armed with `cutAfterCommitOf(trigger, skip)`, the connection that next binds the prepared
 * statement named by the trigger (or parses SQL containing its text), after `skip` such
 * messages, is closed in place of the server's next ReadyForQuery in state idle, i.e. after the
 * commit of the transaction (explicit, or the statement's own implicit one) that ran it.
 * Everything before that message is forwarded; the message and everything after it is not.
 * `beforeCut` runs between the commit and the cut (e.g. another client changes what the retry
 * will read); the connection is closed when it has settled.
 */
/** What arms a cut: a Bind of the named prepared statement, or a Parse whose SQL contains `text`. */
export type CutTrigger = { statement: string } | { text: string };

export class PgCutProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  private armed: CutTrigger | null = null;
  private skip = 0;
  private beforeCut: (() => Promise<unknown>) | undefined;
  /** Errors thrown by beforeCut hooks. */
  readonly hookErrors: unknown[] = [];
  /** Connections closed after a commit so far. */
  cuts = 0;
  /** The text parameters of each Bind that led to a cut (null for a NULL or binary one). */
  readonly cutBinds: Array<Array<string | null>> = [];

  /** Listens on a free local port; returns `databaseUrl` with its host and port replaced. */
  async start(databaseUrl: string): Promise<string> {
    const target = new URL(databaseUrl);
    const port = Number(target.port || 5432);
    // `?host=/dir` is a Unix socket directory (the embedded server's); else TCP to the URL's host.
    const socketDir = target.searchParams.get('host');
    const connectTarget = () => (socketDir ? connect(`${socketDir}/.s.PGSQL.${port}`) : connect(port, target.hostname));
    this.server = createServer((client) => this.relay(client, connectTarget()));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const proxied = new URL(databaseUrl);
    proxied.searchParams.delete('host');
    proxied.hostname = '127.0.0.1';
    proxied.port = String((this.server.address() as AddressInfo).port);
    return proxied.toString();
  }

  cutAfterCommitOf(trigger: CutTrigger, skip = 0, beforeCut?: () => Promise<unknown>): void {
    this.armed = trigger;
    this.skip = skip;
    this.beforeCut = beforeCut;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private relay(client: Socket, server: Socket): void {
    for (const socket of [client, server]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    const close = () => {
      client.destroy();
      server.destroy();
    };
    client.on('close', close);
    server.on('close', close);

    let watching = false;
    // Client → server: the startup message has no type byte; every later message has one.
    let started = false;
    let fromClient = Buffer.alloc(0);
    client.on('data', (chunk: Buffer) => {
      server.write(chunk);
      fromClient = Buffer.concat([fromClient, chunk]);
      for (;;) {
        const header = started ? 5 : 4;
        if (fromClient.length < header) return;
        const length = fromClient.readUInt32BE(started ? 1 : 0) + (started ? 1 : 0);
        if (fromClient.length < length) return;
        if (started && this.armed !== null) {
          const message = fromClient.subarray(0, length);
          const armed = this.armed;
          const bind = message[0] === 0x42 /* Bind */ && 'statement' in armed ? parseBind(message) : null;
          const hit =
            'statement' in armed
              ? bind?.statement === armed.statement
              : message[0] === 0x50 /* Parse */ && parseText(message).includes(armed.text);
          if (hit && this.skip-- === 0) {
            this.armed = null;
            watching = true;
            if (bind) this.cutBinds.push(bind.parameters);
          }
        }
        started = true;
        fromClient = fromClient.subarray(length);
      }
    });
    // Server → client: forwarded message by message, so the cut falls exactly before one.
    let fromServer = Buffer.alloc(0);
    server.on('data', (chunk: Buffer) => {
      fromServer = Buffer.concat([fromServer, chunk]);
      let end = 0;
      while (fromServer.length - end >= 5) {
        const length = fromServer.readUInt32BE(end + 1) + 1;
        if (fromServer.length - end < length) break;
        const readyForQueryIdle = fromServer[end] === 0x5a /* Z */ && fromServer[end + 5] === 0x49; /* I */
        if (watching && readyForQueryIdle) {
          client.write(fromServer.subarray(0, end));
          watching = false;
          server.pause();
          server.removeAllListeners('data');
          const hook = this.beforeCut;
          this.beforeCut = undefined;
          void (async () => {
            try {
              await hook?.();
            } catch (error) {
              this.hookErrors.push(error);
            }
            this.cuts++;
            close();
          })();
          return;
        }
        end += length;
      }
      client.write(fromServer.subarray(0, end));
      fromServer = fromServer.subarray(end);
    });
  }
}

/** A Parse message's SQL text (after the statement name). */
function parseText(message: Buffer): string {
  const nameEnd = message.indexOf(0, 5);
  return message.toString('utf8', nameEnd + 1, message.indexOf(0, nameEnd + 1));
}

/** A Bind message: portal and statement names, format codes, then the parameters. */
function parseBind(message: Buffer): { statement: string; parameters: Array<string | null> } {
  let at = message.indexOf(0, 5) + 1; // past the portal name
  const nameEnd = message.indexOf(0, at);
  const statement = message.toString('utf8', at, nameEnd);
  at = nameEnd + 1;
  const formatCount = message.readUInt16BE(at);
  const formats = Array.from({ length: formatCount }, (_, i) => message.readUInt16BE(at + 2 + 2 * i));
  at += 2 + 2 * formatCount;
  const parameters: Array<string | null> = [];
  const count = message.readUInt16BE(at);
  at += 2;
  for (let i = 0; i < count; i++) {
    const length = message.readInt32BE(at);
    at += 4;
    const binary = (formatCount === 1 ? formats[0] : (formats[i] ?? 0)) === 1;
    parameters.push(length < 0 || binary ? null : message.toString('utf8', at, at + length));
    at += Math.max(0, length);
  }
  return { statement, parameters };
}
