"""Mender mend29b: fixes to findings of reviewer B on rules landed this
session. Every sentence here is invented; one class per rule."""

import pytest

from claims.extraction import extract

_RECEIVED = (
    "استقبل {post} كمال العربي، اليوم الأحد، وزير الخارجية الفرنسي. وقال {bare} في رسالة "
    'نقلها الوزير "إننا نعمل ليلا ونهارا من أجل السلام".'
)


class TestTheBarePresidentOfAnotherStateIsNotTheHeadNamedBefore:
    """ "رئيس الجمهورية X … وقال الرئيس الفرنسي": a nisba (or "السابق")
    after the bare title that the earlier post does not name is another
    president: the title speaks, as before 822b7788 (which gave X)."""

    @pytest.mark.parametrize(
        "post, bare",
        [
            pytest.param("رئيس الجمهورية", "الرئيس الفرنسي", id="a-foreign-nisba"),
            pytest.param("رئيس الدولة", "الرئيس الأمريكي", id="the-head-of-the-state"),
            pytest.param("رئيس البلاد", "الرئيس الفرنسي", id="the-country"),
            pytest.param("رئيس الجمهورية", "الرئيس الفرنسي السابق", id="a-former-foreign"),
            pytest.param("رئيس الجمهورية", "الرئيس السابق", id="the-former"),
        ],
    )
    def test_the_title_speaks(self, post: str, bare: str) -> None:
        (q,) = extract(_RECEIVED.format(post=post, bare=bare))
        assert (q.speaker, q.role) == (bare, bare)

    @pytest.mark.parametrize(
        "post, bare",
        [
            pytest.param("رئيس الجمهورية الجزائرية", "الرئيس الجزائري", id="his-own-nisba"),
            pytest.param("رئيس الجمهورية الجزائرية", "الرئيس", id="the-bare-president"),
            pytest.param("رئيس الدولة", "الرئيس", id="the-head-of-the-state"),
        ],
    )
    def test_near_misses(self, post: str, bare: str) -> None:
        (q,) = extract(_RECEIVED.format(post=post, bare=bare))
        assert (q.speaker, q.role) == ("كمال العربي", post)
