# kubetwin as a container image: the compiled CLI (dist/) on Node 20, production dependencies only,
# running as the unprivileged `node` user. This is the image `kubetwin sweep --emit-k8s-job` runs.
#
# Build from a clone (dist/ is compiled on the host first, so the image needs no dev dependencies):
#   npm ci && npm run build
#   docker build -t registry.example.com/kubetwin:0.1.0 .
#   docker run --rm registry.example.com/kubetwin:0.1.0 --version
FROM node:20-slim

WORKDIR /app
ENV NODE_ENV=production

# Dependencies first, so rebuilding after a source change reuses this layer.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

COPY dist/ ./dist/

# `kubetwin` on PATH: the Indexed Job runs `sh -c "exec kubetwin sweep …"` in /study.
RUN printf '#!/bin/sh\nexec node /app/dist/cli/main.js "$@"\n' > /usr/local/bin/kubetwin \
  && chmod 755 /usr/local/bin/kubetwin

USER node
ENTRYPOINT ["node", "/app/dist/cli/main.js"]
CMD ["--help"]
