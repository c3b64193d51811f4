"""Mend of review C item 6 (mend26c): a title with a second subject joined
by و after a fronted gathering. Every sentence here is invented.

kw28's rule reads a definite title after a fronted adverbial and a
gathering ("وبعد الاجتماع الوزير قال") as the subject of the verb of
saying. With a second subject joined by و and a dual or plural verb
("… الوزير ونظيره الفرنسي قالا"), the second subject was read as the
title holder's name. Now the first subject, the title, speaks, as it does
for a coordinated subject after the verb ("وقالت الوزيرة وزميلتها").
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import only_quote


def _speaker_role(text: str) -> tuple[str | None, str | None]:
    q = only_quote(text)
    return q.speaker, q.role


class TestMend26cSecondSubjectAfterAFrontedGatheringsTitle:
    """A title right after a fronted gathering, then a second subject
    joined by و, before a dual or plural verb of saying: the و-word opens
    the second subject and is not the name of the title's holder. The
    title alone speaks (speakers.subject_before ends it at the و-word).
    With a singular verb only a word that joins others ends it (words.
    _joins_others: "ونظيره", "وأعضاء"), because a name may begin with و
    ("وليد"). A dual or plural verb after a title alone has no subject
    there. In every mention, a title followed by a word that joins others,
    or by a و-word and then a dual or plural verb, keeps no name
    (engine.register_mentions). Near misses: kw28's single-subject cases,
    a name beginning with و after the title with a singular verb, a
    possessed meeting, the verb first."""

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            pytest.param(
                "وبعد الاجتماع المحافظ ونظيره التونسي قالا إن «التعاون بين المدينتين سيتسع».",
                "المحافظ",
                id="a-dual-verb",
            ),
            pytest.param(
                "وبعد الزيارة القنصل ومرافقوه قالوا إن «الجالية تحتاج إلى مدرسة جديدة».",
                "القنصل",
                id="a-plural-verb",
            ),
            pytest.param(
                "وعقب الجلسة النائب وكريم الحلبي قالا إن «المشروع لن يمر بسهولة».",
                "النائب",
                id="a-second-subject-with-its-own-name",
            ),
            pytest.param(
                "وبعد الاجتماع المغلق السفير ونظيره الكندي قالا إن «المفاوضات تتقدم ببطء».",
                "السفير",
                id="after-the-gatherings-adjective",
            ),
            pytest.param(
                "وبعد الاجتماع المحافظ ونظيره التونسي قال إن «التعاون بين المدينتين سيتسع».",
                "المحافظ",
                id="a-singular-verb-and-a-word-joining-others",
            ),
        ],
    )
    def test_the_title_speaks(self, text, speaker):
        assert _speaker_role(text) == (speaker, speaker)

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            pytest.param(
                "وبعد الاجتماع المحافظ قال إن «التعاون بين المدينتين سيتسع».",
                "المحافظ",
                "المحافظ",
                id="the-title-alone",
            ),
            pytest.param(
                "وبعد الاجتماع المغلق المحافظ الأول قال إن «التعاون بين المدينتين سيتسع».",
                "المحافظ الأول",
                "المحافظ الأول",
                id="the-title-and-its-adjective",
            ),
            pytest.param(
                "وبعد الاجتماع المحافظ وائل الصباغ قال إن «التعاون بين المدينتين سيتسع».",
                "وائل الصباغ",
                "المحافظ",
                id="a-name-beginning-with-waw",
            ),
            pytest.param(
                "وبعد لقائه المحافظ قال إن «التعاون بين المدينتين سيتسع».",
                None,
                None,
                id="a-possessed-meeting",
            ),
            pytest.param(
                "وبعد الاجتماع قال المحافظ إن «التعاون بين المدينتين سيتسع».",
                "المحافظ",
                "المحافظ",
                id="the-verb-first",
            ),
        ],
    )
    def test_near_misses(self, text, speaker, role):
        assert _speaker_role(text) == (speaker, role)


class TestMend26cOthersJoinedToATitleAreNoName:
    """Any mention of a definite title followed right away by a word that
    joins others ("ونظيره", "وشقيقه"), or by a و-word and then a dual or
    plural verb of saying, holds no name: the title alone is the mention,
    so the title found as the speaker is not resolved to the second subject
    ("وقال الوزير ونظيره الفرنسي" gave the speaker "ونظيره الفرنسي"). Near
    misses: a name after the title, the title set off by commas, a plural
    of persons joined (already the title's)."""

    @pytest.mark.parametrize(
        "text",
        [
            "وقال المحافظ ونظيره التونسي إن «التعاون بين المدينتين سيتسع».",
            "وقال القنصل وشقيقه إن «الجالية تحتاج إلى مدرسة جديدة».",
            "وقال السفير ونظيرته الألمانية إن «المفاوضات تتقدم ببطء».",
        ],
    )
    def test_the_title_speaks(self, text):
        speaker, role = _speaker_role(text)
        assert speaker == role
        assert speaker in ("المحافظ", "القنصل", "السفير")

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            (
                "وقال المحافظ وائل الصباغ إن «التعاون بين المدينتين سيتسع».",
                "وائل الصباغ",
                "المحافظ",
            ),
            (
                "وقال المحافظ وأعضاء المجلس البلدي إن «التعاون بين المدينتين سيتسع».",
                "المحافظ",
                "المحافظ",
            ),
            (
                "وقال المحافظ، ونظيره التونسي، إن «التعاون بين المدينتين سيتسع».",
                "المحافظ",
                "المحافظ",
            ),
        ],
    )
    def test_near_misses(self, text, speaker, role):
        assert _speaker_role(text) == (speaker, role)
