import type { NextFunction, Request, Response } from 'express';

/**
 * Refuses cross-site requests to /graphql. Browsers send Origin on every cross-site POST, so a
 * request whose Origin is neither this host nor a trusted origin is rejected before it can use
 * the session cookie. Clients without Origin (curl, servers) authenticate with Bearer tokens.
 */
export function sameOriginOnly(trustedOrigins: string[]) {
  const trusted = new Set(trustedOrigins);
  return (req: Request, res: Response, next: NextFunction) => {
    const origin = req.headers.origin;
    const crossSite = req.headers['sec-fetch-site'] === 'cross-site';
    if (!origin && !crossSite) return next();
    if (origin && (trusted.has(origin) || (!crossSite && isSameHost(origin, req)))) return next();
    res.status(403).json({
      errors: [{ message: 'Cross-site requests are not allowed.', extensions: { code: 'FORBIDDEN' } }],
    });
  };
}

function isSameHost(origin: string, req: Request): boolean {
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}
