/** @type {import('next').NextConfig} */
const nextConfig = {
  // wink-nlp and its English model are plain CommonJS with a multi-megabyte JSON model: loaded
  // from node_modules as they are, not bundled.
  serverExternalPackages: [
    "better-sqlite3",
    "@node-rs/argon2",
    "playwright-core",
    "happy-dom",
    "wink-nlp",
    "wink-eng-lite-web-model",
  ],
  poweredByHeader: false,
  // The headers that are the same for every response, static files and server actions
  // included; the content security policy and HSTS are set per request (proxy.ts, and
  // app/api/_http/security.ts for the API).
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
  experimental: {
    authInterrupts: true,
    // Uploads may be 10 MiB; a little more leaves room for the form's other fields, so that
    // the size check in the action, with its clear message, is the one that refuses.
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default nextConfig;
