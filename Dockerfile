# One app node: builds shared + server + client, serves on 3000. Redis comes from REDIS_URL.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY server/package.json server/
COPY client/package.json client/
COPY e2e/package.json e2e/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# Janus (the compose `janus` service runs it), the tools the nodes use to turn recordings into replays, and the
# TrueType CJK font PDFs embed (PDF_CJK_FONT).
RUN apt-get update && apt-get install -y --no-install-recommends janus janus-tools mkvtoolnix fonts-droid-fallback && rm -rf /var/lib/apt/lists/*
COPY --from=build /app /app
# The file store's mount point, owned by the user the node runs as (a new named volume takes this ownership).
RUN mkdir -p /app/data/files /recordings && chown node:node /app/data/files /recordings
EXPOSE 3000
USER node
CMD ["node", "--enable-source-maps", "server/dist/main.js"]
