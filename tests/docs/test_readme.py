"""README documents every setting every service reads, with the two commands."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic_settings import BaseSettings

from asset_service.config import Settings as AssetSettings
from illustration_service.config import Settings as IllustrationSettings
from moretale_gateway.config import Settings as GatewaySettings
from moretale_kit.settings import CommonSettings, ServiceSettings
from story_service.config import Settings as StorySettings
from tts_service.config import Settings as TtsSettings

README = (Path(__file__).parents[2] / "README.md").read_text()


def env_names(cls: type[BaseSettings]) -> list[str]:
    prefix = str(cls.model_config.get("env_prefix", ""))
    names = []
    for name, field in cls.model_fields.items():
        if name == "common":
            continue
        alias = field.validation_alias
        choices = getattr(alias, "choices", None)
        names.append(str(choices[0]) if choices else f"{prefix}{name}".upper())
    return names


def test_readme_gives_the_two_commands() -> None:
    assert "make run" in README and "make test" in README


@pytest.mark.parametrize(
    "cls",
    [
        CommonSettings,
        GatewaySettings,
        StorySettings,
        TtsSettings,
        IllustrationSettings,
        AssetSettings,
    ],
)
def test_every_setting_is_documented(cls: type[BaseSettings]) -> None:
    shared = set(ServiceSettings.model_fields)
    for name in env_names(cls):
        field = name.split("_", 1)[1].lower()
        if cls is not CommonSettings and field in shared:
            assert f"`{{PREFIX}}{field.upper()}`" in README, name
        else:
            assert f"`{name}`" in README, f"{name} is not documented in README"


def test_what_illustration_skip_existing_does_is_said() -> None:
    """Accepted and without effect: README and the OpenAPI field say so, and what does happen."""
    from moretale_contracts.api import GenerationOptions

    description = GenerationOptions.model_fields["illustration_skip_existing"].description or ""
    assert "changes nothing" in description and "/illustrations" in description
    assert "`illustration_skip_existing` is accepted for compatibility and changes" in README
