import { z } from 'zod';

// The CSP forbids eval. zod decides when a schema is built whether to compile its parser with
// `new Function`, and that probe alone makes the page report a violation; main.tsx imports this
// module first, so every schema in the bundle is built without it.
z.config({ jitless: true });
