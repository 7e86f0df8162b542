import type { IncomingMessage } from 'node:http';
import proxyAddr from 'proxy-addr';

/** The `TRUST_PROXY` setting: a hop count, true/false, or a comma list of addresses, subnets or proxy-addr names. */
export type TrustProxySetting = boolean | number | string | undefined;

/** Whether the hop at `hop` (0 = the peer of the TCP connection) with address `addr` is a trusted proxy. */
export type ProxyTrustFn = (addr: string, hop: number) => boolean;

/**
 * Who is on the other end of a request, decided once for REST and sockets alike.
 *
 * Express gets `trust` as its `trust proxy` setting, so `req.ip`/`req.protocol` and the socket
 * handshake's address/protocol come from the same compiled rule: a rate limit or a per-IP cap cannot be
 * dodged on one side with a header the other side ignores. With one trusted hop the address is the
 * entry nginx appended to `X-Forwarded-For` (the rightmost); everything left of it is whatever the
 * client sent and is never believed.
 */
export class ClientAddressResolver {
  readonly trust: ProxyTrustFn;

  constructor(setting: TrustProxySetting) {
    this.trust = compileTrust(setting);
  }

  /** The client's address: the peer itself, or the first untrusted entry of `X-Forwarded-For` walking from the right. */
  addressOf(req: IncomingMessage): string {
    return proxyAddr(req, this.trust);
  }

  /** `https` or `http`: from `X-Forwarded-Proto` only when the direct peer is a trusted proxy (as Express does). */
  protocolOf(req: IncomingMessage): 'http' | 'https' {
    const own = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
    if (!this.trust(req.socket.remoteAddress ?? '', 0)) return own;
    const given = req.headers['x-forwarded-proto'];
    const first = (typeof given === 'string' ? given : own).split(',')[0]?.trim().toLowerCase();
    return first === 'https' ? 'https' : first === 'http' ? 'http' : own;
  }
}

// The same reading of the setting as Express's own compileTrust, so handing Express the function changes nothing.
function compileTrust(setting: TrustProxySetting): ProxyTrustFn {
  if (setting === undefined || setting === false) return () => false;
  if (setting === true) return () => true;
  if (typeof setting === 'number') return (_addr, hop) => hop < setting;
  return proxyAddr.compile(
    setting
      .split(',')
      .map((v) => v.trim())
      .filter(Boolean),
  );
}
