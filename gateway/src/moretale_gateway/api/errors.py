"""The gateway's errors, in the plan's envelope, and how OpenAPI documents them."""

from __future__ import annotations

from typing import Any

from moretale_contracts.api import ErrorResponse


def error_doc(description: str, code: str, message: str | None = None) -> dict[str, Any]:
    """An OpenAPI response entry for an error in the envelope, with an example."""
    return _error(description, code, message or description.lower())


def error_docs(description: str, messages: dict[str, str]) -> dict[str, Any]:
    """An OpenAPI response entry for several error codes of one status, an example each."""
    examples = {
        code: {"value": {"error": {"code": code, "message": message, "detail": None}}}
        for code, message in messages.items()
    }
    codes = ", ".join(f"`{code}`" for code in messages)
    return {
        "model": ErrorResponse,
        "description": f"{description}: {codes}",
        "content": {"application/json": {"examples": examples}},
    }


def _error(description: str, code: str, message: str) -> dict[str, Any]:
    example = {"error": {"code": code, "message": message, "detail": None}}
    return {
        "model": ErrorResponse,
        "description": description,
        "content": {"application/json": {"example": example}},
    }


COMMON_ERRORS: dict[int | str, dict[str, Any]] = {
    400: _error("Invalid request", "VALIDATION_ERROR", "request validation failed"),
    401: _error("Missing or invalid API key", "UNAUTHORIZED", "invalid API key"),
    500: _error("Internal error", "INTERNAL_ERROR", "internal server error"),
    503: _error("A part of the system is unavailable", "SERVICE_UNAVAILABLE", "retry later"),
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: _error("No such story", "STORY_NOT_FOUND", "story not found"),
}
