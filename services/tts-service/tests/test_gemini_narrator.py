"""GeminiNarrator against the fake Gemini API (real google-genai client code), the WAV it
makes from the answer's MIME type, and skipped empty pages."""

from __future__ import annotations

import io
import wave

import pytest
from fake_bus import RecordingBus
from google.genai import types
from pydantic import SecretStr
from servers import FakeGeminiServer

from moretale_contracts.events import AudioPageSkipped, AudioRole, NarrationJob
from moretale_kit.bus import Fail, Retry
from moretale_kit.gemini import GeminiUnavailable
from tts_service.config import Settings
from tts_service.handlers import NarrationHandlers
from tts_service.narrators import Narration, NarrationRequest, make_narrator
from tts_service.narrators.gemini import GeminiNarrator, pcm_rate, to_narration

TEXT = "미나는 숲에서 작은 용을 만났어요."


def narrator(fake: FakeGeminiServer, **settings: object) -> GeminiNarrator:
    made = make_narrator(
        Settings(
            gemini_api_key=SecretStr(fake.api_key),
            gemini_base_url=fake.base_url,
            gemini_rpm=0,
            **settings,
        )
    )
    assert isinstance(made, GeminiNarrator)
    return made


def wav_info(data: bytes) -> tuple[int, int, int, float]:
    with wave.open(io.BytesIO(data)) as wav:
        rate, frames = wav.getframerate(), wav.getnframes()
        return wav.getnchannels(), wav.getsampwidth(), rate, frames / rate


async def test_pcm_is_wrapped_in_a_wav_header_with_its_rate(gemini: FakeGeminiServer) -> None:
    gemini.configure(audio_rate=16000)
    short = await narrator(gemini).narrate(NarrationRequest(text=TEXT, language="Korean"))
    channels, width, rate, seconds = wav_info(short.wav)
    assert (channels, width, rate) == (1, 2, 16000)
    assert short.duration_sec == pytest.approx(seconds)
    long = await narrator(gemini).narrate(NarrationRequest(text=TEXT * 4, language="Korean"))
    assert long.duration_sec > 2 * short.duration_sec  # the fake's length follows the text


async def test_the_38_request_text_verbatim_style_in_metadata_no_sampling(
    gemini: FakeGeminiServer,
) -> None:
    """Per "Migrate to Gemini 3.8 TTS": the text alone in parts[].text, the style in
    speech_metadata.style, language_code from the book's language, no temperature (a request's
    tts_temperature is ignored: the fake, like Gemini, rejects it with 400)."""
    await narrator(gemini).narrate(NarrationRequest(text=TEXT, language="ko", temperature=0.4))
    await narrator(gemini).narrate(
        NarrationRequest(text="Mina met a dragon.", language="English", voice="Kore")
    )
    await narrator(gemini).narrate(NarrationRequest(text="早上好。", language="zh"))
    first, second, third = gemini.requests()
    assert (first["model"], first["voice"]) == ("gemini-3.8-flash-tts", "Achernar")
    assert first["prompt"] == TEXT  # verbatim: no instruction to be read aloud
    assert first["temperature"] is None and first["top_p"] is None and first["top_k"] is None
    assert "bedtime" in first["speech_style"] and first["language_code"] == "ko-KR"
    assert (second["voice"], second["language_code"]) == ("Kore", "en-US")
    assert second["prompt"] == "Mina met a dragon."
    assert third["language_code"] == "cmn-CN"
    assert all(r["status"] == 200 for r in gemini.requests())


async def test_the_older_request_shape_for_models_that_need_it(gemini: FakeGeminiServer) -> None:
    made = narrator(gemini, allowed_models="gemini-3.1-flash-tts-preview")
    request = NarrationRequest(
        text="Mina met a dragon.",
        language="English",
        model="gemini-3.1-flash-tts-preview",
        temperature=0.4,
    )
    narration = await made.narrate(request)
    [seen] = gemini.requests()
    assert (seen["model"], seen["temperature"], seen["speech_style"]) == (
        "gemini-3.1-flash-tts-preview",
        0.4,
        None,
    )
    assert "English" in seen["prompt"] and seen["prompt"].endswith("\n\nMina met a dragon.")
    assert narration.wav[:4] == b"RIFF"  # raw PCM wrapped in a WAV header


async def test_a_retired_model_is_served_by_its_replacement(gemini: FakeGeminiServer) -> None:
    request = NarrationRequest(text=TEXT, language="ko", model="gemini-2.5-pro-preview-tts")
    await narrator(gemini).narrate(request)
    assert [r["model"] for r in gemini.requests()] == ["gemini-3.8-flash-tts"]
    with pytest.raises(Fail) as failed:
        await narrator(gemini).narrate(
            NarrationRequest(text=TEXT, language="ko", model="some-other-tts")
        )
    assert failed.value.code == "TTS_MODEL_NOT_ALLOWED"
    assert "gemini-3.8-flash-tts" in str(failed.value)


async def test_a_retired_default_fails_at_once_with_model_not_found(
    gemini: FakeGeminiServer,
) -> None:
    """A 404 from the model (here a configured default that was shut down) is no case for
    retries: the clip fails at once, named MODEL_NOT_FOUND."""
    made = narrator(gemini, gemini_model="gemini-2.5-flash-preview-tts")
    with pytest.raises(Fail) as failed:
        await made.narrate(NarrationRequest(text=TEXT, language="ko"))
    assert failed.value.code == "MODEL_NOT_FOUND"
    assert [r["status"] for r in gemini.requests()] == [404]


async def test_the_fake_rejects_sampling_for_38_and_audio_from_a_text_model(
    gemini: FakeGeminiServer,
) -> None:
    """What the narrator must not send, the fake refuses as Gemini does."""
    from google import genai

    client = genai.Client(
        api_key=gemini.api_key,
        http_options=types.HttpOptions(base_url=gemini.base_url, api_version="v1"),
    )
    speech = types.SpeechConfig(
        voice_config=types.VoiceConfig(
            prebuilt_voice_config=types.PrebuiltVoiceConfig(voice_name="Kore")
        )
    )
    for model, extra in (("gemini-3.8-flash-tts", {"temperature": 1.0}), ("gemini-3.8-flash", {})):
        config = types.GenerateContentConfig(
            response_modalities=["AUDIO"], speech_config=speech, **extra
        )
        with pytest.raises(genai.errors.ClientError) as raised:
            await client.aio.models.generate_content(model=model, contents=TEXT, config=config)
        assert (raised.value.code, raised.value.status) == (400, "INVALID_ARGUMENT")


async def test_a_wav_answer_is_passed_through(gemini: FakeGeminiServer) -> None:
    gemini.configure(audio_format="wav")
    narration = await narrator(gemini).narrate(NarrationRequest(text=TEXT, language="Korean"))
    assert narration.wav[:4] == b"RIFF"
    assert wav_info(narration.wav)[2] == 24000
    assert narration.duration_sec == pytest.approx(wav_info(narration.wav)[3])


def test_mime_types() -> None:
    assert pcm_rate("audio/L16;codec=pcm;rate=24000") == 24000
    assert pcm_rate("audio/pcm; rate=44100") == 44100
    with pytest.raises(Fail):
        pcm_rate("audio/mpeg")
    two = [types.Blob(data=b"\x01\x00" * 100, mime_type="audio/L16;codec=pcm;rate=8000")] * 2
    assert to_narration(two).duration_sec == pytest.approx(0.025)  # 2 x 100 samples at 8 kHz
    with pytest.raises(Fail):
        to_narration([types.Blob(data=b"not a wav", mime_type="audio/wav")])


async def test_no_audio_is_retried_and_a_block_fails(gemini: FakeGeminiServer) -> None:
    gemini.configure(faults=[{"kind": "no_audio"}, {"kind": "safety"}])
    request = NarrationRequest(text=TEXT, language="Korean")
    with pytest.raises(GeminiUnavailable) as unavailable:
        await narrator(gemini).narrate(request)
    assert unavailable.value.code == "TTS_NO_AUDIO"
    with pytest.raises(Fail) as blocked:
        await narrator(gemini).narrate(request)
    assert blocked.value.code == "TTS_BLOCKED"


async def test_429_becomes_a_retry_with_the_servers_delay(gemini: FakeGeminiServer) -> None:
    gemini.configure(faults=[{"kind": "429", "retry_after": 3, "retry_in": "header"}])
    with pytest.raises(Retry) as retry:
        await narrator(gemini).narrate(NarrationRequest(text=TEXT, language="Korean"))
    assert retry.value.delay == 3
    assert len(gemini.requests()) == 1  # the SDK itself retried nothing


class _NoNarrator:
    model = "none"

    async def narrate(self, request: NarrationRequest) -> Narration:
        raise AssertionError("the narrator must not be called for an empty text")


async def test_an_empty_text_is_a_skipped_asset() -> None:
    bus = RecordingBus()
    handlers = NarrationHandlers(bus, store=None, narrator=_NoNarrator())  # type: ignore[arg-type]
    job = NarrationJob(
        story_id="s1", page_number=3, role=AudioRole.SECONDARY, language="English", text="  \n"
    )
    await handlers.on_job(job)
    [event] = bus.published
    assert isinstance(event, AudioPageSkipped)
    assert (event.page_number, event.role, event.language) == (3, AudioRole.SECONDARY, "English")


async def test_readyz_names_a_retired_configured_model_and_its_replacement(
    gemini: FakeGeminiServer, caplog: pytest.LogCaptureFixture
) -> None:
    """At start the worker looks its models up (models.get); a retired one makes /readyz
    answer 503 naming it and its replacement, with one clear log line."""
    import httpx
    from fastapi import FastAPI

    from moretale_kit.gemini_models import model_checks
    from moretale_kit.ops import ops_router

    settings = Settings(
        gemini_api_key=SecretStr(gemini.api_key),
        gemini_base_url=gemini.base_url,
        gemini_model="gemini-2.5-flash-preview-tts",
        allowed_models="gemini-3.8-flash-lite-tts",
    )
    with caplog.at_level("ERROR", logger="moretale_kit.gemini"):
        checks = await model_checks(make_narrator(settings), settings.allowed_model_ids)
    [line] = [r.getMessage() for r in caplog.records if r.name == "moretale_kit.gemini"]
    assert "gemini-2.5-flash-preview-tts is retired" in line and "gemini-3.8-flash-tts" in line
    looked_up = [r for r in gemini.requests() if r["kind"] == "models.get"]
    assert {(r["model"], r["status"]) for r in looked_up} == {
        ("gemini-2.5-flash-preview-tts", 404),
        ("gemini-3.8-flash-lite-tts", 200),
    }
    app = FastAPI()
    app.include_router(ops_router(lambda: checks))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://t"
    ) as client:
        ready = await client.get("/readyz")
    assert ready.status_code == 503
    assert ready.json()["checks"]["gemini_models"] == (
        "error: LookupError: model gemini-2.5-flash-preview-tts is retired; "
        "its replacement is gemini-3.8-flash-tts"
    )
    # Offline providers have nothing to look up.
    assert await model_checks(object(), ["x"]) == {}


@pytest.mark.parametrize("version", ["v1", "v1beta"])
async def test_either_api_version(gemini: FakeGeminiServer, version: str) -> None:
    made = narrator(gemini, gemini_api_version=version)
    await made.narrate(NarrationRequest(text=TEXT, language="ko"))
    [seen] = gemini.requests()
    assert (seen["version"], seen["status"], seen["language_code"]) == (version, 200, "ko-KR")
