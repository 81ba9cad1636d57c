import restify from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Config } from './config';
import type { Logger } from './log';
import { KeyedQueue } from './keyedQueue';
import type { ExportLinks } from './domain/stores/exportLinks';

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
  exports?: ExportLinks;
}

const hasId = (value: unknown): boolean => typeof (value as { id?: unknown } | undefined)?.id === 'string' && Boolean((value as { id: string }).id);

/**
 * Why a body is not an activity the bot can answer, or undefined when it is. Checked
 * before the adapter, so a malformed activity is a clean 400 rather than a failed turn
 * (and a reply never goes to a made-up or missing service URL).
 */
export function activityProblem(body: unknown): string | undefined {
  const activity = body as { type?: unknown; channelId?: unknown; conversation?: unknown; from?: unknown; recipient?: unknown; serviceUrl?: unknown } | undefined;
  if (!activity || typeof activity !== 'object' || Array.isArray(activity) || typeof activity.type !== 'string') {
    return 'Expected a Bot Framework activity as a JSON object with a "type".';
  }
  // The bot is a Teams app: its routes, cards and tenant checks assume Teams activities.
  if (activity.channelId !== 'msteams') return 'Only Microsoft Teams activities (channelId "msteams") are served.';
  if (!hasId(activity.conversation) || !hasId(activity.from) || !hasId(activity.recipient)) {
    return 'The activity needs conversation.id, from.id and recipient.id.';
  }
  let serviceUrl: URL | undefined;
  try {
    serviceUrl = typeof activity.serviceUrl === 'string' ? new URL(activity.serviceUrl) : undefined;
  } catch {
    serviceUrl = undefined;
  }
  if (!serviceUrl || (serviceUrl.protocol !== 'https:' && serviceUrl.protocol !== 'http:')) {
    return 'The activity needs an absolute http(s) serviceUrl.';
  }
  return undefined;
}

/** A loopback Host header: localhost, 127.x.y.z or [::1], with or without a port, in any case. */
const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/i;

/**
 * Whether the request reached the bot over TLS: on its own socket, or through a front end
 * that ends TLS and says so (App Service sets X-Forwarded-Proto and X-ARR-SSL).
 */
function arrivedOverHttps(req: restify.Request): boolean {
  const forwardedProto = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim().toLowerCase();
  return req.isSecure() || forwardedProto === 'https' || req.headers['x-arr-ssl'] !== undefined;
}

/**
 * The HTTP surface: `POST /api/messages` for Bot Framework activities and `GET /healthz`.
 * Turns of one conversation run one after another (teams-ai saves state with eTags, so
 * two overlapping turns would otherwise make the second fail on a conflict).
 */
export function createServer({ config, log, adapter, logic, storageKind, version, exports }: Deps): BotServer {
  const server = restify.createServer({ name: 'vl-signin-assistant', handleUncaughtExceptions: false });
  const turns = new KeyedQueue();
  let inFlight = 0;
  let idle: (() => void) | undefined;

  // Without BOT_ID no request is authenticated. A web page can reach 127.0.0.1 by DNS
  // rebinding, but only under its own host name, which the Host header gives away.
  if (!config.botId) {
    server.pre((req, res, next) => {
      if (LOOPBACK_HOST.test(req.headers.host ?? '')) return next();
      res.send(421, { error: 'In local anonymous mode the bot answers only requests addressed to localhost, 127.0.0.1 or [::1].' });
      return next(false);
    });
  }

  server.use(restify.plugins.bodyParser({ maxBodySize: config.maxBodyBytes, mapParams: false, mapFiles: false }));

  server.post('/api/messages', async (req, res) => {
    if (!req.is('json')) {
      res.send(415, { error: 'Expected Content-Type: application/json.' });
      return;
    }
    const problem = activityProblem(req.body);
    if (problem) {
      res.send(400, { error: problem });
      return;
    }
    const activity = req.body as { type: string; conversation: { id: string; conversationType?: string } };
    const conversationId = activity.conversation.id;
    log.debug({ type: activity.type, conversationType: activity.conversation.conversationType }, 'activity received');
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

  // The Agents Playground (and some probes) check the endpoint with HEAD before posting.
  server.head('/api/messages', async (_req, res) => {
    res.send(200);
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok', version, storage: storageKind });
  });

  // One-time CSV downloads for help desks (Teams cannot take a file from a bot in a channel).
  server.get('/exports/:token', async (req, res) => {
    // The token is the only secret of the link: in production it never travels in clear.
    if (config.nodeEnv === 'production' && !arrivedOverHttps(req)) {
      res.send(403, { error: 'Export links are served over https only.' });
      return;
    }
    const found = await exports?.take(String(req.params.token ?? ''));
    if (!found) {
      res.send(404, { error: 'This export link has expired or was already used. Ask the bot to "export" again.' });
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${found.fileName}"`,
      'cache-control': 'no-store',
    });
    res.end(`\uFEFF${found.csv}`);
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
