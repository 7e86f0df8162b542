import { z } from 'zod';

/** Debian's `fonts-droid-fallback`: a TrueType CJK font (simplified and traditional) that pdf-lib subsets quickly. */
export const DEFAULT_CJK_FONT = '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf';

const intFromEnv = (def: number) => z.coerce.number().int().nonnegative().default(def);

/** Environment the server reads (docs/protocol.md, "Environment"); parsed once in main.ts. */
/** A comma-separated variable as a list (blanks dropped), each item checked against `item`. */
const commaList = (item: RegExp, message: string) =>
  z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(item, message)));

export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/.+/, 'must look like redis://host:port')
    .optional(),
  SEED: z.enum(['demo', 'full', 'none']).default('demo'),
  ORGANIZER_EMAIL: z.email().default('organizer@pavilion.expo'),
  ORGANIZER_PASSWORD: z.string().min(8).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  REGISTER_LIMIT: intFromEnv(30),
  LOGIN_LIMIT: intFromEnv(60),
  /** Sign-in attempts on one account from one address before each further one waits 2^(n-this) s (0 = no delays). */
  LOGIN_FREE_FAILURES: intFromEnv(3),
  /** The longest wait between sign-in attempts on one account from one address, in seconds. */
  LOGIN_MAX_DELAY_S: intFromEnv(900),
  /**
   * log2 of scrypt's N for new password hashes (17 = 2^17, the production floor). Lower only for
   * throwaway test servers; the server warns at start when it is below 17.
   */
  PASSWORD_HASH_COST: z.coerce.number().int().min(10).max(20).default(17),
  SOCKETS_PER_IP: intFromEnv(100),
  SEARCH_LIMIT: intFromEnv(120),
  /** Recommendation and matching-needs reads one user may make per minute, across the cluster (0 = unlimited). */
  RECOMMENDATION_LIMIT: intFromEnv(120),
  /** Offers one negotiation may receive per hour (both sides; 0 = unlimited). */
  OFFERS_PER_NEGOTIATION_PER_HOUR: intFromEnv(60),
  /** Offers one user may make per minute across negotiations (0 = unlimited). */
  OFFERS_PER_USER_PER_MINUTE: intFromEnv(20),
  /** Bid attempts (accepted or refused) per bidder per auction per 10 s; 0 = unlimited. */
  AUCTION_BID_LIMIT: intFromEnv(30),
  /** Unanswered questions one user may have in a session's Q&A; 0 = unlimited. */
  SESSION_OPEN_QUESTION_LIMIT: intFromEnv(5),
  /** Questions one user may ask per session per minute; 0 = unlimited. */
  SESSION_QUESTION_RATE_LIMIT: intFromEnv(5),
  DATA_DIR: z.string().default('data'),
  /**
   * Where uploaded files live (content-addressed, see server/src/files/); every node of a cluster must see
   * the same directory. Default: `<DATA_DIR>/files`.
   */
  FILES_DIR: z.string().optional(),
  TRUST_PROXY: z.string().optional(),
  /** Comma-separated origins whose pages may open a socket; empty = the app's own origin (see HandshakeOriginPolicy). */
  ALLOWED_ORIGINS: commaList(/^https?:\/\/[^/\s]+$/, 'each origin must look like https://host[:port], without a path'),
  /** When set, GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Comma-separated STUN URLs for live video (a `turn:` URL here gets no credentials: use TURN_URLS); empty = none. */
  STUN_URLS: commaList(/^(stun|turns?):/, 'each URL must start with stun:, turn: or turns:'),
  /**
   * Comma-separated TURN URLs (coturn with `use-auth-secret`): each participant gets them with a credential of its
   * own made from TURN_SECRET, valid TURN_TTL_S. Empty = no TURN.
   */
  TURN_URLS: commaList(/^turns?:/, 'each URL must start with turn: or turns:'),
  /** coturn's `static-auth-secret`: the key TURN credentials are signed with (required with TURN_URLS). */
  TURN_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /** How long a TURN credential is good for, in seconds (coturn checks it when a call allocates; a longer call keeps going). */
  TURN_TTL_S: z.coerce
    .number()
    .int()
    .min(60)
    .max(7 * 86_400)
    .default(3600),
  /**
   * Janus WebSocket API URLs (comma-separated) for live video through an SFU; unset = a local Janus where one can
   * be started; `off` = peer-to-peer only.
   */
  JANUS_URL: z
    .string()
    .default('')
    .transform((v) =>
      v === 'off'
        ? ['off']
        : v
            .split(',')
            .map((u) => u.trim())
            .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^(wss?:\/\/.+|off)$/, 'each URL must start with ws:// or wss:// (or the whole value be off)'))),
  /**
   * The UDP range of the private Janus `npm start` runs (`first-last`): each peer connection (a host or a viewer) takes
   * one port of it, so it caps the connections that Janus holds at once.
   */
  JANUS_RTP_PORTS: z
    .string()
    .default('20000-20199')
    .refine((v) => {
      const m = /^(\d{4,5})-(\d{4,5})$/.exec(v);
      return m !== null && Number(m[1]) >= 1024 && Number(m[1]) <= Number(m[2]) && Number(m[2]) <= 65535;
    }, 'must be a port range like 20000-20199 (1024-65535)'),
  /** The VideoRoom admin key and token-signing secret of the `JANUS_URL` servers (both set to this value). */
  JANUS_ADMIN_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Where this node reads the `JANUS_URL` servers' recordings (a shared volume); unset = no recordings from them. */
  JANUS_RECORDINGS_DIR: z.string().optional(),
  /** Where Janus writes recordings, as the Janus machine sees that same volume (default: JANUS_RECORDINGS_DIR). */
  JANUS_REC_DIR: z.string().optional(),
  /** A TrueType CJK font for Chinese text in PDFs (watermarks, printed contracts); missing = `?` and one warning. */
  PDF_CJK_FONT: z.string().default(DEFAULT_CJK_FONT),
  NODE_ID: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,40}$/)
    .optional(),
});
/** Parsed configuration. */
export type Config = z.infer<typeof ConfigSchema>;

/** Parses env, or throws one readable line per bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  // An empty variable means "not set".
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const r = ConfigSchema.safeParse(given);
  if (!r.success) {
    throw new Error(`bad environment: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  if (r.data.TURN_URLS.length > 0 && !r.data.TURN_SECRET) {
    throw new Error('bad environment: TURN_SECRET: required with TURN_URLS (coturn’s static-auth-secret)');
  }
  return r.data;
}
