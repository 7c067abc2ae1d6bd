"""The AsyncAPI 3.0 document of every event, generated from the models.

`python -m moretale_contracts.asyncapi > contracts/asyncapi.json` regenerates the checked-in
copy; a test keeps the two equal.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic.json_schema import models_json_schema

from moretale_contracts.events import ALL_EVENTS, JOBS, PAGE_EVENTS, Event
from moretale_contracts.streams import STREAMS


def _stream_of(event: type[Event]) -> str:
    for spec in STREAMS:
        if any(event.SUBJECT.startswith(s.removesuffix(">")) for s in spec.subjects):
            return spec.name
    raise LookupError(event.SUBJECT)


def document() -> dict[str, Any]:
    """The AsyncAPI document as a dict."""
    _, schemas = models_json_schema(
        [(event, "serialization") for event in ALL_EVENTS],
        ref_template="#/components/schemas/{model}",
    )
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    for event in ALL_EVENTS:
        name = event.__name__
        channel = event.SUBJECT.replace(".", "_")
        messages[name] = {
            "name": name,
            "title": name,
            "summary": (event.__doc__ or "").strip().splitlines()[0],
            "contentType": "application/json",
            "headers": {
                "type": "object",
                "properties": {"Nats-Msg-Id": {"type": "string"}},
            },
            "payload": {"$ref": f"#/components/schemas/{name}"},
        }
        kind = "job" if event in JOBS else "page" if event in PAGE_EVENTS else "story"
        channels[channel] = {
            "address": f"{event.SUBJECT}.{{story_id}}",
            "parameters": {"story_id": {"description": "The book the message is about."}},
            "description": f"JetStream stream {_stream_of(event)} ({kind} message).",
            "messages": {name: {"$ref": f"#/components/messages/{name}"}},
        }
        operations[f"publish_{channel}"] = {
            "action": "send",
            "channel": {"$ref": f"#/channels/{channel}"},
            "messages": [{"$ref": f"#/channels/{channel}/messages/{name}"}],
        }
    return {
        "asyncapi": "3.0.0",
        "info": {
            "title": "MoreTale events",
            "version": "1",
            "description": "Every message MoreTale's services exchange over NATS JetStream.",
        },
        "defaultContentType": "application/json",
        "channels": channels,
        "operations": operations,
        "components": {"messages": messages, "schemas": schemas["$defs"]},
    }


def render() -> str:
    """The document as the JSON text that is checked in."""
    return json.dumps(document(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":
    print(render(), end="")
