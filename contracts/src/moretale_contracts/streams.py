"""JetStream streams and the durable consumers that read them. Names only; the runtime library
creates them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Retention(StrEnum):
    """How long a stream keeps a message: until limits, or until one consumer acks it."""

    LIMITS = "limits"
    WORK_QUEUE = "workqueue"


@dataclass(frozen=True)
class StreamSpec:
    """A stream: its name, the subjects it captures and its retention."""

    name: str
    subjects: tuple[str, ...]
    retention: Retention = Retention.LIMITS


STORY_EVENTS = StreamSpec("STORY_EVENTS", ("story.>",))
TTS_JOBS = StreamSpec("TTS_JOBS", ("tts.job.>",), Retention.WORK_QUEUE)
ILLUSTRATION_JOBS = StreamSpec("ILLUSTRATION_JOBS", ("illustration.job.>",), Retention.WORK_QUEUE)
PAGE_RESULTS = StreamSpec("PAGE_RESULTS", ("tts.page.>", "illustration.page.>"))
DEAD_LETTERS = StreamSpec("DEAD_LETTERS", ("deadletter.>",))
WEBHOOKS = StreamSpec("WEBHOOKS", ("webhook.>",), Retention.WORK_QUEUE)

CANCELED_BUCKET = "canceled_stories"
"""JetStream key-value bucket: a key per canceled story; workers look before every call."""

ILLUSTRATION_PLANS_BUCKET = "illustration_plans"
"""JetStream key-value bucket where a book's cover and its text meet: a key per story, one
part each (`cover`, `story`); whichever arrives second plans the page pictures."""

STORY_TEXTS_BUCKET = "story_texts"
"""JetStream key-value bucket: per story, the next text revision its writer may use, so the
pages of an answer written again (a rejected text, a redelivery) never reuse an old one's."""


def page_text_part(page_number: int) -> str:
    """The part of a story's `story_texts` record holding the latest text revision of a page,
    when it is above 0: workers drop a job made from an older text of the page."""
    return f"page:{page_number}"


STREAMS: tuple[StreamSpec, ...] = (
    STORY_EVENTS,
    TTS_JOBS,
    ILLUSTRATION_JOBS,
    PAGE_RESULTS,
    DEAD_LETTERS,
    WEBHOOKS,
)


@dataclass(frozen=True)
class ConsumerSpec:
    """A durable pull consumer, shared by every replica of the service that owns it."""

    stream: StreamSpec
    durable: str
    filter_subjects: tuple[str, ...]


STORY_WRITER = ConsumerSpec(STORY_EVENTS, "story-service", ("story.requested.*",))
TTS_PLANNER = ConsumerSpec(
    STORY_EVENTS,
    "tts-service",
    ("story.page.written.*", "story.generated.*", "story.regenerate.*"),
)
TTS_WORKERS = ConsumerSpec(TTS_JOBS, "tts-workers", ("tts.job.>",))
ILLUSTRATION_PLANNER = ConsumerSpec(
    STORY_EVENTS,
    "illustration-service",
    ("story.started.*", "story.page.written.*", "story.generated.*", "story.regenerate.*"),
)
ILLUSTRATION_WORKERS = ConsumerSpec(
    ILLUSTRATION_JOBS, "illustration-workers", ("illustration.job.>",)
)
ASSET_STORIES = ConsumerSpec(
    STORY_EVENTS,
    "asset-service",
    (
        "story.page.written.*",
        "story.generated.*",
        "story.regenerate.*",
        "story.canceled.*",
        "story.deleted.*",
    ),
)
ASSET_PAGES = ConsumerSpec(
    PAGE_RESULTS, "asset-service-pages", ("tts.page.>", "illustration.page.>")
)
# What the projector applies to rows (not what the gateway itself published: requested,
# deleted, regenerate).
GATEWAY_PROJECTOR = ConsumerSpec(
    STORY_EVENTS,
    "gateway",
    (
        "story.started.*",
        "story.generated.*",
        "story.progress.*",
        "story.completed.*",
        "story.failed.*",
        "story.canceled.*",
    ),
)
GATEWAY_WEBHOOKS = ConsumerSpec(WEBHOOKS, "gateway-webhooks", ("webhook.>",))


def dead_letter_subject(stream: StreamSpec, story_id: str = "unknown") -> str:
    """Where a message that could not be handled is kept, by the stream it came from and its
    story (so a deleted story's dead letters are purged with the rest of it)."""
    return f"deadletter.{stream.name.lower()}.{story_id}"


# Tokens an event's subject has between a stream's prefix and the story id: `story.started`
# has one after `story.`, `story.page.written` two (NATS' `*` matches exactly one token).
SUBJECT_DEPTH = 3


def story_subjects(stream: StreamSpec, story_id: str) -> list[str]:
    """Subject filters matching every message of one story on `stream`: every subject ends
    with the story id (`{SUBJECT}.{story_id}`, `deadletter.{stream}.{story_id}`), with one to
    `SUBJECT_DEPTH` tokens after the stream's prefix."""
    return [
        f"{subject.removesuffix('>')}{'*.' * depth}{story_id}"
        for subject in stream.subjects
        for depth in range(1, SUBJECT_DEPTH + 1)
    ]
