{{/*
The Deployments: the five services, and the gateway's projector role. key: their block in
values.yaml; name: resource suffix, component label and OTEL_SERVICE_NAME; package: what
`python -m` runs; args: after it; imageOf: the values block whose image it runs (default its own);
prefix: their settings' env prefix; port: the port they listen on; portVariable: the setting
that port is (default {prefix}PORT); internalPort: a second port only the gateway reaches
(asset-service's /internal/ routes, ASSET_INTERNAL_PORT; never routed by the Ingress); public:
behind a Service (and the Ingress); role: the gateway's GATEWAY_ROLE (api: answers requests;
projector: events -> the stories table, webhooks, the reconciler; all: both); webhooks: delivers
the webhooks (internet :443, GATEWAY_WEBHOOK_SECRET); gemini: a worker that may call the Gemini
API; jobs: the JetStream stream and durable consumer of their page jobs (workers scaled on its
lag). gatewayProjector.enabled (the default) splits the gateway: its pods run `--role api` and
the projector's `--role projector` (bench/RESULTS.md, the gateway section); disabled, the
gateway's pods do both (role all).
*/}}
{{- define "moretale.components" -}}
{{- $split := .Values.gatewayProjector.enabled }}
gateway:
  name: gateway
  package: moretale_gateway
  prefix: GATEWAY_
  port: 8000
  public: true
  role: {{ ternary "api" "all" $split }}
  webhooks: {{ not $split }}
{{- if $split }}
gatewayProjector:
  name: gateway-projector
  package: moretale_gateway
  args: [--role, projector]
  imageOf: gateway
  prefix: GATEWAY_
  port: 8010
  portVariable: GATEWAY_PROJECTOR_PORT
  role: projector
  webhooks: true
{{- end }}
storyService:
  name: story-service
  package: story_service
  prefix: STORY_
  port: 8001
  gemini: true
ttsService:
  name: tts-service
  package: tts_service
  prefix: TTS_
  port: 8002
  gemini: true
  jobs:
    stream: TTS_JOBS
    consumer: tts-workers
illustrationService:
  name: illustration-service
  package: illustration_service
  prefix: ILLUSTRATION_
  port: 8003
  gemini: true
  jobs:
    stream: ILLUSTRATION_JOBS
    consumer: illustration-workers
assetService:
  name: asset-service
  package: asset_service
  prefix: ASSET_
  port: 8004
  internalPort: 8005
  public: true
{{- end }}

{{/* Chart name, truncated to the 63 characters of a DNS label. */}}
{{- define "moretale.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Release full name. The longest suffix is "-illustration-service" (21 characters), so the
full name is kept to 42 characters and every resource name stays a valid DNS label.
*/}}
{{- define "moretale.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 42 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 42 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 42 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "moretale.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels every resource carries. */}}
{{- define "moretale.labels" -}}
helm.sh/chart: {{ include "moretale.chart" . }}
{{ include "moretale.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: moretale
{{- end }}

{{- define "moretale.selectorLabels" -}}
app.kubernetes.io/name: {{ include "moretale.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/* Labels of one service's resources; call with (dict "root" $ "c" $component). */}}
{{- define "moretale.componentLabels" -}}
{{ include "moretale.labels" .root }}
app.kubernetes.io/component: {{ .c.name }}
{{- end }}

{{- define "moretale.componentSelectorLabels" -}}
{{ include "moretale.selectorLabels" .root }}
app.kubernetes.io/component: {{ .c.name }}
{{- end }}

{{/* Name of one service's resources (Deployment, Service, HPA, PDB, ScaledObject). */}}
{{- define "moretale.componentName" -}}
{{- printf "%s-%s" (include "moretale.fullname" .root) .c.name }}
{{- end }}

{{- define "moretale.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "moretale.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/* The Secret the services read: the user's existingSecret, or the one this chart makes. */}}
{{- define "moretale.secretName" -}}
{{- default (printf "%s-secrets" (include "moretale.fullname" .)) .Values.secrets.existingSecret }}
{{- end }}

{{- define "moretale.configMapName" -}}
{{- printf "%s-config" (include "moretale.fullname" .) }}
{{- end }}

{{/* One service's image; call with (dict "root" $ "v" $values). */}}
{{- define "moretale.image" -}}
{{- $tag := .v.image.tag | default .root.Values.image.tag | default .root.Chart.AppVersion }}
{{- if .root.Values.image.registry }}
{{- printf "%s/%s:%s" (trimSuffix "/" .root.Values.image.registry) .v.image.repository $tag }}
{{- else }}
{{- printf "%s:%s" .v.image.repository $tag }}
{{- end }}
{{- end }}

{{/* GATEWAY_PUBLIC_URL: publicUrl, else the Ingress host, else the in-cluster Service. */}}
{{- define "moretale.publicUrl" -}}
{{- if .Values.publicUrl }}
{{- .Values.publicUrl | trimSuffix "/" }}
{{- else if and .Values.ingress.enabled .Values.ingress.host }}
{{- printf "%s://%s" (ternary "https" "http" .Values.ingress.tls.enabled) .Values.ingress.host }}
{{- else }}
{{- printf "http://%s-gateway:%v" (include "moretale.fullname" .) .Values.gateway.service.port }}
{{- end }}
{{- end }}

{{/* GATEWAY_ASSET_SERVICE_URL: asset-service's internal port, through its Service. */}}
{{- define "moretale.assetServiceInternalUrl" -}}
{{- printf "http://%s-asset-service:%v" (include "moretale.fullname" .) .Values.assetService.service.internalPort }}
{{- end }}

{{/* MORETALE_PUBLIC_ASSET_URL: publicAssetUrl, else the public URL (the Ingress has /files/). */}}
{{- define "moretale.publicAssetUrl" -}}
{{- if .Values.publicAssetUrl }}
{{- .Values.publicAssetUrl | trimSuffix "/" }}
{{- else if or .Values.publicUrl (and .Values.ingress.enabled .Values.ingress.host) }}
{{- include "moretale.publicUrl" . }}
{{- else }}
{{- printf "http://%s-asset-service:%v" (include "moretale.fullname" .) .Values.assetService.service.port }}
{{- end }}
{{- end }}

{{/* "true" when the workers call Gemini: gemini.enabled, or a key given in the values. */}}
{{- define "moretale.gemini" -}}
{{- if or .Values.gemini.enabled .Values.secrets.geminiApiKey }}true{{ end }}
{{- end }}

{{/* "true" when KEDA scales this worker: keda.enabled true, or "auto" with Gemini. */}}
{{- define "moretale.keda" -}}
{{- if .c.jobs }}
{{- $on := toString .v.keda.enabled }}
{{- if or (eq $on "true") (and (eq $on "auto") (include "moretale.gemini" .root)) }}true{{ end }}
{{- end }}
{{- end }}

{{/* Whether a worker's HorizontalPodAutoscaler or ScaledObject owns its replica count. */}}
{{- define "moretale.autoscaled" -}}
{{- if and .c.jobs (or (include "moretale.keda" .) .v.autoscaling.enabled) }}true{{ end }}
{{- end }}

{{/* The Secret holding the NATS credentials (nats.auth.existingSecret, else the services'). */}}
{{- define "moretale.natsSecretName" -}}
{{- default (include "moretale.secretName" .) .Values.nats.auth.existingSecret }}
{{- end }}

{{/*
Keys the services' Secret must hold, as a YAML list: what each Deployment reads without
`optional: true`. GEMINI_API_KEY only with Gemini; the NATS pair only in password mode when
they live in the services' Secret.
*/}}
{{- define "moretale.requiredSecretKeys" -}}
- MORETALE_API_KEYS
- MORETALE_S3_ACCESS_KEY
- MORETALE_S3_SECRET_KEY
- GATEWAY_DATABASE_URL
- ASSET_DATABASE_URL
- GATEWAY_WEBHOOK_SECRET
- GATEWAY_SHARE_SECRET
- GATEWAY_API_KEY_SECRET
- MORETALE_INTERNAL_TOKEN
{{- if include "moretale.gemini" . }}
- GEMINI_API_KEY
{{- end }}
{{- if and (eq .Values.nats.auth.mode "password") (not .Values.nats.auth.existingSecret) }}
- MORETALE_NATS_USER
- MORETALE_NATS_PASSWORD
{{- end }}
{{- end }}

{{/*
Fails the render naming the required keys `.data` (a Secret's data, or the values the chart
makes one from) lacks; call with (dict "data" $data "where" "secret moretale-secrets" "root" $).
*/}}
{{- define "moretale.checkSecretKeys" -}}
{{- $missing := list }}
{{- range (include "moretale.requiredSecretKeys" .root | fromYamlArray) }}
{{- if not (get $.data .) }}{{ $missing = append $missing . }}{{ end }}
{{- end }}
{{- if $missing }}
{{- fail (printf "%s lacks the required key(s) %s (deploy/k8s/README.md, Secrets)" .where (join ", " $missing)) }}
{{- end }}
{{- end }}

{{/*
Rollout arithmetic of the PostgreSQL pools: fails the render when the pods with a database (the
gateway's, its projector's, asset-service's), a rollout's surge included, can open more
connections than the server takes. (replicas + ceil(replicas/4)) x (pool + overflow), summed, +
reserved <= max.
*/}}
{{- define "moretale.checkDatabaseConnections" -}}
{{- $total := int .Values.postgresql.reservedConnections }}
{{- range $key, $c := include "moretale.components" . | fromYaml }}
{{- $v := index $.Values $key }}
{{- if $v.database }}
{{- $replicas := int $v.replicaCount }}
{{- $pods := add $replicas (div (add $replicas 3) 4) }}
{{- $total = add $total (mul $pods (add $v.database.poolSize $v.database.maxOverflow)) }}
{{- end }}
{{- end }}
{{- if gt $total (int .Values.postgresql.maxConnections) }}
{{- fail (printf "PostgreSQL pools need %d connections (pods incl. rollout surge x (poolSize + maxOverflow) + reservedConnections), above postgresql.maxConnections %d: lower the pools or put PgBouncer in front (deploy/k8s/README.md)" $total (int .Values.postgresql.maxConnections)) }}
{{- end }}
{{- end }}
