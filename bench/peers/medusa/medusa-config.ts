import { defineConfig } from "@medusajs/framework/utils"

// The smallest production-like setup: PostgreSQL, no admin dashboard (the benchmark drives the store API only),
// in-memory event bus, cache and workflow engine (Medusa's defaults without Redis, as Aisle runs without one).
module.exports = defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    http: {
      storeCors: "http://localhost",
      adminCors: "http://localhost",
      authCors: "http://localhost",
      jwtSecret: process.env.JWT_SECRET || "bench-secret",
      cookieSecret: process.env.COOKIE_SECRET || "bench-secret",
    },
  },
  admin: { disable: true },
})
