"""A fake Gemini API for tests and benchmarks: the real REST shapes, on 127.0.0.1 only.

    python tests/fakes/fake_gemini.py --port 8765 [--api-key KEY] [--config JSON]
    FAKE_GEMINI_CONFIG='{"latency": {"tts": 3}}' python tests/fakes/fake_gemini.py --port 8765

Point google-genai at it with `GOOGLE_GEMINI_BASE_URL=http://127.0.0.1:8765` (or
`HttpOptions(base_url=...)`); the real SDK code then runs against it.

It serves `POST /{v1,v1beta}/models/{model}:generateContent` and
`:streamGenerateContent?alt=sse` (a story streamed in `stream_pieces` pieces spread over its
latency, as a model writes it; see `_written_sse`), answering
`candidates[].content.parts[]` with `text` or
`inlineData {mimeType, data}` and errors as `{"error": {"code", "message", "status"}}`. It checks
what it receives: the `x-goog-api-key` header, the model, the config of each kind of request
(a JSON response schema for stories, not too deep; a known prebuilt voice for speech; a valid
aspect ratio for images, and the reference image on any prompt that speaks of one), and answers
plausibly:

- story (JSON mime type + response schema): a JSON document filled in from the schema it was
  sent, deterministic, in the languages, page count and child's name the prompt's `key: value`
  lines name (any two of Korean, English, Japanese, Chinese, Spanish, Vietnamese, French,
  German), every text in its language's script;
- quiz (a response schema with `questions`): the brief's `question_count` questions (flat:
  kind, question/choices/explanation in both languages, answer_index, source_pages), four
  distinct choices each, vocabulary and story questions taking turns, the answer's position
  rotating, source pages within `page_count`; deterministic;
- speech (`responseModalities: ["AUDIO"]`): a loud 400 Hz tone as `audio/L16;codec=pcm;rate=N`
  PCM (or `audio/wav`), its length proportional to the text read (the prompt's last paragraph:
  one before it is taken for the reading instruction);
- image (`responseModalities` with IMAGE): a PNG (or JPEG) of exactly the requested ratio.

True to the Gemini API as of December 2026 (sources, read then: Google's "Gemini
deprecations" page https://ai.google.dev/gemini-api/docs/deprecations, the models page
https://ai.google.dev/gemini-api/docs/models, "Migrate to Gemini 3.8 TTS"
https://docs.cloud.google.com/gemini-enterprise-agent-platform/models/text-to-speech/migration-guide,
the speech and image generation guides, and "API versions explained"
https://ai.google.dev/gemini-api/docs/api-versions):

- only current models answer (`config["models"]`: id -> text, tts or image); a retired id
  (`gemini-2.5-flash`, `gemini-2.5-pro`, `gemini-2.5-flash-image`, the 2.5 preview TTS models)
  answers 404 NOT_FOUND, on `generateContent` and on `models.get` (`GET /{v}/models/{id}`);
  `models.list` (`GET /{v}/models`) lists the current ones;
- a request of the wrong kind for the model (audio asked of a text model, text of a speech
  model) is 400 INVALID_ARGUMENT;
- Gemini 3.8 TTS (`config["tts_38_models"]`) reads `parts[].text` verbatim (the style goes in
  the part's `speechMetadata.style`), rejects `temperature`, `topP` and `topK` with 400
  INVALID_ARGUMENT, and answers a unary call with a whole WAV file (`audio/wav`), a streamed
  one with raw PCM; the older speech model answers raw PCM (`audio/L16;codec=pcm;rate=24000`)
  and takes a reading instruction in the text (the last paragraph is what it speaks);
- `speechConfig.languageCode` must be a BCP-47 tag; `imageConfig.imageSize` one of 1K, 2K, 4K.

Control and inspection, at runtime:

- `GET/POST /_fake/config`: read or merge the configuration (see `DEFAULT_CONFIG`);
- `GET /_fake/requests`: every request seen (kind, model, voice, aspect ratio, whether a
  reference image was attached, prompt digest, status, fault), `DELETE` to clear;
- `POST /_fake/reset`: back to the start-up configuration, no requests.

Faults (`config["faults"]`, applied in order to matching requests; `match` is story, quiz, tts,
image or any; a fault applies to every `every`-th match, `count` times): `429` (with `retry_after`
seconds in the `Retry-After` header and/or a RetryInfo detail, `retry_in` header/body/both),
`500`, `503`, `502_html` (a proxy's HTML 502, no JSON), `timeout` (answer after `seconds`),
`safety` (prompt blocked), `image_safety` (finish reason IMAGE_SAFETY), `no_image` (finish
reason NO_IMAGE), `image_other` (IMAGE_OTHER), `text_only` (an image request answered with
text), `no_audio`,
for stories and quizzes `bad_json`, `wrong_script`, `wrong_count`, `renumber` (a quiz: source
pages 0 and past the end added), and for quizzes `bad_answer` (answer_index 4 in the first
question, a repeated choice in the last). `latency` delays every answer of a kind by that
many seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import copy
import hashlib
import io
import json
import math
import os
import re
import struct
import sys
import time
import wave
from typing import Any

import uvicorn
from PIL import Image, ImageDraw
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route

DEFAULT_CONFIG: dict[str, Any] = {
    # None accepts any non-empty key.
    "api_key": "test-gemini-key",
    # The current models (December 2026) and what they generate; anything else is 404.
    "models": {
        "gemini-3.8-flash": "text",
        "gemini-3.5-flash": "text",
        "gemini-3.5-flash-lite": "text",
        "gemini-3.1-flash-lite": "text",
        "gemini-2.5-flash-lite": "text",
        "gemini-3.8-flash-tts": "tts",
        "gemini-3.8-flash-lite-tts": "tts",
        "gemini-3.1-flash-tts-preview": "tts",
        "gemini-3.1-flash-image": "image",
        "gemini-3-pro-image": "image",
    },
    # Speech models with the Gemini 3.8 request: verbatim text, no sampling, unary WAV.
    "tts_38_models": ["gemini-3.8-flash-tts", "gemini-3.8-flash-lite-tts"],
    "latency": {"story": 0.0, "quiz": 0.0, "tts": 0.0, "image": 0.0},
    "faults": [],
    "audio_format": "auto",  # auto: WAV from 3.8 TTS unary calls, else PCM; or "pcm" / "wav"
    "audio_rate": 24000,
    "seconds_per_char": 0.03,
    "image_format": "png",  # or "jpeg"
    "image_long_side": 512,
    "max_schema_depth": 4,  # nested objects/arrays; deeper schemas are refused like Gemini does
    # A streamed story (streamGenerateContent) comes in this many pieces spread evenly over
    # the story latency, as a model writes it.
    "stream_pieces": 60,
}

# The prebuilt voices of Gemini speech models.
_VOICE_NAMES = (
    "Zephyr Puck Charon Kore Fenrir Leda Orus Aoede Callirrhoe Autonoe Enceladus Iapetus "
    "Umbriel Algieba Despina Erinome Algenib Rasalgethi Laomedeia Achernar Alnilam Schedar "
    "Gacrux Pulcherrima Achird Zubenelgenubi Vindemiatrix Sadachbia Sadaltager Sulafat"
)
VOICES = frozenset(_VOICE_NAMES.split())
ASPECT_RATIOS = frozenset({"1:1", "2:3", "3:2", "3:4", "4:3", "4:5", "5:4", "9:16", "16:9", "21:9"})
IMAGE_SIZES = frozenset({"1K", "2K", "4K"})
_BCP47 = re.compile(r"^[a-z]{2,3}(-[A-Z][a-z]{3})?-([A-Z]{2}|[0-9]{3})$")
_SAMPLING = ("temperature", "topP", "topK")

# Per language: a page marker, title, four page sentences, vocabulary (word, definition), and
# the quiz's two questions and its explanation. `{n}` is the child's name, `{p}` the page
# number, `{w}` a vocabulary word.
LANGUAGES: dict[str, dict[str, Any]] = {
    "ko": {
        "page": "({p}쪽)",
        "title": "{n}의 반짝이는 모험",
        "pages": [
            "{n}는 아침에 작은 용을 만났어요.",
            "둘은 함께 숲속 길을 걸었어요.",
            "길을 잃은 아기 새를 도와주었어요.",
            "저녁이 되자 모두 집으로 돌아왔어요.",
        ],
        "words": [
            ("친구", "함께 노는 사람이에요."),
            ("숲", "나무가 많은 곳이에요."),
            ("별", "밤하늘에 빛나요."),
        ],
        # The words of each page (a word of its text, a definition that names it).
        "page_words": [
            [("아침", "아침은 해가 뜨는 때예요."), ("용", "용은 이야기 속의 큰 동물이에요.")],
            [("숲속", "숲속은 나무가 많은 숲의 안쪽이에요."), ("길", "길은 걸어가는 곳이에요.")],
            [("새", "새는 날개가 있는 동물이에요."), ("길", "길은 걸어가는 곳이에요.")],
            [("저녁", "저녁은 해가 지는 때예요."), ("집", "집은 사람이 사는 곳이에요.")],
        ],
        "quiz_word": "‘{w}’의 뜻은 무엇일까요?",
        "quiz_story": "가장 먼저 일어난 일은 무엇일까요?",
        "quiz_why": "{p}쪽을 보세요.",
    },
    "en": {
        "page": "(Page {p})",
        "title": "{n}'s Shining Adventure",
        "pages": [
            "In the morning, {n} met a little dragon.",
            "Together they walked along the forest path.",
            "They helped a lost baby bird find its nest.",
            "When evening came, everyone went home happy.",
        ],
        "words": [
            ("friend", "Someone you like to play with."),
            ("forest", "A place with many trees."),
            ("star", "A light that shines in the night sky."),
        ],
        # The words of each page (a word of its text, a definition that names it).
        "page_words": [
            [
                ("morning", "Morning is the start of the day."),
                ("dragon", "A dragon is a big animal from stories."),
            ],
            [
                ("forest", "A forest is a place with many trees."),
                ("path", "A path is a way to walk on."),
            ],
            [("bird", "A bird is an animal with wings."), ("nest", "A nest is a bird's home.")],
            [("evening", "Evening is the end of the day."), ("home", "Home is where you live.")],
        ],
        "quiz_word": "What does “{w}” mean?",
        "quiz_story": "What happened first?",
        "quiz_why": "Look at page {p}.",
    },
    "ja": {
        "page": "({p}ページ)",
        "title": "{n}のきらきらぼうけん",
        "pages": [
            "あさ、{n}はちいさなドラゴンにあいました。",
            "ふたりはいっしょに森のみちをあるきました。",
            "まいごのことりをたすけてあげました。",
            "ゆうがたになって、みんなでおうちにかえりました。",
        ],
        "words": [
            ("ともだち", "いっしょにあそぶひと。"),
            ("森", "きがたくさんあるところ。"),
            ("ほし", "よるのそらでひかるもの。"),
        ],
        # The words of each page (a word of its text, a definition that names it).
        "page_words": [
            [
                ("あさ", "あさは一日のはじまりです。"),
                ("ドラゴン", "ドラゴンはおはなしの大きなどうぶつです。"),
            ],
            [("森", "森は木がたくさんあるところです。"), ("みち", "みちはあるくところです。")],
            [
                ("ことり", "ことりは小さな鳥です。"),
                ("まいご", "まいごは道がわからなくなった子です。"),
            ],
            [
                ("ゆうがた", "ゆうがたは一日のおわりです。"),
                ("おうち", "おうちはすんでいるところです。"),
            ],
        ],
        "quiz_word": "「{w}」のいみはどれでしょう？",
        "quiz_story": "さいしょにおきたのはどれでしょう？",
        "quiz_why": "{p}ページを見てね。",
    },
    "zh": {
        "page": "(第{p}页)",
        "title": "{n}的闪亮冒险",
        "pages": [
            "早上，{n}遇到了一条小龙。",
            "他们一起走在森林小路上。",
            "他们帮助迷路的小鸟找到了家。",
            "到了晚上，大家开心地回家了。",
        ],
        "words": [
            ("朋友", "一起玩的人。"),
            ("森林", "有很多树的地方。"),
            ("星星", "夜空里发光的东西。"),
        ],
        # The words of each page (a word of its text, a definition that names it).
        "page_words": [
            [("早上", "早上是一天的开始。"), ("龙", "龙是故事里的大动物。")],
            [("森林", "森林是有很多树的地方。"), ("小路", "小路是窄窄的路。")],
            [("小鸟", "小鸟是有翅膀的小动物。"), ("家", "家是住的地方。")],
            [("晚上", "晚上是一天的结束。"), ("家", "家是住的地方。")],
        ],
        "quiz_word": "“{w}”是什么意思？",
        "quiz_story": "最先发生的是哪件事？",
        "quiz_why": "请看第{p}页。",
    },
    "es": {
        "page": "(Página {p})",
        "title": "La aventura brillante de {n}",
        "pages": [
            "Por la mañana, {n} conoció a un pequeño dragón.",
            "Juntos caminaron por el sendero del bosque.",
            "Ayudaron a un pajarito perdido a encontrar su nido.",
            "Al llegar la noche, todos volvieron felices a casa.",
        ],
        "words": [
            ("amigo", "Alguien con quien te gusta jugar."),
            ("bosque", "Un lugar con muchos árboles."),
            ("estrella", "Una luz que brilla en el cielo de noche."),
        ],
        # The words of each page (a word of its text, a definition that names it).
        "page_words": [
            [
                ("mañana", "La mañana es el comienzo del día."),
                ("dragón", "Un dragón es un gran animal de los cuentos."),
            ],
            [
                ("bosque", "Un bosque es un lugar con muchos árboles."),
                ("sendero", "Un sendero es un camino estrecho."),
            ],
            [
                ("nido", "Un nido es la casa de un pájaro."),
                ("pajarito", "Un pajarito es un pájaro pequeño."),
            ],
            [("noche", "La noche es el final del día."), ("casa", "Una casa es donde vives.")],
        ],
        "quiz_word": "¿Qué significa «{w}»?",
        "quiz_story": "¿Qué pasó primero?",
        "quiz_why": "Mira la página {p}.",
    },
    "vi": {
        "page": "(Trang {p})",
        "title": "Chuyến phiêu lưu lấp lánh của {n}",
        "pages": [
            "Buổi sáng, {n} gặp một chú rồng nhỏ.",
            "Hai bạn cùng đi trên con đường trong rừng.",
            "Các bạn giúp chú chim non bị lạc tìm về tổ.",
            "Khi trời tối, mọi người vui vẻ về nhà.",
        ],
        "words": [
            ("bạn", "Người cùng chơi với em."),
            ("rừng", "Nơi có rất nhiều cây."),
            ("ngôi sao", "Ánh sáng trên bầu trời đêm."),
        ],
        # The words of each page (a word of its text, a definition that names it).
        "page_words": [
            [
                ("buổi sáng", "Buổi sáng là lúc bắt đầu một ngày."),
                ("rồng", "Rồng là con vật lớn trong truyện."),
            ],
            [("rừng", "Rừng là nơi có rất nhiều cây."), ("con đường", "Con đường là lối để đi.")],
            [("chim", "Chim là con vật có cánh."), ("tổ", "Tổ là nhà của chim.")],
            [("nhà", "Nhà là nơi mình sống."), ("trời", "Trời là khoảng không trên cao.")],
        ],
        "quiz_word": "“{w}” nghĩa là gì?",
        "quiz_story": "Chuyện gì xảy ra đầu tiên?",
        "quiz_why": "Hãy xem trang {p}.",
    },
    "fr": {
        "page": "(Page {p})",
        "title": "La belle aventure de {n}",
        "pages": [
            "Le matin, {n} rencontra un petit dragon.",
            "Ensemble, ils marchèrent sur le chemin de la forêt.",
            "Ils aidèrent un oisillon perdu à retrouver son nid.",
            "Le soir venu, tout le monde rentra heureux.",
        ],
        "words": [
            ("ami", "Quelqu'un avec qui on aime jouer."),
            ("forêt", "Un endroit avec beaucoup d'arbres."),
            ("étoile", "Une lumière qui brille la nuit."),
        ],
        # The words of each page (a word of its text, a definition that names it).
        "page_words": [
            [
                ("matin", "Le matin est le début de la journée."),
                ("dragon", "Un dragon est un grand animal des contes."),
            ],
            [
                ("forêt", "Une forêt est un endroit avec beaucoup d'arbres."),
                ("chemin", "Un chemin est une voie pour marcher."),
            ],
            [
                ("nid", "Un nid est la maison d'un oiseau."),
                ("oisillon", "Un oisillon est un petit oiseau."),
            ],
            [
                ("soir", "Le soir est la fin de la journée."),
                ("monde", "Le monde, ce sont tous les gens."),
            ],
        ],
        "quiz_word": "Que veut dire « {w} » ?",
        "quiz_story": "Que s’est-il passé en premier ?",
        "quiz_why": "Regarde la page {p}.",
    },
    "de": {
        "page": "(Seite {p})",
        "title": "{n}s funkelndes Abenteuer",
        "pages": [
            "Am Morgen traf {n} einen kleinen Drachen.",
            "Zusammen gingen sie den Waldweg entlang.",
            "Sie halfen einem verirrten Vogelkind, sein Nest zu finden.",
            "Am Abend gingen alle glücklich nach Hause.",
        ],
        "words": [
            ("Freund", "Jemand, mit dem man gerne spielt."),
            ("Wald", "Ein Ort mit vielen Bäumen."),
            ("Stern", "Ein Licht am Nachthimmel."),
        ],
        # The words of each page (a word of its text, a definition that names it).
        "page_words": [
            [
                ("Morgen", "Der Morgen ist der Anfang des Tages."),
                ("Drache", "Ein Drache ist ein großes Tier aus Geschichten."),
            ],
            [("Waldweg", "Ein Waldweg ist ein Weg durch den Wald.")],
            [
                ("Nest", "Ein Nest ist das Zuhause eines Vogels."),
                ("Vogelkind", "Ein Vogelkind ist ein junger Vogel."),
            ],
            [("Abend", "Der Abend ist das Ende des Tages.")],
        ],
        "quiz_word": "Was bedeutet „{w}“?",
        "quiz_story": "Was ist zuerst passiert?",
        "quiz_why": "Schau auf Seite {p}.",
    },
}
LANGUAGE_NAMES = {
    "korean": "ko",
    "english": "en",
    "japanese": "ja",
    "chinese": "zh",
    "spanish": "es",
    "vietnamese": "vi",
    "french": "fr",
    "german": "de",
}
SCENES = [
    "a sunny meadow with a small friendly dragon",
    "a winding forest path under tall green trees",
    "a tiny bird's nest on a low branch",
    "a cosy house with warm lights at dusk",
]


class GeminiError(Exception):
    """An error answer, in Gemini's envelope."""

    def __init__(
        self,
        code: int,
        status: str,
        message: str,
        details: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.code, self.status, self.message = code, status, message
        self.details = details or []
        self.headers = headers or {}

    def response(self) -> JSONResponse:
        error: dict[str, Any] = {"code": self.code, "message": self.message, "status": self.status}
        if self.details:
            error["details"] = self.details
        return JSONResponse({"error": error}, status_code=self.code, headers=self.headers)


def _get(obj: Any, *names: str) -> Any:
    """A field by its camelCase or snake_case name (the API accepts both; the SDK mixes them)."""
    if not isinstance(obj, dict):
        return None
    for name in names:
        for key in (name, re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()):
            if key in obj:
                return obj[key]
    return None


class FakeGemini:
    """The fake's state: configuration, fault counters, recorded requests."""

    def __init__(self, config: dict[str, Any]) -> None:
        self.initial = copy.deepcopy(config)
        self.config = copy.deepcopy(config)
        self.requests: list[dict[str, Any]] = []
        self.matches: list[int] = []  # per fault: matching requests seen
        self.applied: list[int] = []  # per fault: times applied

    def reset(self) -> None:
        self.config = copy.deepcopy(self.initial)
        self.requests.clear()
        self._reset_faults()

    def update(self, changes: dict[str, Any]) -> None:
        for key, value in changes.items():
            if key == "latency":
                self.config["latency"] = {**self.config["latency"], **value}
            else:
                self.config[key] = value
        if "faults" in changes:
            self._reset_faults()

    def _reset_faults(self) -> None:
        self.matches = [0] * len(self.config["faults"])
        self.applied = [0] * len(self.config["faults"])

    def take_fault(self, kind: str) -> dict[str, Any] | None:
        """The first fault that applies to this request of `kind`, counted as used."""
        for i, fault in enumerate(self.config["faults"]):
            if fault.get("match", "any") not in (kind, "any"):
                continue
            if not _fault_fits(fault["kind"], kind):
                continue
            if self.applied[i] >= fault.get("count", 1):
                continue
            self.matches[i] += 1
            if self.matches[i] % max(int(fault.get("every", 1)), 1) == 0:
                self.applied[i] += 1
                return dict(fault)
        return None

    # --- requests ---------------------------------------------------------------------------

    async def generate(self, request: Request) -> Response:
        version = request.path_params["version"]
        model, _, method = request.path_params["target"].partition(":")
        stream = method == "streamGenerateContent"
        record: dict[str, Any] = {
            "n": len(self.requests) + 1,
            "at": time.time(),
            "version": version,
            "model": model,
            "stream": stream,
            "kind": None,
            "status": 200,
            "fault": None,
        }
        self.requests.append(record)
        try:
            if version not in ("v1", "v1beta") or method not in (
                "generateContent",
                "streamGenerateContent",
            ):
                raise GeminiError(404, "NOT_FOUND", f"unknown method {version}/{method}")
            self._check_key(request)
            body = await request.json()
            kind = _kind_of(body)
            record.update(_describe(body, kind))
            self._check_model(model, version, kind)
            _check_request(body, kind, record, self.config)
            if kind == "tts" and model in self.config["tts_38_models"]:
                sent = [p for p in _SAMPLING if _get(_generation_config(body), p) is not None]
                if sent:
                    raise GeminiError(
                        400,
                        "INVALID_ARGUMENT",
                        f"{', '.join(sent)} is not supported for {model}.",
                    )
            fault = self.take_fault(kind)
            if fault is not None:
                record["fault"] = fault["kind"]
                await self._raise_fault(fault)
            latency = float(self.config["latency"].get(kind, 0.0))
            if not (stream and kind == "story"):
                await asyncio.sleep(latency)
            answer = self._answer(body, kind, model, fault, stream)
        except (GeminiError, HtmlError) as error:
            record["status"] = error.code
            return error.response()
        if stream and kind == "story":
            return _written_sse(answer, latency, int(self.config["stream_pieces"]), record)
        if stream:
            return _sse(answer)
        return JSONResponse(answer)

    def _check_key(self, request: Request) -> None:
        key = request.headers.get("x-goog-api-key") or request.query_params.get("key")
        if not key:
            raise GeminiError(
                403,
                "PERMISSION_DENIED",
                "Method doesn't allow unregistered callers. Please use an API key.",
            )
        expected = self.config.get("api_key")
        if expected is not None and key != expected:
            raise GeminiError(
                400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key."
            )

    def _check_model(self, model: str, version: str, kind: str) -> None:
        if model not in self.config["models"]:
            raise _model_not_found(model, version)
        serves = self._serves(model)
        wants = kind if kind in ("tts", "image") else "text"
        if serves != wants:
            asked = {"tts": "audio", "image": "image", "text": "text"}[wants]
            raise GeminiError(
                400,
                "INVALID_ARGUMENT",
                f"Model {model} does not support the requested response modality: {asked}.",
            )

    def _serves(self, model: str) -> str:
        """text, tts or image; a configuration that lists ids only is read by their names."""
        models = self.config["models"]
        if isinstance(models, dict):
            return str(models[model])
        return "tts" if "tts" in model else "image" if "image" in model else "text"

    def _model_resource(self, model: str) -> dict[str, Any]:
        serves = self._serves(model)
        return {
            "name": f"models/{model}",
            "baseModelId": model,
            "version": model.split("-")[1],
            "displayName": model.replace("-", " ").title(),
            "supportedGenerationMethods": ["generateContent", "streamGenerateContent"]
            + (["countTokens"] if serves == "text" else []),
        }

    async def get_model(self, request: Request) -> Response:
        """`models.get`: the model's resource, 404 for a retired or unknown id."""
        version, model = request.path_params["version"], request.path_params["target"]
        record = {"n": len(self.requests) + 1, "at": time.time(), "version": version}
        record |= {"model": model, "kind": "models.get", "status": 200, "fault": None}
        self.requests.append(record)
        try:
            self._check_key(request)
            if model not in self.config["models"]:
                raise _model_not_found(model, version)
        except GeminiError as error:
            record["status"] = error.code
            return error.response()
        return JSONResponse(self._model_resource(model))

    async def list_models(self, request: Request) -> Response:
        """`models.list`: the current models."""
        try:
            self._check_key(request)
        except GeminiError as error:
            return error.response()
        return JSONResponse({"models": [self._model_resource(m) for m in self.config["models"]]})

    async def _raise_fault(self, fault: dict[str, Any]) -> None:
        kind = fault["kind"]
        if kind == "429":
            delay = float(fault.get("retry_after", 1.0))
            where = fault.get("retry_in", "both")
            headers = {"Retry-After": f"{delay:g}"} if where in ("header", "both") else {}
            details = (
                [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": f"{delay:g}s"}]
                if where in ("body", "both")
                else []
            )
            raise GeminiError(
                429,
                "RESOURCE_EXHAUSTED",
                "You exceeded your current quota, please check your plan and billing details.",
                details,
                headers,
            )
        if kind == "503":
            raise GeminiError(
                503, "UNAVAILABLE", "The model is overloaded. Please try again later."
            )
        if kind == "500":
            raise GeminiError(500, "INTERNAL", "An internal error has occurred.")
        if kind == "502_html":
            raise HtmlError(502, "<html><body><h1>502 Bad Gateway</h1></body></html>")
        if kind == "timeout":
            await asyncio.sleep(float(fault.get("seconds", 30.0)))

    # --- answers ----------------------------------------------------------------------------

    def _answer(
        self,
        body: dict[str, Any],
        kind: str,
        model: str,
        fault: dict[str, Any] | None,
        stream: bool = False,
    ) -> dict[str, Any]:
        fault_kind = fault["kind"] if fault else None
        if fault_kind == "safety":
            return {"promptFeedback": {"blockReason": "SAFETY"}, "modelVersion": model}
        finishes = {
            "image_safety": "IMAGE_SAFETY",
            "no_image": "NO_IMAGE",
            "image_other": "IMAGE_OTHER",
            "no_audio": "OTHER",
        }
        if fault_kind in finishes:
            return _response(model, [], finishes[fault_kind])
        if fault_kind == "text_only":
            return _response(model, [{"text": "I can only describe this picture in words."}])
        text = _prompt_text(body)
        if kind == "tts":
            if model in self.config["tts_38_models"]:
                # 3.8 reads the text verbatim: an instruction in it would be spoken too.
                spoken, wav = text.strip(), not stream
            else:
                # Older models: the last paragraph; one before it is the reading instruction.
                spoken, wav = text.strip().rsplit("\n\n", 1)[-1], False
            fmt = self.config["audio_format"]
            wav = wav if fmt == "auto" else fmt == "wav"
            return _response(model, [{"inlineData": self._audio(spoken, wav)}])
        if kind == "image":
            return _response(model, [{"inlineData": self._image(body, text)}])
        if kind == "story":
            return _response(model, [{"text": _story_json(body, text, fault_kind)}])
        if kind == "quiz":
            return _response(model, [{"text": _quiz_json(text, fault_kind)}])
        return _response(model, [{"text": f"(fake answer to {len(text)} characters)"}])

    def _audio(self, text: str, wav: bool) -> dict[str, str]:
        rate = int(self.config["audio_rate"])
        seconds = min(max(len(text) * float(self.config["seconds_per_char"]), 0.6), 20.0)
        pcm = _tone(rate, seconds)
        if wav:
            buffer = io.BytesIO()
            with wave.open(buffer, "wb") as out:
                out.setnchannels(1)
                out.setsampwidth(2)
                out.setframerate(rate)
                out.writeframes(pcm)
            return {"mimeType": "audio/wav", "data": base64.b64encode(buffer.getvalue()).decode()}
        mime = f"audio/L16;codec=pcm;rate={rate}"
        return {"mimeType": mime, "data": base64.b64encode(pcm).decode()}

    def _image(self, body: dict[str, Any], text: str) -> dict[str, str]:
        ratio = _get(_get(_generation_config(body), "imageConfig"), "aspectRatio") or "1:1"
        w, h = (int(x) for x in ratio.split(":"))
        long_side = int(self.config["image_long_side"])
        size = (
            (long_side, round(long_side * h / w))
            if w >= h
            else (round(long_side * w / h), long_side)
        )
        digest = hashlib.sha256(text.encode()).digest()
        image = Image.new("RGB", size, (digest[0], digest[1], digest[2]))
        draw = ImageDraw.Draw(image)
        r = min(size) // 4
        cx, cy = size[0] // 2, size[1] // 2
        draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(250, 220, 180), outline=(60, 40, 30))
        buffer = io.BytesIO()
        fmt = "JPEG" if self.config["image_format"] == "jpeg" else "PNG"
        image.save(buffer, fmt)
        mime = "image/jpeg" if fmt == "JPEG" else "image/png"
        return {"mimeType": mime, "data": base64.b64encode(buffer.getvalue()).decode()}


class HtmlError(Exception):
    """An error answered by something in front of the API (a proxy): HTML, not JSON."""

    def __init__(self, code: int, html: str) -> None:
        super().__init__(html)
        self.code, self.html = code, html

    def response(self) -> Response:
        return Response(self.html, status_code=self.code, media_type="text/html")


def _model_not_found(model: str, version: str) -> GeminiError:
    return GeminiError(
        404,
        "NOT_FOUND",
        f"models/{model} is not found for API version {version}, or is not supported "
        "for generateContent. Call ListModels to see the list of available models and their "
        "supported methods.",
    )


def _fault_fits(fault: str, kind: str) -> bool:
    story_only = {"bad_json", "wrong_script", "wrong_count", "renumber"}
    image_only = {"image_safety", "text_only", "no_image", "image_other"}
    if fault in story_only:
        return kind in ("story", "quiz")
    if fault == "bad_answer":
        return kind == "quiz"
    if fault in image_only:
        return kind == "image"
    if fault == "no_audio":
        return kind == "tts"
    return True


def _generation_config(body: dict[str, Any]) -> dict[str, Any]:
    return _get(body, "generationConfig") or {}


def _kind_of(body: dict[str, Any]) -> str:
    config = _generation_config(body)
    modalities = {str(m).upper() for m in _get(config, "responseModalities") or []}
    if "AUDIO" in modalities:
        return "tts"
    if "IMAGE" in modalities:
        return "image"
    schema = _get(config, "responseSchema", "responseJsonSchema")
    if schema is not None:
        return "quiz" if "questions" in (_get(schema, "properties") or {}) else "story"
    return "text"


def _parts(body: dict[str, Any]) -> list[dict[str, Any]]:
    contents = _get(body, "contents") or []
    return [p for c in contents for p in (_get(c, "parts") or []) if isinstance(p, dict)]


def _prompt_text(body: dict[str, Any]) -> str:
    return "\n".join(str(_get(p, "text")) for p in _parts(body) if _get(p, "text"))


def _images(body: dict[str, Any]) -> list[bytes]:
    found = []
    for part in _parts(body):
        blob = _get(part, "inlineData")
        if blob and str(_get(blob, "mimeType") or "").startswith("image/"):
            # The SDK sends bytes URL-safe base64 encoded; the API takes either alphabet.
            found.append(base64.b64decode(str(_get(blob, "data") or ""), altchars=b"-_"))
    return found


def _describe(body: dict[str, Any], kind: str) -> dict[str, Any]:
    """What a test may want to assert about a request."""
    config = _generation_config(body)
    text = _prompt_text(body)
    speech = _get(config, "speechConfig")
    voice_config = _get(speech, "voiceConfig")
    voice = _get(voice_config, "voice") or _get(
        _get(voice_config, "prebuiltVoiceConfig"), "voiceName"
    )
    styles = [_get(_get(p, "speechMetadata"), "style") for p in _parts(body)]
    fields = dict(_brief_lines(text))
    return {
        "kind": kind,
        "voice": voice,
        "temperature": _get(config, "temperature"),
        "top_p": _get(config, "topP"),
        "top_k": _get(config, "topK"),
        "language_code": _get(speech, "languageCode"),
        "speech_style": next((s for s in styles if s), None),
        "thinking_level": _get(_get(config, "thinkingConfig"), "thinkingLevel"),
        "thinking_budget": _get(_get(config, "thinkingConfig"), "thinkingBudget"),
        "aspect_ratio": _get(_get(config, "imageConfig"), "aspectRatio"),
        "image_size": _get(_get(config, "imageConfig"), "imageSize"),
        "has_reference": bool(_images(body)),
        "image_kind": ("cover" if "book cover" in text.lower() else "page")
        if kind == "image"
        else None,
        "has_system_instruction": _get(body, "systemInstruction") is not None,
        "child_name": fields.get("child_name"),
        "prompt_sha": hashlib.sha256(text.encode()).hexdigest()[:16],
        "prompt": text[:4000],
    }


def _check_request(
    body: dict[str, Any], kind: str, record: dict[str, Any], config: dict[str, Any]
) -> None:
    if not _parts(body):
        raise GeminiError(400, "INVALID_ARGUMENT", "contents is not specified")
    temperature = _get(_generation_config(body), "temperature")
    if temperature is not None and not 0 <= float(temperature) <= 2:
        raise GeminiError(400, "INVALID_ARGUMENT", "temperature must be between 0 and 2")
    if kind == "tts":
        if record["voice"] not in VOICES:
            raise GeminiError(
                400, "INVALID_ARGUMENT", f"Voice {record['voice']!r} is not supported."
            )
        if not _prompt_text(body).strip():
            raise GeminiError(400, "INVALID_ARGUMENT", "the text to speak is empty")
        code = record["language_code"]
        if code is not None and not _BCP47.match(str(code)):
            raise GeminiError(400, "INVALID_ARGUMENT", f"Invalid language code {code!r}.")
    elif kind == "image":
        ratio = record["aspect_ratio"]
        if ratio is not None and ratio not in ASPECT_RATIOS:
            raise GeminiError(400, "INVALID_ARGUMENT", f"Unsupported aspect ratio {ratio}.")
        size = record["image_size"]
        if size is not None and size not in IMAGE_SIZES:
            raise GeminiError(400, "INVALID_ARGUMENT", f"Unsupported image size {size}.")
        for data in _images(body):
            try:
                Image.open(io.BytesIO(data)).verify()
            except Exception:
                raise GeminiError(
                    400, "INVALID_ARGUMENT", "Unable to process input image."
                ) from None
        if "reference image" in _prompt_text(body).lower() and not record["has_reference"]:
            raise GeminiError(
                400,
                "INVALID_ARGUMENT",
                "the prompt refers to a reference image, but none is attached",
            )
    elif kind in ("story", "quiz"):
        generation = _generation_config(body)
        if _get(generation, "responseMimeType") != "application/json":
            raise GeminiError(
                400, "INVALID_ARGUMENT", "a response schema needs responseMimeType application/json"
            )
        schema = _get(generation, "responseSchema", "responseJsonSchema")
        if str(_get(schema, "type")).upper() != "OBJECT" or not _get(schema, "properties"):
            raise GeminiError(400, "INVALID_ARGUMENT", "the response schema must be an object")
        depth = _schema_depth(schema)
        if depth > int(config["max_schema_depth"]):
            raise GeminiError(
                400,
                "INVALID_ARGUMENT",
                "The specified schema produces a constraint that has too many states for serving. "
                f"(nesting depth {depth})",
            )


def _schema_depth(schema: Any) -> int:
    if not isinstance(schema, dict):
        return 0
    kind = str(_get(schema, "type")).upper()
    if kind == "OBJECT":
        return 1 + max(
            (_schema_depth(s) for s in (_get(schema, "properties") or {}).values()), default=0
        )
    if kind == "ARRAY":
        return 1 + _schema_depth(_get(schema, "items"))
    return 0


def _response(model: str, parts: list[dict[str, Any]], finish: str = "STOP") -> dict[str, Any]:
    return {
        "candidates": [
            {"content": {"parts": parts, "role": "model"}, "finishReason": finish, "index": 0}
        ],
        "usageMetadata": {
            "promptTokenCount": 10,
            "candidatesTokenCount": 10,
            "totalTokenCount": 20,
        },
        "modelVersion": model,
        "responseId": hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:20],
    }


def _sse(answer: dict[str, Any]) -> StreamingResponse:
    """The answer as server-sent events: text split in a few chunks, media in one."""
    chunks = [answer]
    parts = (answer.get("candidates") or [{}])[0].get("content", {}).get("parts", [])
    if len(parts) == 1 and "text" in parts[0] and len(parts[0]["text"]) > 3:
        text = parts[0]["text"]
        cut = [0, len(text) // 3, 2 * len(text) // 3, len(text)]
        chunks = []
        for i in range(3):
            chunk = copy.deepcopy(answer)
            candidate = chunk["candidates"][0]
            candidate["content"]["parts"] = [{"text": text[cut[i] : cut[i + 1]]}]
            if i < 2:
                candidate.pop("finishReason", None)
            chunks.append(chunk)

    async def events() -> Any:
        for chunk in chunks:
            yield f"data: {json.dumps(chunk)}\r\n\r\n".encode()

    return StreamingResponse(events(), media_type="text/event-stream")


def _written_sse(
    answer: dict[str, Any], seconds: float, pieces: int, record: dict[str, Any]
) -> StreamingResponse:
    """A story answer streamed as a model writes it: the JSON text cut into `pieces` pieces
    of about equal length, one every `seconds / pieces` (the first after that long too), each
    a `GenerateContentResponse` of its own with the text part's next piece; the last one
    carries the finish reason and the usage. `record["streamed"]` ends up `"complete"`, or
    `"closed"` when the client closed the stream before the end.

    Sources (checked December 2026): Gemini API reference, "Streaming content generation
    (streamGenerateContent): uses Server-Sent Events (SSE) to send chunks of the response as
    they are generated" (https://ai.google.dev/api); each chunk is a whole
    GenerateContentResponse with only its part of the text, to be concatenated by the client
    (discuss.google.dev, "streamGenerateContent method of gemini REST APIs giving multiple
    json objects"); google-genai 3.3.0 `client.aio.models.generate_content_stream` posts to
    `{model}:streamGenerateContent?alt=sse` and yields one response per `data:` event.
    """
    parts = answer.get("candidates", [{}])[0].get("content", {}).get("parts", [])
    text = parts[0].get("text", "") if len(parts) == 1 else ""
    if not text:
        return _sse(answer)
    count = max(1, min(pieces, len(text)))
    cuts = [round(i * len(text) / count) for i in range(count + 1)]
    chunks = []
    for i in range(count):
        chunk = copy.deepcopy(answer)
        candidate = chunk["candidates"][0]
        candidate["content"]["parts"] = [{"text": text[cuts[i] : cuts[i + 1]]}]
        if i < count - 1:
            candidate.pop("finishReason", None)
            chunk.pop("usageMetadata", None)
        chunks.append(chunk)
    record["streamed"] = "open"

    async def events() -> Any:
        try:
            for chunk in chunks:
                await asyncio.sleep(seconds / count)
                yield f"data: {json.dumps(chunk, ensure_ascii=False)}\r\n\r\n".encode()
            record["streamed"] = "complete"
        finally:
            if record["streamed"] != "complete":
                record["streamed"] = "closed"
                record["closed_at"] = time.time()

    return StreamingResponse(events(), media_type="text/event-stream")


def _tone(rate: int, seconds: float) -> bytes:
    """A 400 Hz sine, amplitude 12000 (RMS about 8500), as 16-bit little-endian PCM."""
    period = rate // 400 if rate % 400 == 0 else 0
    if period:
        one = struct.pack(
            f"<{period}h",
            *(round(12000 * math.sin(2 * math.pi * i / period)) for i in range(period)),
        )
        return one * int(seconds * 400)
    n = int(rate * seconds)
    return struct.pack(
        f"<{n}h", *(round(12000 * math.sin(2 * math.pi * 400 * i / rate)) for i in range(n))
    )


# --- the story ------------------------------------------------------------------------------


def _brief_lines(text: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2).strip()) for m in re.finditer(r"(?m)^([a-z_]+):\s*(.+)$", text)]


def _language_code(value: str | None, default: str) -> str:
    if not value:
        return default
    words = re.findall(r"[A-Za-z]+", value)
    for word in words:
        if word.lower() in LANGUAGE_NAMES:
            return LANGUAGE_NAMES[word.lower()]
        if word.lower() in LANGUAGES:
            return word.lower()
    return default


def _story_json(body: dict[str, Any], text: str, defect: str | None) -> str:
    """A story for the schema the request carries, in the languages its brief names."""
    if defect == "bad_json":
        return '{"title_primary": "unfinished'
    fields = dict(_brief_lines(text))
    try:
        pages = int(fields.get("page_count", "4"))
    except ValueError:
        pages = 4
    name = fields.get("child_name", "Mina")
    context = {
        "name": name,
        # The child's name as each language writes it, when the brief gives it.
        "names": {
            "primary": fields.get("child_name_primary", name),
            "secondary": fields.get("child_name_secondary", name),
        },
        "primary": _language_code(fields.get("primary_language"), "ko"),
        "secondary": _language_code(fields.get("secondary_language"), "en"),
        "pages": pages - 1 if defect == "wrong_count" else pages,
        "page": 0,
        "index": 0,
    }
    schema = _get(_generation_config(body), "responseSchema", "responseJsonSchema")
    story = _fill(schema, "story", context)
    if defect in ("wrong_script", "renumber") and isinstance(story.get("pages"), list):
        if defect == "wrong_script" and len(story["pages"]) > 1:
            story["pages"][1]["text_primary"] = "This sentence is in the wrong language."
        if defect == "renumber":
            for page in story["pages"]:
                page["page_number"] = page["page_number"] - 1  # numbered from 0
            story["pages"].reverse()
    return json.dumps(story, ensure_ascii=False)


def _quiz_json(text: str, defect: str | None) -> str:
    """A quiz of the brief's `question_count` (the flat QuizDraft shape), in its languages:
    vocabulary and story questions taking turns, the answer's position rotating, every source
    page within `page_count`."""
    if defect == "bad_json":
        return '{"questions": [{"kind": "vocab'
    fields = dict(_brief_lines(text))
    try:
        count = int(fields.get("question_count", "5"))
        pages = max(int(fields.get("page_count", "4")), 1)
    except ValueError:
        count, pages = 5, 4
    name = fields.get("child_name", "Mina")
    codes = (
        _language_code(fields.get("primary_language"), "ko"),
        _language_code(fields.get("secondary_language"), "en"),
    )
    questions = []
    for i in range(count - 1 if defect == "wrong_count" else count):
        vocabulary = i % 2 == 0
        shift = i % 4
        question: dict[str, Any] = {
            "kind": "vocabulary" if vocabulary else "story",
            "answer_index": ((i % 3 if vocabulary else 0) - shift) % 4,
            "source_pages": [1 + i % pages],
        }
        for role, code in zip(("primary", "secondary"), codes, strict=True):
            lang = LANGUAGES[code]
            sentences = [s.format(n=name) for s in lang["pages"]]
            if vocabulary:
                ask = lang["quiz_word"].format(w=lang["words"][i % 3][0])
                choices = [definition for _, definition in lang["words"]] + sentences[:1]
            else:
                ask, choices = lang["quiz_story"], sentences
            question[f"question_{role}"] = f"{i + 1}. {ask}"  # numbered: no two alike
            question[f"choices_{role}"] = choices[shift:] + choices[:shift]
            question[f"explanation_{role}"] = lang["quiz_why"].format(p=1 + i % pages)
        questions.append(question)
    if defect == "wrong_script" and len(questions) > 1:
        latin = codes[0] in ("en", "es", "vi", "fr", "de")
        questions[1]["question_primary"] = (
            "이 질문은 다른 언어예요." if latin else "This question is in the wrong language."
        )
    if defect == "bad_answer" and questions:
        questions[0]["answer_index"] = 4
        questions[-1]["choices_primary"][1] = questions[-1]["choices_primary"][0]
    if defect == "renumber":
        for question in questions:
            question["source_pages"] = [0, *question["source_pages"], pages + 1]
    return json.dumps({"questions": questions}, ensure_ascii=False)


def _fill(schema: Any, name: str, ctx: dict[str, Any]) -> Any:
    kind = str(_get(schema, "type")).upper()
    if kind == "OBJECT":
        return {
            key: _fill(sub, key, ctx) for key, sub in (_get(schema, "properties") or {}).items()
        }
    if kind == "ARRAY":
        items = _get(schema, "items")
        if name == "pages":
            return [_fill(items, "page", {**ctx, "page": i}) for i in range(1, ctx["pages"] + 1)]
        return [_fill(items, name, {**ctx, "index": i}) for i in range(3)]
    if kind in ("INTEGER", "NUMBER"):
        return ctx["page"] if "page" in name else ctx["index"]
    if kind == "BOOLEAN":
        return False
    return _text(name, ctx)


def _text(name: str, ctx: dict[str, Any]) -> str:
    role = (
        "primary"
        if name.endswith("primary")
        else "secondary"
        if name.endswith("secondary")
        else None
    )
    lang = LANGUAGES[ctx[role]] if role else LANGUAGES["en"]
    page, index, child = ctx["page"], ctx["index"], ctx.get("names", {}).get(role, ctx["name"])
    if name.startswith("title"):
        return lang["title"].format(n=child)
    if name.startswith("text"):
        sentences = lang["pages"]
        # The page marker keeps every page's text (and so every prompt) distinct.
        sentence = sentences[(page - 1) % len(sentences)].format(n=child)
        return f"{sentence} {lang['page'].format(p=page)}"
    if name.startswith(("vocab", "word", "definition")):
        words = lang["page_words"][(page - 1) % len(lang["page_words"])]
        return words[index % len(words)][0 if name.startswith(("vocab", "word")) else 1]
    if "scene" in name:
        return f"{child} in {SCENES[(page - 1) % len(SCENES)]}, picture {page}"
    return f"{name} {page}"


# --- the app --------------------------------------------------------------------------------


def create_app(config: dict[str, Any] | None = None) -> Starlette:
    """The fake as an ASGI app (`app.state.fake` holds its state)."""
    fake = FakeGemini({**copy.deepcopy(DEFAULT_CONFIG), **(config or {})})

    async def get_config(request: Request) -> JSONResponse:
        if request.method == "POST":
            fake.update(await request.json())
        return JSONResponse(fake.config)

    async def requests_(request: Request) -> JSONResponse:
        if request.method == "DELETE":
            fake.requests.clear()
        return JSONResponse(fake.requests)

    async def reset(request: Request) -> JSONResponse:
        fake.reset()
        return JSONResponse({"ok": True})

    async def health(request: Request) -> JSONResponse:
        return JSONResponse({"ok": True})

    app = Starlette(
        routes=[
            Route("/{version}/models/{target}", fake.generate, methods=["POST"]),
            Route("/{version}/models/{target}", fake.get_model, methods=["GET"]),
            Route("/{version}/models", fake.list_models, methods=["GET"]),
            Route("/_fake/config", get_config, methods=["GET", "POST"]),
            Route("/_fake/requests", requests_, methods=["GET", "DELETE"]),
            Route("/_fake/reset", reset, methods=["POST"]),
            Route("/_fake/health", health, methods=["GET"]),
        ]
    )
    app.state.fake = fake
    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="A fake Gemini API (REST shapes) on 127.0.0.1.")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--api-key", help="the key to accept (default: test-gemini-key)")
    parser.add_argument("--config", help="JSON merged over the defaults (after FAKE_GEMINI_CONFIG)")
    args = parser.parse_args(argv)
    config: dict[str, Any] = json.loads(os.environ.get("FAKE_GEMINI_CONFIG") or "{}")
    config.update(json.loads(args.config or "{}"))
    if args.api_key:
        config["api_key"] = args.api_key
    if "latency" in config:
        config["latency"] = {**DEFAULT_CONFIG["latency"], **config["latency"]}
    uvicorn.run(create_app(config), host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    sys.exit(main())
