"""The child's name in each language's script: given, kept, derived by a standard scheme
through a maintained library, or left as given where no scheme is dependable."""

from __future__ import annotations

import pytest

from moretale_contracts.api import StoryCreate
from story_service.names import book_names, derive, name_in, written_in


def request(name: str, primary: str, secondary: str, **given: str) -> StoryCreate:
    return StoryCreate(
        child_name=name,
        child_names=given or None,
        child_age=5,
        primary_lang=primary,
        secondary_lang=secondary,
        theme="Friendship",
    )


@pytest.mark.parametrize(
    ("name", "code", "expected"),
    [
        ("하린", "en", "Harin"),  # Revised Romanization
        ("민준", "fr", "Minjun"),
        ("서연", "de", "Seoyeon"),
        ("さくら", "en", "Sakura"),  # Hepburn, as passports write names
        ("ジュンイチ", "es", "Junichi"),
        ("小明", "es", "Xiaoming"),  # pinyin without tone marks
        ("王 小明", "vi", "Wang Xiaoming"),  # word by word
        ("Mina", "ja", "ミナ"),  # katakana by an English reading
        ("Mary-Ann", "ja", "マリー・アン"),  # words joined by a middle dot
        ("Mina", "ko", None),  # Latin -> Hangul: no dependable scheme
        ("Mina", "zh", None),
        ("하린", "ja", None),
        ("陽菜", "en", "Yangcai"),  # read as Chinese when the book has no Japanese ...
    ],
)
def test_derive(name: str, code: str, expected: str | None) -> None:
    assert derive(name, code) == expected


def test_a_kanji_name_in_a_japanese_book_is_not_read_as_chinese() -> None:
    assert derive("陽菜", "en", kanji_names=True) is None  # ... but not beside Japanese
    assert book_names(request("陽菜", "ja", "en")) == {"ja": "陽菜", "en": "陽菜"}
    assert book_names(request("小明", "zh", "en")) == {"zh": "小明", "en": "Xiaoming"}


def test_given_forms_win_and_serve_the_other_latin_language() -> None:
    assert book_names(request("하린", "ko", "en", en="Harin")) == {"ko": "하린", "en": "Harin"}
    assert book_names(request("소피아", "es", "ko", es="Sofía")) == {"es": "Sofía", "ko": "소피아"}
    assert name_in("fr", request("소피아", "es", "ko", es="Sofía")) == "Sofía"
    # A given kana form is romanized for the other language.
    assert book_names(request("하린", "ja", "en", ja="ハリン")) == {"ja": "ハリン", "en": "Harin"}


def test_the_name_in_the_scripts_each_language_writes_names_in() -> None:
    assert written_in("Harin", "en") and written_in("Hùng", "vi")
    assert written_in("하린", "ko") and not written_in("하린", "en")
    assert written_in("陽菜", "ja") and written_in("さくら", "ja") and written_in("小明", "zh")
    assert not written_in("さくら", "zh") and not written_in("Mina", "ja")
