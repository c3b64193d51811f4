"""Roles of the development read of the fourth session of 2026-12-06 (dev24r).
Every sentence here is invented; one class per rule."""

from __future__ import annotations

import pytest

from claims.extraction import extract


def _said(text: str, words: str):
    quotes = [q for q in extract(text) if q.text.strip() == words]
    assert quotes, text
    return quotes[0]


class TestKeeperOfTheSeals:
    """ "وزير العدل حافظ الأختام": before الأختام, حافظ is the post's word
    (the keeper of the seals), not the given name Hafez."""

    @pytest.mark.parametrize(
        "text, words, speaker",
        [
            pytest.param(
                "أكد سمير منصور وزير العدل حافظ الأختام، أن “الإنفاق سيتقلص”.",
                "الإنفاق سيتقلص",
                "سمير منصور",
                id="name-then-post",
            ),
            pytest.param(
                "وزير العدل حافظ الأختام ناصر بوعلام قال إن «المحاكم ستعمل بلا توقف».",
                "المحاكم ستعمل بلا توقف",
                "ناصر بوعلام",
                id="post-then-name",
            ),
            pytest.param(
                "قال رشيد موساوي، وزير العدل حافظ الأختام، أمس إن الإصلاح بدأ، مضيفا أن "
                "«القضاة سيحصلون على حقوقهم».\nوتابع موساوي: «لا أحد فوق القانون».",
                "لا أحد فوق القانون",
                "رشيد موساوي",
                id="carried-to-a-later-quote",
            ),
            pytest.param(
                "وأوضحت ليلى حمدي، وزيرة العدل حافظة الأختام، أن «السجون ستفرغ من الموقوفين».",
                "السجون ستفرغ من الموقوفين",
                "ليلى حمدي",
                id="feminine-in-commas",
            ),
        ],
    )
    def test_post_with_the_seals(self, text: str, words: str, speaker: str) -> None:
        q = _said(text, words)
        assert q.speaker == speaker, text
        assert "الأختام" in (q.role or ""), text

    @pytest.mark.parametrize(
        "text, words, speaker, role",
        [
            pytest.param(
                "قال الرئيس حافظ الأسد إن «السلام خيار».",
                "السلام خيار",
                "حافظ الأسد",
                "الرئيس",
                id="the-given-name-hafez",
            ),
            pytest.param(
                "وقال المدرب حافظ عمران: «الفريق جاهز».",
                "الفريق جاهز",
                "حافظ عمران",
                "المدرب",
                id="hafez-before-a-family-name",
            ),
        ],
    )
    def test_hafez_stays_a_name(self, text: str, words: str, speaker: str, role: str) -> None:
        q = _said(text, words)
        assert (q.speaker, q.role) == (speaker, role), text
