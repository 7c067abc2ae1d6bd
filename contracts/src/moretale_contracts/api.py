"""REST schemas of the public API (`/api/stories`), from the plan's §3, §5 and §6."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from moretale_contracts.languages import ACCEPTED_NAMES, resolve_language
from moretale_contracts.story import Quiz, VocabularyEntry

ASPECT_RATIOS = ("1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9")
AspectRatio = Literal["1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"]

MIN_PAGES, MAX_PAGES, DEFAULT_PAGES = 4, 32, 24
MAX_CHILD_NAME = 40


class StoryStatus(StrEnum):
    """Where a story is in its life. Terminal: completed, failed, canceled."""

    QUEUED = "queued"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELED = "canceled"

    @property
    def is_terminal(self) -> bool:
        return self in (StoryStatus.COMPLETED, StoryStatus.FAILED, StoryStatus.CANCELED)


class GenerationOptions(BaseModel):
    """The plan's `generation` block. A model left out means the server's configured default.

    The two `*_request_interval_sec` fields are accepted for compatibility with the plan; pacing
    of the shared workers is the server's, so they do not slow a book down.
    """

    model_config = ConfigDict(extra="forbid")

    story_model: str | None = Field(
        default=None,
        max_length=100,
        examples=["gemini-3.8-flash"],
        description="Allowlisted; a retired id (e.g. gemini-2.5-flash) is served by its "
        "replacement, which the stored request then names.",
    )
    enable_tts: bool = True
    tts_model: str | None = Field(default=None, max_length=100, examples=["gemini-3.8-flash-tts"])
    tts_voice: str | None = Field(default=None, max_length=50, examples=["Achernar"])
    tts_temperature: float = Field(
        default=1.0,
        ge=0.0,
        le=2.0,
        description="Sent to speech models that take sampling parameters; accepted and ignored "
        "for those that reject them (Gemini 3.8 TTS).",
    )
    tts_request_interval_sec: float = Field(default=10.0, ge=0.0, le=600.0)
    enable_illustration: bool = True
    illustration_model: str | None = Field(
        default=None, max_length=100, examples=["gemini-3.1-flash-image"]
    )
    illustration_aspect_ratio: AspectRatio = "16:9"
    illustration_request_interval_sec: float = Field(default=1.0, ge=0.0, le=600.0)
    illustration_skip_existing: bool = Field(
        default=True,
        description="Accepted for compatibility with the plan; changes nothing. A first run "
        "never paints a page twice (a redelivered job reuses the stored picture), and "
        "`POST /api/stories/{id}/illustrations` always paints anew exactly the pages it names.",
    )
    enable_quiz: bool = False
    quiz_question_count: int = Field(default=5, ge=1, le=10)
    enable_vocabulary_audio: bool = Field(
        default=False, description="A pronunciation clip per vocabulary word in each language."
    )


class StoryCreate(BaseModel):
    """The body of `POST /api/stories/` (plan §5.1, plus `page_count`)."""

    model_config = ConfigDict(
        extra="forbid",
        str_strip_whitespace=True,
        json_schema_extra={
            "examples": [
                {
                    "child_name": "Mina",
                    "child_age": 5,
                    "primary_lang": "Korean",
                    "secondary_lang": "English",
                    "theme": "Friendship",
                    "extra_prompt": "Include a dragon",
                    "include_style_guide": True,
                    "page_count": 24,
                    "generation": {"enable_tts": True, "enable_illustration": True},
                }
            ]
        },
    )

    child_name: str = Field(min_length=1, max_length=MAX_CHILD_NAME)
    child_names: dict[str, str] | None = Field(
        default=None,
        description="The child's name as each of the book's languages writes it, keyed by "
        'language code (`{"ko": "하린", "en": "Harin"}`); only the book\'s two '
        "languages. A language left out gets `child_name`, or a form derived from it where a "
        "standard scheme exists (README: child_names).",
        examples=[{"ko": "하린", "en": "Harin"}],
    )
    child_age: int = Field(ge=2, le=12)
    primary_lang: str = Field(
        description="Language name or ISO code, e.g. 'Korean' or 'ko'.",
        json_schema_extra={"enum": list(ACCEPTED_NAMES)},
    )
    secondary_lang: str = Field(
        description="Language name or ISO code, e.g. 'English' or 'en'.",
        json_schema_extra={"enum": list(ACCEPTED_NAMES)},
    )
    theme: str = Field(min_length=1, max_length=80)
    extra_prompt: str = Field(default="", max_length=300)
    include_style_guide: bool = True
    page_count: int = Field(default=DEFAULT_PAGES, ge=MIN_PAGES, le=MAX_PAGES)
    generation: GenerationOptions = Field(default_factory=GenerationOptions)
    callback_url: str | None = Field(
        default=None,
        max_length=2000,
        description="http(s) URL that receives a signed webhook (Standard Webhooks) when the "
        "story reaches a terminal state.",
    )

    @field_validator("primary_lang", "secondary_lang")
    @classmethod
    def _canonical_language(cls, value: str) -> str:
        return resolve_language(value).name

    @field_validator("child_name", "theme")
    @classmethod
    def _printable(cls, value: str) -> str:
        if not value.isprintable():
            raise ValueError("must not contain control characters")
        return value

    @model_validator(mode="after")
    def _two_languages(self) -> StoryCreate:
        if self.primary_lang == self.secondary_lang:
            raise ValueError("primary_lang and secondary_lang must be two different languages")
        if self.child_names is not None:
            self.child_names = _book_names(
                self.child_names, (self.primary_lang, self.secondary_lang)
            )
        return self


def _book_names(names: dict[str, str], languages: tuple[str, str]) -> dict[str, str]:
    """`child_names` keyed by the book's language codes, each name stripped and checked.

    A key may be any spelling `resolve_language` knows ("ko", "Korean", "한국어"); a language
    that is not one of the book's two, a name given twice, or an empty, over-long or
    unprintable name is a validation error.
    """
    codes = {resolve_language(name).code for name in languages}
    named: dict[str, str] = {}
    for key, value in names.items():
        code = resolve_language(key).code
        if code not in codes:
            raise ValueError(
                f"child_names: {key!r} is not one of the book's languages "
                f"({', '.join(sorted(codes))})"
            )
        if code in named:
            raise ValueError(f"child_names: {key!r} names the same language twice")
        text = value.strip()
        if not 1 <= len(text) <= MAX_CHILD_NAME:
            raise ValueError(f"child_names.{key}: must be 1 to {MAX_CHILD_NAME} characters")
        if not text.isprintable():
            raise ValueError(f"child_names.{key}: must not contain control characters")
        named[code] = text
    return named


class TtsRegeneration(BaseModel):
    """Body of `POST /api/stories/{id}/tts`: narrate again, optionally otherwise."""

    model_config = ConfigDict(extra="forbid")

    tts_model: str | None = Field(default=None, max_length=100)
    tts_voice: str | None = Field(default=None, max_length=50)
    tts_temperature: float | None = Field(default=None, ge=0.0, le=2.0)
    pages: list[int] | None = Field(
        default=None,
        min_length=1,
        max_length=MAX_PAGES,
        description="Page numbers; all if left out.",
    )


class IllustrationRegeneration(BaseModel):
    """Body of `POST /api/stories/{id}/illustrations`: paint the pages again (the cover stays,
    so the character stays the same)."""

    model_config = ConfigDict(extra="forbid")

    illustration_model: str | None = Field(default=None, max_length=100)
    illustration_aspect_ratio: AspectRatio | None = None
    pages: list[int] | None = Field(
        default=None,
        min_length=1,
        max_length=MAX_PAGES,
        description="Page numbers; all if left out.",
    )


class StoryAccepted(BaseModel):
    """The `202` answer to a new story (plan §5.1)."""

    id: str
    status: StoryStatus
    status_url: str
    result_url: str


class StageProgress(BaseModel):
    """How far one stage is: items done, items failed, items expected (0 until known)."""

    done: int = 0
    failed: int = 0
    total: int = 0


class Progress(BaseModel):
    """Progress per stage."""

    story: StageProgress = Field(default_factory=StageProgress)
    tts: StageProgress = Field(default_factory=StageProgress)
    illustrations: StageProgress = Field(default_factory=StageProgress)


class ErrorInfo(BaseModel):
    """What went wrong, in the plan's `{code, message, detail}` form."""

    code: str
    message: str
    detail: dict[str, Any] | None = None


class ErrorResponse(BaseModel):
    """The plan's error envelope: `{"error": {"code", "message", "detail"}}`."""

    error: ErrorInfo


class KindSummary(BaseModel):
    """One kind of asset in a completed story's summary. `done` counts the skipped ones too
    (nothing to make: finished work), as `progress` does."""

    enabled: bool
    done: int = 0
    failed: int = 0
    total: int = 0


class ResultAssets(BaseModel):
    """Counts per kind, and whether anything failed."""

    audio: KindSummary
    illustrations: KindSummary
    has_partial_failures: bool


class ResultSummary(BaseModel):
    """Where a completed book is and how it went; its pages are at `result_url`."""

    story_json_url: str | None = None
    audio_manifest_url: str | None = None
    illustrations_manifest_url: str | None = None
    result_url: str
    assets: ResultAssets
    urls_expire_at: datetime = Field(description="When the URLs in this block stop working.")


class StoryView(BaseModel):
    """`GET /api/stories/{id}`: status, request, progress, error."""

    id: str
    status: StoryStatus
    created_at: datetime
    updated_at: datetime
    started_at: datetime | None = None
    completed_at: datetime | None = None
    request: StoryCreate
    progress: Progress
    error: ErrorInfo | None = None
    status_url: str
    result_url: str
    result: ResultSummary | None = Field(
        default=None,
        description="The book's summary once it is completed (plan §3, §5.2); null before.",
    )


class StorySummary(BaseModel):
    """A story in a list: no pages."""

    id: str
    status: StoryStatus
    created_at: datetime
    updated_at: datetime
    completed_at: datetime | None = None
    child_name: str
    primary_lang: str
    secondary_lang: str
    theme: str
    page_count: int
    progress: Progress
    status_url: str
    result_url: str


class StoryList(BaseModel):
    """`GET /api/stories/`: newest first; pass `next_cursor` as `cursor` for the next page."""

    items: list[StorySummary]
    next_cursor: str | None = None


class AssetCounts(BaseModel):
    """Assets of one kind: whether the book asked for them, and how many are ready, failed,
    skipped (nothing to make), expected."""

    enabled: bool = Field(
        default=True, description="Whether this kind was asked for (`generation.enable_*`)."
    )
    done: int = 0
    failed: int = 0
    skipped: int = 0
    total: int = 0
    model: str | None = Field(
        default=None,
        description="The model that made them (the request's, else the worker's configured "
        "default); null until one is made, or for a kind not asked for.",
    )


class AssetsSummary(BaseModel):
    """The result's `assets` block (plan §3)."""

    audio: AssetCounts = Field(default_factory=AssetCounts)
    illustrations: AssetCounts = Field(default_factory=AssetCounts)
    has_partial_failures: bool = False


class SentenceTiming(BaseModel):
    """One sentence of a clip's text and when it is read: seconds from the clip's start."""

    text: str
    start: float = Field(ge=0)
    end: float = Field(ge=0)


class TimedBy(StrEnum):
    """How a clip's sentence timings were found."""

    ENGINE = "engine"  # the speech engine's own sentence and word events (eSpeak NG): exact
    SILENCE = "silence"  # the pauses in the audio, matched to the sentence list
    PROPORTIONAL = "proportional"  # the speech split by the sentences' lengths in characters


class ReadAlong(BaseModel):
    """A page's sentences with their times in each language's clip, for read-along."""

    primary: list[SentenceTiming] = Field(default_factory=list)
    secondary: list[SentenceTiming] = Field(default_factory=list)


class VocabularyResult(VocabularyEntry):
    """A vocabulary entry with its pronunciation clips (when they were asked for)."""

    audio_primary_url: str | None = None
    audio_secondary_url: str | None = None


AssetStatus = Literal["pending", "done", "failed", "skipped"]


class PageAsset(BaseModel):
    """One clip or picture of a page: `pending` (not made yet), `done` (with its URL), `failed`
    (with why, in the error envelope's shape) or `skipped` (nothing to make, or not asked for)."""

    status: AssetStatus = "pending"
    url: str | None = None
    error: ErrorInfo | None = None


class PageAssets(BaseModel):
    """The status of each asset of a page."""

    audio_primary: PageAsset = Field(default_factory=PageAsset)
    audio_secondary: PageAsset = Field(default_factory=PageAsset)
    illustration: PageAsset = Field(default_factory=PageAsset)


class PageResult(BaseModel):
    """One page of the result (plan §3), with URLs that are `null` until the asset exists;
    `assets` says why one is `null`."""

    page_number: int
    text_primary: str
    text_secondary: str
    audio_primary_url: str | None = None
    audio_secondary_url: str | None = None
    illustration_url: str | None = None
    illustration_prompt: str | None = None
    illustration_scene_prompt: str | None = None
    vocabulary: list[VocabularyResult] = Field(default_factory=list)
    assets: PageAssets = Field(default_factory=PageAssets)
    read_along: ReadAlong = Field(
        default_factory=ReadAlong,
        description="Each clip's sentences with start and end in seconds (empty without a clip).",
    )


class StoryResult(BaseModel):
    """`GET /api/stories/{id}/result`: the whole book so far, page by page."""

    id: str
    status: StoryStatus
    title_primary: str | None = None
    title_secondary: str | None = None
    primary_language: str | None = None
    secondary_language: str | None = None
    story_json_url: str | None = None
    audio_manifest_url: str | None = Field(
        default=None, description="`audio/manifest.json`, once the book is complete with audio."
    )
    illustrations_manifest_url: str | None = Field(
        default=None,
        description="`illustrations/manifest.json`, once the book is complete with pictures.",
    )
    cover_url: str | None = None
    pages: list[PageResult] = Field(default_factory=list)
    assets: AssetsSummary = Field(default_factory=AssetsSummary)
    quiz_json_url: str | None = None
    quiz: Quiz | None = None
    epub_url: str | None = Field(
        default=None, description="The book as an EPUB 3 that reads itself aloud, once built."
    )
    urls_expire_at: datetime | None = Field(
        default=None, description="When the URLs in this body stop working; ask again for new."
    )
