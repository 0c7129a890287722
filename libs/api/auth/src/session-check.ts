import type { NextFunction, Request, Response } from 'express';
import passport from 'passport';
import { isDatabaseUnavailable, Viewer } from '@guildhall/api-core';

/**
 * The request's one look at its credentials, through passport's 'session' strategy
 * (SessionStrategy): `req.user` becomes the viewer, or stays unset when there are no
 * credentials or they are not valid. It fails only when the database cannot answer, so that the
 * caller hears SERVICE_UNAVAILABLE rather than "signed out". Every guard of the request awaits
 * the same look-up.
 */
export function checkSession(req: Request, res: Response): Promise<void> {
  if (!req.sessionCheck) {
    req.sessionCheck = new Promise<void>((resolve, reject) => {
      const authenticate = passport.authenticate('session', { session: false }, (err: unknown, user: Viewer | false | null) => {
        if (err && isDatabaseUnavailable(err)) return reject(err);
        req.user = user || undefined;
        resolve();
      });
      authenticate(req, res, (err?: unknown) => (err ? reject(err) : resolve()));
    });
    // A request refused before any resolver runs (a malformed document) never awaits it.
    req.sessionCheck.catch(() => undefined);
  }
  return req.sessionCheck;
}

/**
 * Starts every GraphQL request's session look-up on arrival, before Apollo runs: FairShare
 * (core) keys a root field's turn by the person, so it must know them before the field's guard
 * runs.
 */
export function checkSessionOnArrival(req: Request, res: Response, next: NextFunction) {
  void checkSession(req, res);
  next();
}
