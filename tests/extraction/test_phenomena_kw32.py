"""Known weaknesses taken up by kw32 (from the top of the list in the
ninth session of 2026-12-06). Every sentence here is invented.

Rule 1 (phrases._city_after_place_head): a post held in a definite place
("العاصمة", "المدينة"), glued to بـ or after a preposition, then a city or
a country in apposition (after a nisba of the place too, "العاصمة الليبية
طرابلس"), and no name after them: the city ends the post, no holder's
name ("وقال مدير الأمن في العاصمة طرابلس إن" gave the speaker "طرابلس"
with the role "مدير الأمن في العاصمة"); now the post and its city speak,
unnamed. Near misses: a holder's name after the city, one word that is no
city after the place head ("في العاصمة بوزيد", a family name), a bare
place head in construct ("في مدينة طرابلس"), the name before the post.
"""

from __future__ import annotations

import pytest

from .helpers import only_quote


class TestKw32CityEndsPost:
    """A city after a definite place head, no name after it: the post speaks."""

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            pytest.param(
                "وقال مدير الأمن في العاصمة طرابلس إن «الدوريات ستنتشر في كل الأحياء».",
                "مدير الأمن في العاصمة طرابلس",
                id="in-the-capital",
            ),
            pytest.param(
                "وأكد مدير المرور بالعاصمة طرابلس أن «الطرق ستفتح صباح الغد».",
                "مدير المرور بالعاصمة طرابلس",
                id="glued-to-ba",
            ),
            pytest.param(
                "وقال سفير النمسا في العاصمة الليبية طرابلس إن «السفارة ستعيد فتح أبوابها».",
                "سفير النمسا في العاصمة الليبية طرابلس",
                id="after-the-nisba",
            ),
            pytest.param(
                "وقال رئيس بلدية العاصمة طرابلس إن «حملة النظافة تبدأ الأسبوع المقبل».",
                "رئيس بلدية العاصمة طرابلس",
                id="construct",
            ),
        ],
    )
    def test_post_and_city_speak(self, text, speaker):
        quote = only_quote(text)
        assert (quote.speaker, quote.role) == (speaker, speaker)

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            pytest.param(
                "وقال مدير الأمن في العاصمة طرابلس نادر بوشعالة إن «الدوريات ستنتشر».",
                "نادر بوشعالة",
                "مدير الأمن في العاصمة طرابلس",
                id="name-after-the-city",
            ),
            pytest.param(
                "وقال مدير الأمن في العاصمة بوشعالة إن «الدوريات ستنتشر».",
                "بوشعالة",
                "مدير الأمن في العاصمة",
                id="family-name-after-the-place",
            ),
            pytest.param(
                "وقال مدير الشرطة في مدينة طرابلس إن «الدوريات ستنتشر».",
                "مدير الشرطة في مدينة طرابلس",
                "مدير الشرطة في مدينة طرابلس",
                id="bare-place-head",
            ),
            pytest.param(
                "وقال نادر بوشعالة، مدير الأمن في العاصمة طرابلس، إن «الدوريات ستنتشر».",
                "نادر بوشعالة",
                "مدير الأمن في العاصمة طرابلس",
                id="name-before-the-post",
            ),
        ],
    )
    def test_near_misses(self, text, speaker, role):
        quote = only_quote(text)
        assert (quote.speaker, quote.role) == (speaker, role)
