"""The lead's mend of mend36d's `_post_of_another` (seventh session of
2026-12-07): an unnamed post of another nationality than the one found is
surely another's. Every sentence here is invented."""

from __future__ import annotations

import pytest

from claims.extraction import extract
from claims.extraction.speakers import _post_nisbas, _post_of_another

_HARD = "الوضع صعب"
_FIRST = "الوضع جيد"


def _second(text: str):
    quotes = [q for q in extract(text) if q.text == _HARD]
    assert len(quotes) == 1, text
    return quotes[0].speaker, quotes[0].role


@pytest.mark.parametrize(
    "text, speaker",
    [
        pytest.param(
            f"قال وزير الخارجية الفرنسي جان دوبون إن «{_FIRST}». "
            f"وانتقد وزير الخارجية الأمريكي القرار، وقال إن «{_HARD}».",
            "وزير الخارجية الأمريكي",
            id="another-countrys-minister",
        ),
        pytest.param(
            f"قال رئيس الوزراء العراقي سامي الخوري إن «{_FIRST}». "
            f"وانتقد رئيس الوزراء التركي القرار، وقال إن «{_HARD}».",
            "رئيس الوزراء التركي",
            id="another-countrys-premier",
        ),
        pytest.param(
            f"قالت وزيرة الخارجية الأمريكية سلمى حداد إن «{_FIRST}». "
            f"وانتقدت وزيرة الخارجية الفرنسية القرار، وقالت إن «{_HARD}».",
            "وزيرة الخارجية الفرنسية",
            id="another-countrys-minister-a-woman",
        ),
    ],
)
def test_a_post_of_another_nationality_speaks(text, speaker) -> None:
    assert _second(text) == (speaker, speaker), text


@pytest.mark.parametrize(
    "text, speaker, role",
    [
        pytest.param(
            f"قال الرئيس الفرنسي جان دوبون إن «{_FIRST}». "
            f"وانتقد رئيس الجمهورية الفرنسية القرار، وقال إن «{_HARD}».",
            "جان دوبون",
            "الرئيس الفرنسي",
            id="the-same-nationality-feminine",
        ),
        pytest.param(
            f"قالت وزيرة الخارجية الأمريكية سلمى حداد إن «{_FIRST}». "
            f"وانتقدت الوزيرة الأميركية القرار، وقالت إن «{_HARD}».",
            "سلمى حداد",
            "وزيرة الخارجية الأمريكية",
            id="the-same-nationality-spelled-otherwise",
        ),
        pytest.param(
            f"قال وزير الخارجية الفرنسي جان دوبون إن «{_FIRST}». "
            f"وانتقد الوزير الفرنسي القرار، وقال إن «{_HARD}».",
            "جان دوبون",
            "وزير الخارجية الفرنسي",
            id="the-bare-title-of-the-same-nationality",
        ),
    ],
)
def test_the_same_nationality_is_the_same_person(text, speaker, role) -> None:
    assert _second(text) == (speaker, role), text


def test_the_nisbas_of_a_post() -> None:
    assert _post_nisbas("وزيرة الخارجية الأميركية") == {"الامريكي"}
    assert _post_nisbas("رئيس الجمهورية الفرنسية") == _post_nisbas("الرئيس الفرنسي")
    assert _post_nisbas("وزير المالية") == set()
    # a post with no nationality is not another's for that alone
    assert not _post_of_another("وزير الخارجية", "وزير الخارجية الفرنسي")
    assert _post_of_another("وزير الخارجية الأمريكي", "وزير الخارجية الفرنسي")


@pytest.mark.parametrize(
    "text, quotes",
    [
        pytest.param('وأضاف «حسنا،«ضاحكا»،»." وتابع', ["حسنا"], id="verb-before"),
        pytest.param('قال «لا،«مازحا»،»." ثم مضى.', ["لا"], id="sentence-after"),
        pytest.param('«نعم،«ضاحكا»،»."', [], id="alone"),
        pytest.param("«ظ،«مازحا»،».»", [], id="closer-after-stop"),
    ],
)
def test_a_stray_closer_after_a_reopened_quote_raises_nothing(text, quotes) -> None:
    """Review C's stress texts: a manner aside in marks closes a quote and
    reopens it ("«…،«ضاحكا»،»"), and a stray closer after its stop then read
    the reopened quote's start as a mark (KeyError in
    quotes._closes_after_short_pair); now the stray closer is skipped."""
    assert [q.text for q in extract(text)] == quotes, text
