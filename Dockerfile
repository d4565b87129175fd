# syntax=docker/dockerfile:1
# Diana in a container: the bundle and the web console built in one stage, production dependencies installed
# in another, both copied into a small runtime image that runs as the unprivileged `node` user. Build: docker build -t diana . ; run: see docs/deploy.md.

FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY console ./console
# What `npm start` serves: the bundle of the sources (run with plain node) and the web console.
RUN node src/cli/build.mjs

FROM node:20-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: the embedded database's template is made on first use (DATABASE_URL needs none).
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM node:20-alpine AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --chown=node:node package.json tsconfig.json ./
COPY --chown=node:node src ./src
COPY --chown=node:node content ./content
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/console/dist ./console/dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# Liveness: /health answers while the process serves HTTP (readiness, /ready, is for the load balancer).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Exec form: SIGTERM reaches node itself, which stops within 10 s.
CMD ["node", "--max-semi-space-size=8", "--liftoff-only", "--enable-source-maps", "dist/main.mjs"]
