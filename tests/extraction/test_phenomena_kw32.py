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

Rule 2 (phrases.speech_owner): a speech with the article alone after
"جاء في" ("ومما جاء في الكلمة «…»", "وجاء في الخطاب"), told of before as
given ("ألقى الوزير X Y كلمة", "في كلمة ألقتها الوزيرة X Y", "وكان X قد
ألقى خطابا"), is its giver's, who speaks ("الكلمة" was read as a family
name: the speaker was "الكلمة", or "X Y كلمة" when the giver's name ran on
to it). Near misses: the speech with "his" ("وجاء في كلمته"), a statement
("جاء في البيان", its issuer), a family name الخطاب with no speech told,
no speech given before ("ألقت الشرطة القبض").

Rule 3 (speakers.subject_after_that, words._WHO_SAYS): a bare أنّ right
after "whoever said" ("من قال", "لمن يقول", "ممن قال") opens the relative's
own clause: its words are no subject of the verb of saying after them
("وردا على من قال إن الحكومة فشلت قال الوزير X: «…»" gave the speaker
"الحكومة فشلت"); now the verb's own subject after it speaks. Near misses:
a person named after أنّ with no "whoever" before ("أن الوزير X قال إن"),
the clause set off by a comma, "whoever" in the words reported.

Rule 4 (phrases.cue_at, phrases._implausible_head, lexicon.ANONYMOUS_HEADS): bare
"طالب" right after a verb of saying is the noun "student", its subject,
no verb "demanded" ("وقال طالب جامعي (21 عاما) إن «…»" took طالب for the
cue and gave the speaker "جامعي", or the last speaker; "طالب" alone could
head no speaker's phrase). Near misses: the verb opening its sentence
("طالب النائب X بـ…"), after و ("وطالب النائب X"), after the words ("«…»
وطالب بتأجيلها"), "شاهد عيان" as before.
"""

from __future__ import annotations

import pytest

from .helpers import only_quote, quotes_of, said


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


class TestKw32SpeechGiverSpeaks:
    """ "ومما جاء في الكلمة" after a speech told of as given: its giver speaks."""

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            pytest.param(
                "ألقى الوزير نادر بوشعالة كلمة في افتتاح المعرض أمس. ومما جاء في الكلمة "
                "«إن الصناعة الوطنية قادرة على المنافسة».",
                "نادر بوشعالة",
                "الوزير",
                id="gave-a-speech",
            ),
            pytest.param(
                "وفي كلمة ألقتها الوزيرة ليلى قرمادي في الندوة. وجاء في الكلمة «إن "
                "الصناعة الوطنية قادرة على المنافسة».",
                "ليلى قرمادي",
                "الوزيرة",
                id="speech-she-gave",
            ),
            pytest.param(
                "وكان رئيس البرلمان منير العكرمي قد ألقى خطابا أمام النواب يوم الأحد. وجاء "
                "في الخطاب «إن الدورة ستكون حاسمة».",
                "منير العكرمي",
                "رئيس البرلمان",
                id="had-given-an-address",
            ),
            pytest.param(
                "ألقى الوزير نادر بوشعالة كلمة في افتتاح المعرض أمس. وقال الرئيس فؤاد "
                "الزواري إن «المعرض ناجح». ومما جاء في الكلمة «إن الصناعة الوطنية قادرة».",
                "نادر بوشعالة",
                "الوزير",
                id="another-speaker-between",
            ),
        ],
    )
    def test_giver_speaks(self, text, speaker, role):
        quote = said(text, "إن الصناعة") if "الصناعة" in text else only_quote(text)
        assert (quote.speaker, quote.role) == (speaker, role)

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            pytest.param(
                "ألقى الوزير نادر بوشعالة كلمة في افتتاح المعرض أمس. وجاء في كلمته «إن "
                "الصناعة الوطنية قادرة على المنافسة».",
                "نادر بوشعالة",
                id="his-speech",
            ),
            pytest.param(
                "أصدرت وزارة الصناعة بيانا أمس. ومما جاء في البيان «إن المعرض ناجح».",
                "وزارة الصناعة",
                id="statement-issuer",
            ),
            pytest.param(
                "وقال المحامي سامي الخطاب إن «موكله بريء». وأضاف الخطاب «سنستأنف الحكم».",
                "سامي الخطاب",
                id="family-name-no-speech",
            ),
            pytest.param(
                "وألقت الشرطة القبض على المتهم. وجاء في الخطاب «إن الدورة ستكون حاسمة».",
                "الخطاب",
                id="no-speech-given",
            ),
        ],
    )
    def test_near_misses(self, text, speaker):
        assert quotes_of(text)[-1].speaker == speaker


class TestKw32WhoeverSaidThat:
    """أنّ after "من قال": the relative's clause, no subject of the next verb."""

    @pytest.mark.parametrize(
        ("text", "speaker", "role"),
        [
            pytest.param(
                "وردا على من قال إن الحكومة فشلت قال الوزير كمال نجار: «الحكومة نجحت في "
                "كل الملفات».",
                "كمال نجار",
                "الوزير",
                id="man-qala",
            ),
            pytest.param(
                "وردا على من يقول إن الاقتصاد ينهار قال رئيس الوزراء عادل الفرجاني: «النمو "
                "عاد إلى الارتفاع».",
                "عادل الفرجاني",
                "رئيس الوزراء",
                id="man-yaqul",
            ),
            pytest.param(
                "وفي رد لمن قال إن الجيش انسحب أكد المتحدث العسكري رامي الحلواني أن «القوات "
                "في مواقعها».",
                "رامي الحلواني",
                "المتحدث العسكري",
                id="li-man",
            ),
        ],
    )
    def test_verb_subject_speaks(self, text, speaker, role):
        quote = only_quote(text)
        assert (quote.speaker, quote.role) == (speaker, role)

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            pytest.param(
                "وأكد النائب رامي الحلواني أن الوزير عادل الفرجاني قال إن «الميزانية لن تتغير».",
                "عادل الفرجاني",
                id="named-after-that",
            ),
            pytest.param(
                "وردا على من يقول إن الحكومة فشلت، قال الوزير كمال نجار: «الحكومة نجحت».",
                "كمال نجار",
                id="comma-before-the-verb",
            ),
            pytest.param(
                "وأضاف الحلواني أن من قال إن «الميزانية لن تتغير» لا يعرف الأرقام.",
                "الحلواني",
                id="whoever-in-the-report",
            ),
        ],
    )
    def test_near_misses(self, text, speaker):
        assert only_quote(text).speaker == speaker


class TestKw32StudentAfterSaying:
    """ "وقال طالب": the noun "student", the subject, no verb "demanded"."""

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            pytest.param(
                "وقال طالب جامعي (21 عاما) إن «الامتحانات جاءت صعبة».",
                "طالب جامعي",
                id="with-age",
            ),
            pytest.param(
                "وقال طالب في كلية الطب إن «الامتحانات جاءت صعبة».",
                "طالب في كلية الطب",
                id="in-a-faculty",
            ),
            pytest.param(
                "وقال طالب إن «الامتحانات جاءت صعبة».",
                "طالب",
                id="alone",
            ),
            pytest.param(
                "وقال عميد الكلية إن «الامتحانات ستجري في موعدها». وقال طالب سوري إن "
                "«الطلاب غير مستعدين».",
                "طالب سوري",
                id="after-another-speaker",
            ),
        ],
    )
    def test_student_speaks(self, text, speaker):
        quote = quotes_of(text)[-1]
        assert (quote.speaker, quote.role) == (speaker, speaker)

    @pytest.mark.parametrize(
        ("text", "speaker"),
        [
            pytest.param(
                "طالب النائب سمير داود بإلغاء القانون، وقال إن «القانون ظالم».",
                "سمير داود",
                id="verb-opening",
            ),
            pytest.param(
                "وطالب النائب سمير داود بإلغاء القانون، وقال إن «القانون ظالم».",
                "سمير داود",
                id="verb-after-wa",
            ),
            pytest.param(
                "قال الوزير إن «الامتحانات صعبة» وطالب بتأجيلها.",
                "الوزير",
                id="verb-after-the-words",
            ),
            pytest.param(
                "وقال شاهد عيان (40 عاما) إن «الانفجار كان قويا».",
                "شاهد عيان",
                id="witness",
            ),
        ],
    )
    def test_near_misses(self, text, speaker):
        assert quotes_of(text)[-1].speaker == speaker
