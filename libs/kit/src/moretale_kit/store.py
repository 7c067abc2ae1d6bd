"""The object store every service writes its artifacts to, and the URLs clients read them by.

Two implementations behind one interface, chosen by `MORETALE_STORE`: an S3 bucket through the
`minio` client (MinIO, AWS or any S3 endpoint; URLs are presigned) and a local folder (the
embedded default; URLs are HMAC-signed and served by asset-service).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import io
import os
import secrets
import time
from datetime import timedelta
from pathlib import Path
from typing import Protocol
from urllib.parse import quote, urlencode, urlsplit

import certifi
import urllib3
from minio import Minio
from minio.deleteobjects import DeleteObject
from minio.error import S3Error
from tenacity import retry, retry_if_exception_type, stop_after_delay, wait_random_exponential
from urllib3.exceptions import HTTPError as Urllib3Error

from moretale_kit.settings import CommonSettings, generated_secret


class ObjectNotFound(KeyError):
    """No object at that key."""


class ObjectStore(Protocol):
    """Bytes by key, and expiring URLs to them."""

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        """Store `data` at `key`, replacing what was there."""
        ...

    async def get(self, key: str) -> bytes:
        """The bytes at `key`; raises ObjectNotFound."""
        ...

    async def exists(self, key: str) -> bool: ...

    async def delete_prefix(self, prefix: str) -> int:
        """Delete every object whose key starts with `prefix`; returns how many."""
        ...

    def url(self, key: str, expires: timedelta) -> str:
        """A URL anyone can GET the object by until `expires` from now."""
        ...

    async def check(self) -> None:
        """Raise if the store cannot be reached (readiness)."""
        ...


def _safe_key(key: str) -> str:
    parts = key.split("/")
    if not key or key.startswith("/") or any(p in ("", ".", "..") for p in parts):
        raise ValueError(f"invalid object key {key!r}")
    return key


class LocalObjectStore:
    """A folder on disk. URLs point at asset-service's `/files/{key}` with an HMAC signature."""

    def __init__(self, root: Path, public_base_url: str, secret: bytes) -> None:
        self.root = root
        self.public_base_url = public_base_url.rstrip("/")
        self._secret = secret
        self.root.mkdir(parents=True, exist_ok=True)

    def path(self, key: str) -> Path:
        """Where the object at `key` lives on disk."""
        return self.root / _safe_key(key)

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        await asyncio.to_thread(self._write, self.path(key), data)

    @staticmethod
    def _write(path: Path, data: bytes) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Write then rename, so a reader never sees half a file.
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)

    async def get(self, key: str) -> bytes:
        try:
            return await asyncio.to_thread(self.path(key).read_bytes)
        except FileNotFoundError as exc:
            raise ObjectNotFound(key) from exc

    async def exists(self, key: str) -> bool:
        return self.path(key).is_file()

    async def delete_prefix(self, prefix: str) -> int:
        return await asyncio.to_thread(self._delete_prefix, prefix)

    def _delete_prefix(self, prefix: str) -> int:
        # Only the folder the prefix lies in is walked (a story's own, not the whole store), and
        # a file another process renames or removes meanwhile (a temporary file) is no error.
        folder = self.root / _safe_key(prefix.rsplit("/", 1)[0]) if "/" in prefix else self.root
        if not folder.is_dir():
            return 0
        count = 0
        for path in sorted(folder.rglob("*"), reverse=True):
            key = path.relative_to(self.root).as_posix()
            if not key.startswith(prefix.rstrip("/")):
                continue
            if path.is_dir():
                with contextlib.suppress(OSError):  # not empty, or gone already
                    path.rmdir()
            elif key.startswith(prefix):
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    count += 1
        if prefix.endswith("/") and folder != self.root:
            with contextlib.suppress(OSError):
                folder.rmdir()
        return count

    def signature(self, key: str, expires_at: int) -> str:
        """The HMAC that proves a URL for `key` until `expires_at` was issued by us."""
        message = f"{key}\n{expires_at}".encode()
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()

    def verify(self, key: str, expires_at: int, signature: str) -> bool:
        """True if the signature is ours and the URL has not expired."""
        if expires_at < time.time():
            return False
        return hmac.compare_digest(self.signature(key, expires_at), signature)

    def url(self, key: str, expires: timedelta) -> str:
        expires_at = int(time.time() + expires.total_seconds())
        query = urlencode({"expires": expires_at, "signature": self.signature(key, expires_at)})
        return f"{self.public_base_url}/files/{quote(_safe_key(key))}?{query}"

    async def check(self) -> None:
        if not os.access(self.root, os.W_OK):
            raise OSError(f"object store folder {self.root} is not writable")


class S3ObjectStore:
    """A bucket on any S3 endpoint, through the `minio` client. URLs are presigned.

    A call failing on the network (endpoint down, connection reset, timeout) is tried again for
    `retry_sec`; S3 errors with a code (NoSuchKey, AccessDenied) are answers, not faults.
    """

    def __init__(
        self,
        client: Minio,
        bucket: str,
        presigner: Minio | None = None,
        retry_sec: float = 60.0,
    ) -> None:
        self.client = client
        self.bucket = bucket
        # Presigning is local computation; a client built for the public endpoint signs URLs
        # that clients outside the cluster can reach.
        self.presigner = presigner or client
        self._retry = retry(
            retry=retry_if_exception_type((Urllib3Error, ConnectionError)),
            wait=wait_random_exponential(multiplier=0.5, max=5),
            stop=stop_after_delay(retry_sec),
            reraise=True,
        )

    async def ensure_bucket(self) -> None:
        """Create the bucket if it does not exist."""

        @self._retry
        def ensure() -> None:
            if not self.client.bucket_exists(self.bucket):
                try:
                    self.client.make_bucket(self.bucket)
                except S3Error as exc:
                    if exc.code not in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
                        raise

        await asyncio.to_thread(ensure)

    async def put(self, key: str, data: bytes, content_type: str) -> None:
        @self._retry
        def put() -> None:
            self.client.put_object(
                self.bucket, _safe_key(key), io.BytesIO(data), len(data), content_type
            )

        await asyncio.to_thread(put)

    async def get(self, key: str) -> bytes:
        @self._retry
        def get() -> bytes:
            response = self.client.get_object(self.bucket, _safe_key(key))
            try:
                return response.read()
            finally:
                response.close()
                response.release_conn()

        try:
            return await asyncio.to_thread(get)
        except S3Error as exc:
            if exc.code in ("NoSuchKey", "NoSuchObject"):
                raise ObjectNotFound(key) from exc
            raise

    async def exists(self, key: str) -> bool:
        @self._retry
        def stat() -> bool:
            try:
                self.client.stat_object(self.bucket, _safe_key(key))
                return True
            except S3Error as exc:
                if exc.code in ("NoSuchKey", "NoSuchObject", "ResourceNotFound"):
                    return False
                raise

        return await asyncio.to_thread(stat)

    async def delete_prefix(self, prefix: str) -> int:
        @self._retry
        def delete() -> int:
            names = [
                o.object_name
                for o in self.client.list_objects(self.bucket, prefix=prefix, recursive=True)
                if o.object_name
            ]
            errors = list(self.client.remove_objects(self.bucket, [DeleteObject(n) for n in names]))
            if errors:
                raise OSError(f"could not delete {len(errors)} objects under {prefix}")
            return len(names)

        return await asyncio.to_thread(delete)

    def url(self, key: str, expires: timedelta) -> str:
        return self.presigner.presigned_get_object(self.bucket, _safe_key(key), expires=expires)

    async def check(self) -> None:
        exists = await asyncio.to_thread(self.client.bucket_exists, self.bucket)
        if not exists:
            raise OSError(f"bucket {self.bucket} does not exist")


def url_secret(settings: CommonSettings) -> bytes:
    """The key that signs local URLs: configured, or generated once into the data dir."""
    if settings.url_secret is not None:
        return settings.url_secret.get_secret_value().encode()
    return generated_secret(
        settings.data_dir / "url-secret", lambda: secrets.token_hex(32)
    ).encode()


async def open_store(settings: CommonSettings) -> ObjectStore:
    """The store `settings` name, ready to use (the bucket exists)."""
    if settings.store == "local":
        return LocalObjectStore(
            settings.objects_dir, settings.public_asset_url, url_secret(settings)
        )
    access = settings.s3_access_key.get_secret_value()
    secret = settings.s3_secret_key.get_secret_value()
    # minio's own pool, but with our timeouts: its default waits 5 minutes on a silent endpoint.
    http = urllib3.PoolManager(
        timeout=urllib3.Timeout(
            connect=settings.s3_connect_timeout_sec, read=settings.s3_read_timeout_sec
        ),
        maxsize=10,
        cert_reqs="CERT_REQUIRED",
        ca_certs=os.environ.get("SSL_CERT_FILE") or certifi.where(),
        retries=urllib3.Retry(total=5, backoff_factor=0.2, status_forcelist=[500, 502, 503, 504]),
    )

    def client(endpoint: str, secure: bool = settings.s3_secure) -> Minio:
        return Minio(
            endpoint,
            access_key=access,
            secret_key=secret,
            secure=secure,
            region=settings.s3_region,
            http_client=http,
        )

    # Presigned URLs name the origin clients use (the signature covers its host), which may
    # differ from how the services reach the store: https://s3.example.com outside, plain
    # http://minio:9000 inside. The region is given, so presigning makes no network call.
    presigner = None
    if settings.s3_public_url:
        public = urlsplit(settings.s3_public_url)
        presigner = client(public.netloc, secure=public.scheme == "https")
    elif settings.s3_public_endpoint:
        presigner = client(settings.s3_public_endpoint)
    store = S3ObjectStore(
        client(settings.s3_endpoint), settings.s3_bucket, presigner, settings.s3_retry_sec
    )
    await store.ensure_bucket()
    return store
