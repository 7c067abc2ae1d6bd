"""Every message that crosses NATS, with its subject.

Each event class names its subject in `SUBJECT`; each carries a `version` so a consumer can tell
an old shape from a new one, and a `story_id` so every log line and trace can be tied to a book.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from moretale_contracts.api import (
    AspectRatio,
    AssetsSummary,
    ErrorInfo,
    GenerationOptions,
    Progress,
    SentenceTiming,
    StoryCreate,
    TimedBy,
)
from moretale_contracts.story import BookDesign, StoryPage


def _now() -> datetime:
    return datetime.now(UTC)


_TEXT_REVISION = "The `story.page.written` revision of the text it was made from."


class Event(BaseModel):
    """Base of every message.

    `SUBJECT` names the kind of event; it is published on `subject()`, which appends the story
    id (`story.progress.<story_id>`), so one book's events can be read on their own.
    """

    model_config = ConfigDict(extra="ignore", frozen=True)

    SUBJECT: ClassVar[str]

    version: Literal[1] = 1
    story_id: str
    occurred_at: datetime = Field(default_factory=_now)

    def subject(self) -> str:
        """The NATS subject this event is published on."""
        return f"{self.SUBJECT}.{self.story_id}"

    def message_id(self) -> str:
        """The `Nats-Msg-Id` that makes a re-publish of the same fact a duplicate."""
        return f"{self.story_id}:{self.SUBJECT}"


class AudioRole(StrEnum):
    """Which text of a page a clip reads."""

    PRIMARY = "primary"
    SECONDARY = "secondary"


class IllustrationKind(StrEnum):
    """The cover (page 0, the character reference) or a page."""

    COVER = "cover"
    PAGE = "page"


# --- the story's lifecycle (stream STORY_EVENTS) ---------------------------------------------


class StoryRequested(Event):
    """The gateway accepted a book; story-service writes it."""

    SUBJECT: ClassVar[str] = "story.requested"

    request: StoryCreate
    request_id: str | None = None


class StoryStarted(Event):
    """story-service began writing the text, to be stored at `story_key`.

    The book's look (`design`) is already fixed, so illustration-service paints the cover
    while the text is being written. The fields are empty in an event from before they existed.
    """

    SUBJECT: ClassVar[str] = "story.started"

    story_key: str | None = None
    design: BookDesign | None = None
    generation: GenerationOptions | None = None


class StoryGenerated(Event):
    """The text is written and stored at `story_key`; narration and illustration may begin."""

    SUBJECT: ClassVar[str] = "story.generated"

    story_key: str
    story_model: str
    page_count: int
    primary_language: str
    secondary_language: str
    generation: GenerationOptions
    quiz_key: str | None = Field(default=None, description="The quiz, when one was asked for.")
    vocabulary_words: int = Field(default=0, description="Vocabulary entries in the whole book.")
    text_revisions: list[int] = Field(
        default_factory=list,
        description="Per page (page 1 first), the `story.page.written` revision its stored "
        "text went out under; empty: every page 0.",
    )

    def text_revision(self, page_number: int) -> int:
        """The text revision of page `page_number`."""
        revisions = self.text_revisions
        return revisions[page_number - 1] if 0 < page_number <= len(revisions) else 0


class StoryPageWritten(Event):
    """One page of the text, checked on its own the moment the writer finished it, while the
    rest of the story is still being written: narration and the page's picture start from it.

    `revision` counts the story's answers: 0 for the first text; when the end-of-story check
    rejects a text (or a redelivery writes it again) the pages of the next one come with a
    higher revision and replace, page by page, whatever was made from an older one. It is not
    the regeneration revision of the other events. `story.generated` still closes the text
    stage; its stored story is the last revision of every page.
    """

    SUBJECT: ClassVar[str] = "story.page.written"

    revision: int = Field(default=0, ge=0)
    story_key: str
    story_model: str
    page_count: int = Field(ge=1, description="Pages the request asked for.")
    primary_language: str
    secondary_language: str
    character_design: str = Field(description="English: how the child looks (from the design).")
    generation: GenerationOptions
    page: StoryPage

    def message_id(self) -> str:
        return f"{self.story_id}:{self.SUBJECT}:{self.page.page_number}:{self.revision}"


class AssetUpdate(BaseModel):
    """The asset whose change a progress event reports (`text`: a page's text arrived)."""

    kind: Literal["audio", "vocabulary", "illustration", "text"]
    page_number: int
    role: str
    status: str
    key: str | None = None


class StoryProgressed(Event):
    """asset-service recorded an asset; `progress` is the authoritative count so far, for the
    story's `revision` (a regeneration starts a new revision with its own counts)."""

    SUBJECT: ClassVar[str] = "story.progress"

    progress: Progress
    revision: int = 0
    asset: AssetUpdate | None = None

    def message_id(self) -> str:
        # One announcement per asset change (two changes recorded at once may report the same
        # counts, and neither may be lost); without an asset, one per distinct count.
        if (a := self.asset) is not None:
            change = f"{a.kind}.{a.page_number}.{a.role}.{a.status}"
        else:
            p = self.progress
            change = f"{p.tts.done}.{p.tts.failed}.{p.illustrations.done}.{p.illustrations.failed}"
        return f"{self.story_id}:{self.SUBJECT}:{self.revision}:{change}"


class StoryCompleted(Event):
    """Every expected asset is done or failed; `result.json` is stored at `result_key`."""

    SUBJECT: ClassVar[str] = "story.completed"

    result_key: str
    assets: AssetsSummary
    revision: int = 0

    def message_id(self) -> str:
        return f"{self.story_id}:{self.SUBJECT}:{self.revision}"


class StoryFailed(Event):
    """The book cannot be made (the story text could not be written)."""

    SUBJECT: ClassVar[str] = "story.failed"

    stage: str
    error: ErrorInfo


class StoryCanceled(Event):
    """The parent canceled the book; workers drop its remaining jobs."""

    SUBJECT: ClassVar[str] = "story.canceled"


class StoryDeleted(Event):
    """The book and everything it produced are gone."""

    SUBJECT: ClassVar[str] = "story.deleted"


class RegenerationKind(StrEnum):
    """What a regeneration makes again."""

    TTS = "tts"
    ILLUSTRATIONS = "illustrations"


class StoryRegenerationRequested(Event):
    """Make one kind of asset again from the stored text, as revision `revision`."""

    SUBJECT: ClassVar[str] = "story.regenerate"

    kind: RegenerationKind
    revision: int = Field(ge=1)
    story_key: str
    pages: list[int]
    generation: GenerationOptions

    def message_id(self) -> str:
        return f"{self.story_id}:{self.SUBJECT}:{self.revision}"


# --- narration (streams TTS_JOBS and PAGE_RESULTS) -------------------------------------------


class NarrationJob(Event):
    """Read one page's text in one language. Shared by every tts-service replica."""

    SUBJECT: ClassVar[str] = "tts.job.page"

    page_number: int
    role: AudioRole
    language: str
    text: str
    voice: str | None = None
    model: str | None = None
    temperature: float = 1.0
    revision: int = Field(default=0, description="0 for the first book; >0 remakes the clip.")
    vocabulary_index: int | None = Field(
        default=None, description="Set for a vocabulary word's clip: its index on the page."
    )
    text_revision: int = Field(default=0, description=_TEXT_REVISION)

    def message_id(self) -> str:
        word = "" if self.vocabulary_index is None else f":word{self.vocabulary_index}"
        text = f":text{self.text_revision}" if self.text_revision else ""
        return f"{self.story_id}:tts:{self.page_number}{word}:{self.role}:{self.revision}{text}"


class AudioPageEvent(Event):
    """What every narration result says about its clip: which page, text and revision."""

    page_number: int
    role: AudioRole
    language: str
    revision: int = 0
    vocabulary_index: int | None = Field(
        default=None, description="Set for a vocabulary word's clip: its index on the page."
    )
    text_revision: int = Field(default=0, description=_TEXT_REVISION)

    def message_id(self) -> str:
        word = "" if self.vocabulary_index is None else f":word{self.vocabulary_index}"
        clip = f"{self.page_number}{word}:{self.role}"
        text = f":text{self.text_revision}" if self.text_revision else ""
        return f"{self.story_id}:{self.SUBJECT}:{clip}:{self.revision}{text}"


class AudioPageCompleted(AudioPageEvent):
    """A clip is stored at `key`."""

    SUBJECT: ClassVar[str] = "tts.page.completed"

    key: str
    duration_sec: float
    sentences: list[SentenceTiming] = Field(
        default_factory=list, description="The text's sentences and when each is read."
    )
    timed_by: TimedBy | None = Field(default=None, description="How `sentences` were found.")
    model: str | None = Field(
        default=None,
        description="The model that read it: the job's (aliases resolved) or the worker's "
        "configured default.",
    )


class AudioPageFailed(AudioPageEvent):
    """A clip could not be made after every retry."""

    SUBJECT: ClassVar[str] = "tts.page.failed"

    error: ErrorInfo


class AudioPageSkipped(AudioPageEvent):
    """There was nothing to read (an empty text): no clip, and nothing failed."""

    SUBJECT: ClassVar[str] = "tts.page.skipped"

    reason: str


# --- illustration (streams ILLUSTRATION_JOBS and PAGE_RESULTS) -------------------------------


class IllustrationJob(Event):
    """Paint the cover (which becomes the character reference) or one page."""

    SUBJECT: ClassVar[str] = "illustration.job.page"

    kind: IllustrationKind
    page_number: int = Field(ge=0, description="0 for the cover.")
    story_key: str
    prompt: str
    scene_prompt: str
    character_design: str
    aspect_ratio: AspectRatio
    model: str | None = None
    reference_key: str | None = Field(
        default=None, description="The cover, attached so every page shows the same child."
    )
    page_aspect_ratio: AspectRatio | None = Field(
        default=None, description="On the cover job: the ratio its pages are painted at."
    )
    revision: int = Field(default=0, description="0 for the first book; >0 repaints the page.")
    text_revision: int = Field(default=0, description=_TEXT_REVISION)

    def message_id(self) -> str:
        text = f":text{self.text_revision}" if self.text_revision else ""
        return f"{self.story_id}:illustration:{self.page_number}:{self.revision}{text}"


class IllustrationPageCompleted(Event):
    """An image is stored at `key`."""

    SUBJECT: ClassVar[str] = "illustration.page.completed"

    kind: IllustrationKind
    page_number: int
    key: str
    prompt_mode: str = Field(description="How the prompt was built, kept from the plan.")
    width: int
    height: int
    revision: int = 0
    text_revision: int = Field(default=0, description=_TEXT_REVISION)
    model: str | None = Field(
        default=None,
        description="The model that painted it: the job's (aliases resolved) or the worker's "
        "configured default.",
    )

    def message_id(self) -> str:
        text = f":text{self.text_revision}" if self.text_revision else ""
        return f"{self.story_id}:{self.SUBJECT}:{self.page_number}:{self.revision}{text}"


class IllustrationPageFailed(Event):
    """An image could not be made after every retry."""

    SUBJECT: ClassVar[str] = "illustration.page.failed"

    kind: IllustrationKind
    page_number: int
    error: ErrorInfo
    revision: int = 0
    text_revision: int = Field(default=0, description=_TEXT_REVISION)

    def message_id(self) -> str:
        text = f":text{self.text_revision}" if self.text_revision else ""
        return f"{self.story_id}:{self.SUBJECT}:{self.page_number}:{self.revision}{text}"


class WebhookDelivery(Event):
    """A signed webhook the gateway owes a client's `callback_url` (retried until delivered)."""

    SUBJECT: ClassVar[str] = "webhook.delivery"

    url: str
    event_type: str
    payload: dict[str, object]

    def message_id(self) -> str:
        return f"{self.story_id}:{self.SUBJECT}:{self.event_type}"


STORY_EVENTS: tuple[type[Event], ...] = (
    StoryRequested,
    StoryStarted,
    StoryPageWritten,
    StoryGenerated,
    StoryProgressed,
    StoryCompleted,
    StoryFailed,
    StoryCanceled,
    StoryDeleted,
    StoryRegenerationRequested,
)
PAGE_EVENTS: tuple[type[Event], ...] = (
    AudioPageCompleted,
    AudioPageFailed,
    AudioPageSkipped,
    IllustrationPageCompleted,
    IllustrationPageFailed,
)
JOBS: tuple[type[Event], ...] = (NarrationJob, IllustrationJob, WebhookDelivery)
ALL_EVENTS: tuple[type[Event], ...] = STORY_EVENTS + PAGE_EVENTS + JOBS

EVENT_BY_SUBJECT: dict[str, type[Event]] = {cls.SUBJECT: cls for cls in ALL_EVENTS}


def event_type_of(subject: str) -> type[Event] | None:
    """The event class published on a concrete subject (`story.progress.<story_id>`)."""
    return EVENT_BY_SUBJECT.get(subject.rsplit(".", 1)[0])
