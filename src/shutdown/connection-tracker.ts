import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Tracks the connections that were accepted but have not delivered a request yet, so shutdown
 * can wait for them before closing idle connections (Node counts them as idle and resets them).
 */
export class ConnectionTracker {
  private readonly awaitingFirstRequest = new Set<Socket>();

  constructor(server: Server) {
    server.on('connection', (socket: Socket) => {
      this.awaitingFirstRequest.add(socket);
      socket.once('close', () => this.awaitingFirstRequest.delete(socket));
    });
    server.on('request', (request) => this.awaitingFirstRequest.delete(request.socket));
  }

  /** Resolves once no accepted connection is still waiting for its first request, or after `maxMs`. */
  async settled(maxMs: number, pollMs = 25): Promise<void> {
    const deadline = Date.now() + maxMs;
    while (this.awaitingFirstRequest.size > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
}
