# The Dichtbij workshop relay as a service (docs/hosting.md): the built game, the phone page
# and the rooms on PORT, plain HTTP and WebSocket; a TLS-terminating reverse proxy in front
# gives it https:// and wss://. Set PUBLIC_URL to the address people open; set REDIS_URL to
# share rooms between several containers.
#
#   docker build -t dichtbij-relay .
#   docker run -p 127.0.0.1:8080:8080 -e PUBLIC_URL=https://relay.example.org dichtbij-relay

# ---- build: the game (Vite) from the repository ----
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---- run: production dependencies, the built game and the relay's source ----
FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    PORT=8080 \
    HOST=0.0.0.0 \
    DIST_DIR=/app/dist \
    ROOMS_DIR=/data/rooms
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY src ./src
# Rooms kept for a restart when there is no Redis; mount a volume here to keep them.
RUN mkdir -p /data/rooms && chown -R node:node /data
USER node
EXPOSE 8080
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=3s CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/relay-info').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# tests/server/hosted.test.ts runs exactly this command (with its own PORT, DIST_DIR, REDIS_URL).
CMD ["node", "--import", "tsx", "src/server/relay-cli.ts"]
