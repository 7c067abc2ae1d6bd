# syntax=docker/dockerfile:1
# One image recipe for the five MoreTale services; the service is a build argument. Build from
# the repository root (.dockerignore sends only the packages and deploy/docker/service.py):
#   docker build --build-arg SERVICE=gateway -t moretale-gateway:0.1.0 .
#   SERVICE: gateway, story-service, tts-service, illustration-service, asset-service.
# The base image is a build argument too, so it can be pinned by digest:
#   --build-arg PYTHON_IMAGE=python:3.11.14-slim-bookworm@sha256:<digest>
# (`docker buildx imagetools inspect python:3.11.14-slim-bookworm` prints the digest).
ARG PYTHON_IMAGE=python:3.11.14-slim-bookworm

FROM ${PYTHON_IMAGE} AS build
ARG SERVICE
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 PIP_ROOT_USER_ACTION=ignore
WORKDIR /src
COPY deploy/docker/service.py ./
RUN python service.py describe "${SERVICE}" > /tmp/service.json \
 && python -m venv /opt/venv \
 && mv /tmp/service.json /opt/venv/moretale-service.json
# 1. Third-party dependencies, from the lock and the projects' metadata only: this layer is
#    rebuilt when requirements.lock or a pyproject.toml changes, not when the code does.
COPY requirements.lock ./
COPY contracts/pyproject.toml ./contracts/
COPY libs/kit/pyproject.toml ./libs/kit/
COPY gateway/pyproject.toml ./gateway/
COPY services/story-service/pyproject.toml ./services/story-service/
COPY services/tts-service/pyproject.toml ./services/tts-service/
COPY services/illustration-service/pyproject.toml ./services/illustration-service/
COPY services/asset-service/pyproject.toml ./services/asset-service/
RUN python service.py requirements "${SERVICE}" > requirements.txt \
 && /opt/venv/bin/pip install setuptools==80.9.0 \
 && /opt/venv/bin/pip install -c requirements.lock -r requirements.txt
# 2. The sources: contracts, the kit (its gemini extra for the workers that call Gemini) and
#    the service, without dependencies (all installed above; pip check proves it). The build
#    backend is pinned and there is no build isolation, so nothing unpinned is fetched.
COPY contracts ./contracts
COPY libs/kit ./libs/kit
COPY gateway ./gateway
COPY services ./services
RUN /opt/venv/bin/pip install --no-build-isolation --no-deps -c requirements.lock \
      $(python service.py packages "${SERVICE}") \
 && /opt/venv/bin/pip uninstall --yes setuptools \
 && /opt/venv/bin/pip check \
 && install -m 0755 service.py /opt/venv/bin/moretale-service

FROM ${PYTHON_IMAGE}
ARG SERVICE
LABEL org.opencontainers.image.title="moretale-${SERVICE}" \
      org.opencontainers.image.source="https://github.com/moretale/moretale"
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    MORETALE_DATA_DIR=/data
RUN groupadd --system --gid 10001 moretale \
 && useradd --system --uid 10001 --gid 10001 --home-dir /data --no-create-home \
      --shell /usr/sbin/nologin moretale \
 && install -d -o 10001 -g 10001 -m 0750 /data
COPY --from=build /opt/venv /opt/venv
USER 10001:10001
WORKDIR /data
# Ports: gateway 8000, story 8001, tts 8002, illustration 8003, asset 8004 ({PREFIX}PORT).
EXPOSE 8000 8001 8002 8003 8004
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["moretale-service", "healthcheck"]
# `python -m <package>` of the service, as PID 1 (exec form: SIGTERM reaches it).
CMD ["moretale-service"]
