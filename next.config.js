/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "playwright-core", "happy-dom"],
  poweredByHeader: false,
  experimental: {
    authInterrupts: true,
    serverActions: { bodySizeLimit: "10mb" },
  },
};

export default nextConfig;
