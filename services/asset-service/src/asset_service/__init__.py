"""asset-service: records every page asset, writes manifests and `result.json`, issues URLs."""

SERVICE = "asset-service"
