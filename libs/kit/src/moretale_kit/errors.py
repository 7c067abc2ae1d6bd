"""The error envelope every client-facing service answers with (plan §6):
`{"error": {"code", "message", "detail"}}`."""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from moretale_contracts.api import ErrorInfo, ErrorResponse

log = logging.getLogger(__name__)

_CODES_BY_STATUS = {
    400: "VALIDATION_ERROR",
    401: "UNAUTHORIZED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    405: "METHOD_NOT_ALLOWED",
    409: "CONFLICT",
    413: "PAYLOAD_TOO_LARGE",
    415: "UNSUPPORTED_MEDIA_TYPE",
    429: "RATE_LIMITED",
    503: "SERVICE_UNAVAILABLE",
}


class ApiError(Exception):
    """Raise anywhere in a request to answer `status` with the envelope."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        detail: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.detail = detail
        self.headers = headers


def error_response(
    status: int,
    code: str,
    message: str,
    detail: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """The envelope as a response."""
    body = ErrorResponse(error=ErrorInfo(code=code, message=message, detail=detail))
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers=headers)


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    errors = []
    for error in exc.errors():
        # `ctx` may hold the exception object itself; keep what JSON can carry.
        item = {k: error[k] for k in ("loc", "msg", "type") if k in error}
        item["loc"] = [str(part) for part in item.get("loc", [])]
        errors.append(json.loads(json.dumps(item, default=str)))
    return errors


def install_error_handlers(app: FastAPI) -> None:
    """Answer every error — ours, HTTP, validation (400, not 422), unexpected — in the envelope."""

    @app.exception_handler(ApiError)
    async def api_error(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.detail, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _validation_errors(exc)
        malformed = any(e.get("type") == "json_invalid" for e in errors)
        message = "request body is not valid JSON" if malformed else "request validation failed"
        return error_response(400, "VALIDATION_ERROR", message, {"errors": errors})

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = _CODES_BY_STATUS.get(exc.status_code, "HTTP_ERROR")
        message = exc.detail if isinstance(exc.detail, str) else code.lower().replace("_", " ")
        headers = dict(exc.headers) if exc.headers else None
        return error_response(exc.status_code, code, message, None, headers)

    @app.exception_handler(Exception)
    async def unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error")
        return error_response(500, "INTERNAL_ERROR", "internal server error")
