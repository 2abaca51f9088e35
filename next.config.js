/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "playwright-core", "happy-dom"],
  poweredByHeader: false,
  experimental: {
    authInterrupts: true,
    // Uploads may be 10 MiB; a little more leaves room for the form's other fields, so that
    // the size check in the action, with its clear message, is the one that refuses.
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default nextConfig;
