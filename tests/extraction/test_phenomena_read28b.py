"""Mends of reviewer A's read of dev28s (mend28b, findings 4 to 7); every
sentence here is invented.

4. A body's one-word short name in marks after its full name in construct
   with a post, then the holder's name up to أنّ or a colon: the holder
   speaks whatever the name's first word (a foreign given name, a title
   that is also a given name), not only a given name on the list.
5. The persons an occasion is held with or under ("، بمشاركة الوزير X",
   "، برعاية الرئيس X") are no speaker a later verb of saying goes on
   with, as those in its presence (بحضور) are not.
6. A noun joined by و in construct inside a body's name: a verbal noun
   تفعيل with a hamza or a hollow root ("وتأهيل", "وترويج", "وتأمين") or a
   plural in ات ("ودراسات", "وحريات") is the body's, not a name's first
   word.
7. A cleric of the eastern churches addressed by his rank after his post
   (الأب، البطريرك، المونسنيور, as المطران and القس): no word of the post.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import quote_exactly, quotes_of

_WORDS = "الوضع تحت السيطرة"


def _check(text, words, speaker, role):
    q = quote_exactly(text, words)
    assert (q.speaker, q.role, q.date) == (speaker, role, None)
    assert text[q.start : q.end] == words


class TestAnyHoldersNameAfterABodysShortNameInMarks:
    """ "المسؤول في وكالة الأنباء «X» Y Z إن": two or three name-like words
    after a one-word short name in marks, up to أنّ or a colon, are the
    holder's name; the short name stays in the role."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            (
                f"وقال المسؤول الإعلامي لوكالة الأنباء «وام» سلطان الجابر إن «{_WORDS}».",
                "سلطان الجابر",
                "المسؤول الإعلامي لوكالة الأنباء «وام»",
            ),
            (
                f"وقال المتحدث باسم منظمة الأمم المتحدة للطفولة «يونيسف» جيمس إلدر إن «{_WORDS}».",
                "جيمس إلدر",
                "المتحدث باسم منظمة الأمم المتحدة للطفولة «يونيسف»",
            ),
            (
                f"وقالت رئيسة منظمة العفو الدولية «أمنستي» أنييس كالامار: «{_WORDS}».",
                "أنييس كالامار",
                "رئيسة منظمة العفو الدولية «أمنستي»",
            ),
            (
                f"وقالت مديرة الإعلام في وكالة الأنباء «سبأ» ماريا غونزاليس: «{_WORDS}».",
                "ماريا غونزاليس",
                "مديرة الإعلام في وكالة الأنباء «سبأ»",
            ),
        ],
    )
    def test_the_holder_speaks(self, text, speaker, role):
        _check(text, _WORDS, speaker, role)

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            # (the person's own name in marks, two words: as before)
            (
                f"وقال وزير الخارجية «علي كرتي» أمس إن «{_WORDS}».",
                "علي كرتي",
                "وزير الخارجية",
            ),
            # (one word in marks, then no name: a time, a preposition)
            (
                f"وقال رئيس الوزراء «نتنياهو» خلال اللقاء إن «{_WORDS}».",
                "نتنياهو",
                "رئيس الوزراء",
            ),
            (
                f"وقال المتحدث باسم الحركة «أبو عبيدة» في كلمة مصورة إن «{_WORDS}».",
                "أبو عبيدة",
                "المتحدث باسم الحركة",
            ),
            # (a given name on the list: as before)
            (
                f"وقال رئيس حزب الأمل «نور» سامي حداد إن «{_WORDS}».",
                "سامي حداد",
                "رئيس حزب الأمل «نور»",
            ),
        ],
    )
    def test_near_misses(self, text, speaker, role):
        _check(text, _WORDS, speaker, role)


def _last(text):
    return quotes_of(text)[-1]


class TestThoseAnOccasionIsHeldWithAreNoSpeakers:
    """ "…، بمشاركة/برعاية رئيس الوزراء X. وأضاف": the one taking part in or
    sponsoring the occasion is no subject the next verb of saying goes on
    with; the last speaker goes on."""

    @pytest.mark.parametrize(
        "text, speaker",
        [
            (
                "وقال الرئيس سامي عمر: «الوضع صعب». وجاء ذلك في افتتاح المؤتمر، بمشاركة"
                " رئيس الوزراء خالد منصور. وأضاف أن «الحل قريب».",
                "سامي عمر",
            ),
            (
                "وقال الرئيس سامي عمر: «الوضع صعب». وجاء ذلك في افتتاح المؤتمر، برعاية"
                " رئيس الوزراء خالد منصور. وأضاف أن «الحل قريب».",
                "سامي عمر",
            ),
            (
                "وقال الوزير هادي سالم: «المشروع جاهز». وأقيم الحفل في العاصمة، وبمشاركة"
                " السفير الفرنسي جان دوبون. وتابع: «سنبدأ غدا».",
                "هادي سالم",
            ),
            (
                "وقال المدير العام فريد ناصر: «نحن مستعدون». وانطلق المعرض أمس، وبرعاية"
                " وزير الثقافة كمال يوسف. وأضاف: «الإقبال كبير».",
                "فريد ناصر",
            ),
        ],
    )
    def test_the_last_speaker_goes_on(self, text, speaker):
        assert _last(text).speaker == speaker

    @pytest.mark.parametrize(
        "text, speaker",
        [
            # (a verb before the title: its subject, who goes on)
            (
                "وقال الرئيس سامي عمر: «الوضع صعب». وجاء ذلك في افتتاح المؤتمر، وتحدث"
                " رئيس الوزراء خالد منصور. وأضاف أن «الحل قريب».",
                "خالد منصور",
            ),
            # (as before: وسط حضور, تحت رعاية)
            (
                "وقال الرئيس سامي عمر: «الوضع صعب». وجاء ذلك في افتتاح المؤتمر، وسط حضور"
                " رئيس الوزراء خالد منصور. وأضاف أن «الحل قريب».",
                "سامي عمر",
            ),
            (
                "وقال الرئيس سامي عمر: «الوضع صعب». وجاء ذلك في افتتاح المؤتمر، تحت رعاية"
                " رئيس الوزراء خالد منصور. وأضاف أن «الحل قريب».",
                "سامي عمر",
            ),
        ],
    )
    def test_near_misses(self, text, speaker):
        assert _last(text).speaker == speaker


class TestMoreNounsJoinedByWawInABodysName:
    """ "لهيئة رعاية وتأهيل المعاقين X Y": a verbal noun تفعيل with a hamza
    (folded to ا) or a hollow second root letter, or a plural in ات of a
    stem of four letters or more or in يات, joined by و before a definite
    genitive, is part of the body's name; a first و/ي (توفيق, تيسير) and a
    short plural (بركات, عرفات) may be names."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            (
                f"وقال المدير العام لهيئة رعاية وتأهيل المعاقين سامي حداد إن «{_WORDS}».",
                "سامي حداد",
                "المدير العام لهيئة رعاية وتأهيل المعاقين",
            ),
            (
                f"وقال رئيس هيئة تنشيط وترويج السياحة كريم نصار إن «{_WORDS}».",
                "كريم نصار",
                "رئيس هيئة تنشيط وترويج السياحة",
            ),
            (
                f"وقالت مديرة صندوق دعم وتأمين المزارعين هالة يوسف إن «{_WORDS}».",
                "هالة يوسف",
                "مديرة صندوق دعم وتأمين المزارعين",
            ),
            (
                f"وقال مدير مركز الأبحاث ودراسات السلام فادي منصور إن «{_WORDS}».",
                "فادي منصور",
                "مدير مركز الأبحاث ودراسات السلام",
            ),
        ],
    )
    def test_the_body_takes_the_noun(self, text, speaker, role):
        _check(text, _WORDS, speaker, role)

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            # (a given name of the shape, first radical و: a second person)
            (
                f"وقال الوزير سامي حداد وتوفيق الحكيم إن «{_WORDS}».",
                "سامي حداد",
                "الوزير",
            ),
            # (a short plural in ات that is a family name)
            (
                f"وقال رئيس الهيئة سامي عرفات وبركات الحاج إن «{_WORDS}».",
                "سامي عرفات",
                "رئيس الهيئة",
            ),
            # (a form already read: as before)
            (
                f"وقال رئيس هيئة تنمية وتطوير الصادرات سامي حداد إن «{_WORDS}».",
                "سامي حداد",
                "رئيس هيئة تنمية وتطوير الصادرات",
            ),
        ],
    )
    def test_near_misses(self, text, speaker, role):
        _check(text, _WORDS, speaker, role)


class TestMoreClericsRanksBeforeTheName:
    """ "رئيس الجامعة الأب X Y": after a post read whole, الأب, البطريرك or
    المونسنيور right before the name is how the cleric is addressed, no
    word of the post (as المطران, القس)."""

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            (
                f"وقال رئيس جامعة الروح القدس الأب طلال هاشم إن «{_WORDS}».",
                "طلال هاشم",
                "رئيس جامعة الروح القدس",
            ),
            (
                f"وقال رئيس المجمع الكنسي البطريرك طلال هاشم إن «{_WORDS}».",
                "طلال هاشم",
                "رئيس المجمع الكنسي",
            ),
            (
                f"وقال مدير مكتب الفاتيكان المونسنيور جان بيار إن «{_WORDS}».",
                "جان بيار",
                "مدير مكتب الفاتيكان",
            ),
        ],
    )
    def test_the_rank_is_no_word_of_the_post(self, text, speaker, role):
        _check(text, _WORDS, speaker, role)

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            # (the rank's holder in construct with a post: the post's genitive)
            (f"وقال سكرتير البطريرك إن «{_WORDS}».", "سكرتير البطريرك", "سكرتير البطريرك"),
            # (an honorific after a post: as before)
            (
                f"وقال رئيس الجامعة الدكتور طلال هاشم إن «{_WORDS}».",
                "طلال هاشم",
                "رئيس الجامعة",
            ),
        ],
    )
    def test_near_misses(self, text, speaker, role):
        _check(text, _WORDS, speaker, role)

    @pytest.mark.parametrize(
        "text, speaker, role",
        [
            # (fixed by kw37b: a saint after a church's noun is its name)
            (
                f"وقال رئيس دير مار مارون الأرشمندريت طلال هاشم إن «{_WORDS}».",
                "طلال هاشم",
                "رئيس دير مار مارون",
            ),
            # (fixed by kw33b: راعي, bare, is a title head)
            (
                f"وقال راعي أبرشية بيروت الخوري طلال هاشم إن «{_WORDS}».",
                "طلال هاشم",
                "راعي أبرشية بيروت",
            ),
        ],
    )
    def test_known_wrong_posts_before_the_rank(self, text, speaker, role):
        _check(text, _WORDS, speaker, role)

    @pytest.mark.parametrize(
        "text",
        [
            f"واستقبل رئيس الجمهورية المطران إلياس عودة، وقال إن «{_WORDS}».",
            f"والتقى رئيس الجمهورية الأب إلياس عودة، وقال إن «{_WORDS}».",
        ],
    )
    def test_known_wrong_the_host_speaks(self, text):
        q = quote_exactly(text, _WORDS)
        assert (q.speaker, q.role) == ("رئيس الجمهورية", "رئيس الجمهورية")
