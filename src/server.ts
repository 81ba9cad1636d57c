import restify from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Config } from './config';
import type { Logger } from './log';
import { KeyedQueue } from './keyedQueue';

export interface BotServer {
  /** Resolves with the bound URL once listening. */
  listen(): Promise<string>;
  /** Stops accepting connections and resolves when every turn in flight has finished. */
  drain(timeoutMs: number): Promise<void>;
}

interface Deps {
  config: Config;
  log: Logger;
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  storageKind: string;
  version: string;
}

/**
 * The HTTP surface: `POST /api/messages` for Bot Framework activities and `GET /healthz`.
 * Turns of one conversation run one after another (teams-ai saves state with eTags, so
 * two overlapping turns would otherwise make the second fail on a conflict).
 */
export function createServer({ config, log, adapter, logic, storageKind, version }: Deps): BotServer {
  const server = restify.createServer({ name: 'vl-signin-assistant', handleUncaughtExceptions: false });
  const turns = new KeyedQueue();
  let inFlight = 0;
  let idle: (() => void) | undefined;

  server.use(restify.plugins.bodyParser({ maxBodySize: config.maxBodyBytes, mapParams: false, mapFiles: false }));

  server.post('/api/messages', async (req, res) => {
    if (!req.is('json')) {
      res.send(415, { error: 'Expected Content-Type: application/json.' });
      return;
    }
    const body = req.body as { type?: unknown; conversation?: { id?: unknown } } | undefined;
    if (!body || typeof body !== 'object' || typeof body.type !== 'string') {
      res.send(400, { error: 'Expected a Bot Framework activity as a JSON object with a "type".' });
      return;
    }
    const conversationId = typeof body.conversation?.id === 'string' ? body.conversation.id : '';
    inFlight += 1;
    try {
      await turns.run(conversationId, () => adapter.process(req, res, logic));
    } catch (error) {
      log.error({ err: error }, 'request failed');
      if (!res.headersSent) res.send(500);
    } finally {
      inFlight -= 1;
      if (inFlight === 0) idle?.();
    }
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok', version, storage: storageKind });
  });

  server.on('restifyError', (req, _res, err, callback) => {
    log.warn({ status: err.statusCode, method: req.method, url: req.url, reason: err.message }, 'request rejected');
    return callback();
  });

  return {
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.port, config.host, () => resolve(server.url.replace('[::]', 'localhost')));
      }),
    drain: (timeoutMs) =>
      new Promise((resolve) => {
        server.server.close();
        server.server.closeIdleConnections?.();
        if (inFlight === 0) return resolve();
        const timer = setTimeout(resolve, timeoutMs);
        idle = () => {
          clearTimeout(timer);
          resolve();
        };
      }),
  };
}
