"""The offline quiz's words in eight languages: question templates, quote marks, language names
and a few everyday words that pad a translation question when a book has too few of its own.

Templates are `str.format` strings. `{w}` and `{t}` are quoted words passed as `Ref`s, so a
Korean template can attach the right particle (`{w.eun}` gives `‘용’은`, `{t.ieyo}` gives
`‘dragon’이에요`); `{d}` is a quoted definition, `{x}` a sentence from the book, `{p}` and `{q}`
page numbers, `{others}` a list of page numbers and `{L}` a language's name in the template's
language. The child's name is never translated: it reaches a template only inside the book's
own sentences.
"""

from __future__ import annotations

NBSP = "\u00a0"

# How each language quotes a word or a phrase.
QUOTES: dict[str, tuple[str, str]] = {
    "ko": ("‘", "’"),
    "en": ("“", "”"),
    "ja": ("「", "」"),
    "zh": ("“", "”"),
    "es": ("«", "»"),
    "vi": ("“", "”"),
    "fr": (f"«{NBSP}", f"{NBSP}»"),
    "de": ("„", "“"),
}

# LANGUAGE_NAMES[in_language][language] — what a sentence in `in_language` calls `language`,
# in the form the templates need (Spanish and French lower-case, Vietnamese with "tiếng").
LANGUAGE_NAMES: dict[str, dict[str, str]] = {
    "ko": {
        "ko": "한국어",
        "en": "영어",
        "ja": "일본어",
        "zh": "중국어",
        "es": "스페인어",
        "vi": "베트남어",
        "fr": "프랑스어",
        "de": "독일어",
    },
    "en": {
        "ko": "Korean",
        "en": "English",
        "ja": "Japanese",
        "zh": "Chinese",
        "es": "Spanish",
        "vi": "Vietnamese",
        "fr": "French",
        "de": "German",
    },
    "ja": {
        "ko": "韓国語",
        "en": "英語",
        "ja": "日本語",
        "zh": "中国語",
        "es": "スペイン語",
        "vi": "ベトナム語",
        "fr": "フランス語",
        "de": "ドイツ語",
    },
    "zh": {
        "ko": "韩语",
        "en": "英语",
        "ja": "日语",
        "zh": "中文",
        "es": "西班牙语",
        "vi": "越南语",
        "fr": "法语",
        "de": "德语",
    },
    "es": {
        "ko": "coreano",
        "en": "inglés",
        "ja": "japonés",
        "zh": "chino",
        "es": "español",
        "vi": "vietnamita",
        "fr": "francés",
        "de": "alemán",
    },
    "vi": {
        "ko": "tiếng Hàn",
        "en": "tiếng Anh",
        "ja": "tiếng Nhật",
        "zh": "tiếng Trung",
        "es": "tiếng Tây Ban Nha",
        "vi": "tiếng Việt",
        "fr": "tiếng Pháp",
        "de": "tiếng Đức",
    },
    "fr": {
        "ko": "coréen",
        "en": "anglais",
        "ja": "japonais",
        "zh": "chinois",
        "es": "espagnol",
        "vi": "vietnamien",
        "fr": "français",
        "de": "allemand",
    },
    "de": {
        "ko": "Koreanisch",
        "en": "Englisch",
        "ja": "Japanisch",
        "zh": "Chinesisch",
        "es": "Spanisch",
        "vi": "Vietnamesisch",
        "fr": "Französisch",
        "de": "Deutsch",
    },
}

# TEMPLATES[kind][language]. Kinds: `meaning` ("What does «w» mean?", definitions as choices),
# `word` ("Which word has this meaning?", words as choices), `vocab_why` (their explanation),
# `translate` ("How do you say «w» in L?") and `translate_why`, `first` / `last` ("Which of
# these happened first / last?", sentences of the book as choices) with `first_why` /
# `last_why`, `next` ("«x» What happened next?") with `next_why`.
TEMPLATES: dict[str, dict[str, str]] = {
    "meaning": {
        "ko": "{w.eun} 무슨 뜻일까요?",
        "en": "What does {w} mean?",
        "ja": "{w}は、どんないみでしょう？",
        "zh": "{w}是什么意思？",
        "es": "¿Qué significa {w}?",
        "vi": "{w} nghĩa là gì?",
        "fr": f"Que veut dire {{w}}{NBSP}?",
        "de": "Was bedeutet {w}?",
    },
    "word": {
        "ko": "이런 뜻을 가진 낱말은 무엇일까요? {d}",
        "en": "Which word has this meaning? {d}",
        "ja": "このいみのことばは、どれでしょう？{d}",
        "zh": "哪个词是这个意思？{d}",
        "es": "¿Qué palabra tiene este significado? {d}",
        "vi": "Từ nào có nghĩa như sau? {d}",
        "fr": f"Quel mot a ce sens{NBSP}? {{d}}",
        "de": "Welches Wort hat diese Bedeutung? {d}",
    },
    "vocab_why": {
        "ko": "{p}쪽에 {w.i} 나와요. {definition}",
        "en": "On page {p}, you can find {w}. {definition}",
        "ja": "{p}ページに{w}がでてきます。{definition}",
        "zh": "第{p}页里有{w}这个词。{definition}",
        "es": "En la página {p} aparece {w}. {definition}",
        "vi": "Ở trang {p} có từ {w}. {definition}",
        "fr": "À la page {p}, on trouve le mot {w}. {definition}",
        "de": "Auf Seite {p} kommt das Wort {w} vor. {definition}",
    },
    "translate": {
        "ko": "{w.eun} {L}로 뭐라고 할까요?",
        "en": "How do you say {w} in {L}?",
        "ja": "{w}は{L}でなんといいますか？",
        "zh": "{w}用{L}怎么说？",
        "es": "¿Cómo se dice {w} en {L}?",
        "vi": "{w} trong {L} là gì?",
        "fr": f"Comment dit-on {{w}} en {{L}}{NBSP}?",
        "de": "Wie heißt {w} auf {L}?",
    },
    "translate_why": {
        "ko": "{p}쪽에 나온 {w.eun} {L}로 {t.ieyo}.",
        "en": "On page {p}, {w} is {t} in {L}.",
        "ja": "{p}ページの{w}は、{L}で{t}です。",
        "zh": "第{p}页的{w}，用{L}说是{t}。",
        "es": "En la página {p}, {w} en {L} se dice {t}.",
        "vi": "Ở trang {p}, {w} trong {L} là {t}.",
        "fr": "À la page {p}, {w} se dit {t} en {L}.",
        "de": "Auf Seite {p} heißt {w} auf {L} {t}.",
    },
    "first": {
        "ko": "이 중에서 가장 먼저 일어난 일은 무엇일까요?",
        "en": "Which of these happened first?",
        "ja": "このなかで、いちばんさいしょにおきたのはどれでしょう？",
        "zh": "下面哪件事最先发生？",
        "es": "¿Cuál de estas cosas pasó primero?",
        "vi": "Chuyện nào xảy ra đầu tiên?",
        "fr": f"Lequel de ces moments arrive en premier{NBSP}?",
        "de": "Was davon ist zuerst passiert?",
    },
    "last": {
        "ko": "이 중에서 가장 나중에 일어난 일은 무엇일까요?",
        "en": "Which of these happened last?",
        "ja": "このなかで、いちばんさいごにおきたのはどれでしょう？",
        "zh": "下面哪件事最后发生？",
        "es": "¿Cuál de estas cosas pasó al final?",
        "vi": "Chuyện nào xảy ra sau cùng?",
        "fr": f"Lequel de ces moments arrive en dernier{NBSP}?",
        "de": "Was davon ist zuletzt passiert?",
    },
    "next": {
        "ko": "{x} 그다음에는 무슨 일이 있었을까요?",
        "en": "{x} What happened next?",
        "ja": "{x}そのつぎに、なにがおきたでしょう？",
        "zh": "{x}接下来发生了什么？",
        "es": "{x} ¿Qué pasó después?",
        "vi": "{x} Chuyện gì xảy ra tiếp theo?",
        "fr": f"{{x}} Que s’est-il passé ensuite{NBSP}?",
        "de": "{x} Was ist danach passiert?",
    },
    "first_why": {
        "ko": "{p}쪽에 나오는 일이에요. 나머지는 그 뒤({others}쪽)에 일어나요.",
        "en": "It happens on page {p}; the others come later (pages {others}).",
        "ja": "{p}ページのできごとです。ほかは、そのあと（{others}ページ）におきます。",
        "zh": "这件事在第{p}页，其他的都在后面（第{others}页）。",
        "es": "Pasa en la página {p}; lo demás pasa después (páginas {others}).",
        "vi": "Chuyện này ở trang {p}; những chuyện kia xảy ra sau đó (trang {others}).",
        "fr": f"Cela se passe à la page {{p}}{NBSP}; le reste vient après (pages {{others}}).",
        "de": "Das passiert auf Seite {p}; der Rest kommt später (Seiten {others}).",
    },
    "last_why": {
        "ko": "{p}쪽에 나오는 일이에요. 나머지는 그 전({others}쪽)에 일어나요.",
        "en": "It happens on page {p}; the others come earlier (pages {others}).",
        "ja": "{p}ページのできごとです。ほかは、そのまえ（{others}ページ）におきます。",
        "zh": "这件事在第{p}页，其他的都在前面（第{others}页）。",
        "es": "Pasa en la página {p}; lo demás pasa antes (páginas {others}).",
        "vi": "Chuyện này ở trang {p}; những chuyện kia xảy ra trước đó (trang {others}).",
        "fr": f"Cela se passe à la page {{p}}{NBSP}; le reste vient avant (pages {{others}}).",
        "de": "Das passiert auf Seite {p}; der Rest kommt vorher (Seiten {others}).",
    },
    "next_why": {
        "ko": "{q}쪽 바로 다음인 {p}쪽에 나오는 일이에요.",
        "en": "It happens on page {p}, right after page {q}.",
        "ja": "{q}ページのすぐあと、{p}ページのできごとです。",
        "zh": "这件事在第{p}页，紧接着第{q}页。",
        "es": "Pasa en la página {p}, justo después de la página {q}.",
        "vi": "Chuyện này ở trang {p}, ngay sau trang {q}.",
        "fr": "Cela se passe à la page {p}, juste après la page {q}.",
        "de": "Das passiert auf Seite {p}, direkt nach Seite {q}.",
    },
}

# Everyday words a child knows, in every language: the wrong answers of a translation question
# when the book itself has fewer than four words to choose from.
# fmt: off
EVERYDAY_WORDS: tuple[dict[str, str], ...] = (
    {"ko": "해", "en": "sun", "ja": "たいよう", "zh": "太阳", "es": "sol", "vi": "mặt trời",
     "fr": "soleil", "de": "Sonne"},
    {"ko": "달", "en": "moon", "ja": "つき", "zh": "月亮", "es": "luna", "vi": "mặt trăng",
     "fr": "lune", "de": "Mond"},
    {"ko": "사과", "en": "apple", "ja": "りんご", "zh": "苹果", "es": "manzana", "vi": "quả táo",
     "fr": "pomme", "de": "Apfel"},
    {"ko": "고양이", "en": "cat", "ja": "ねこ", "zh": "猫", "es": "gato", "vi": "con mèo",
     "fr": "chat", "de": "Katze"},
    {"ko": "집", "en": "house", "ja": "いえ", "zh": "房子", "es": "casa", "vi": "ngôi nhà",
     "fr": "maison", "de": "Haus"},
    {"ko": "꽃", "en": "flower", "ja": "はな", "zh": "花", "es": "flor", "vi": "bông hoa",
     "fr": "fleur", "de": "Blume"},
    {"ko": "물", "en": "water", "ja": "みず", "zh": "水", "es": "agua", "vi": "nước",
     "fr": "eau", "de": "Wasser"},
    {"ko": "공", "en": "ball", "ja": "ボール", "zh": "球", "es": "pelota", "vi": "quả bóng",
     "fr": "balle", "de": "Ball"},
    {"ko": "새", "en": "bird", "ja": "とり", "zh": "鸟", "es": "pájaro", "vi": "con chim",
     "fr": "oiseau", "de": "Vogel"},
    {"ko": "책", "en": "book", "ja": "ほん", "zh": "书", "es": "libro", "vi": "quyển sách",
     "fr": "livre", "de": "Buch"},
)
# fmt: on
