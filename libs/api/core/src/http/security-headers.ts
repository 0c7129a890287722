import helmet from 'helmet';

/**
 * Security headers on every response (helmet). The Content Security Policy is the second line of
 * defence behind the Markdown sanitiser: only the app's own scripts run, nothing may frame the
 * app, and it talks only to its own origin. Styles may be inline because the component library
 * (Mantine) sets style attributes; images may come from https, as posts link to them.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'https:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The app runs on plain http on a laptop (npm start); TLS and HSTS belong to the proxy in front.
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'same-origin' },
  });
}
