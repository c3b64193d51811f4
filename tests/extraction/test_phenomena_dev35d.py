"""Development misses of session dev35d (dates and quotes not found): each
class a general construction of Arabic news style, with invented sentences
that show it and near misses that must keep their answer.

Every text here is written for the test, with names, places and words of
its own.
"""

from tests.extraction.helpers import quotes_of


def _one(text: str, words: str):
    q = [q for q in quotes_of(text) if words in q.text]
    assert q, [q.text for q in quotes_of(text)]
    return q[0]


def _dated(text: str, words: str) -> str | None:
    return _one(text, words).date


_SENT = (
    "وفي مارس 2008، أرسل السفير الكندي جون كارتر إلى وزير خارجية بلاده تقريرا "
    "مطولا عن الوضع في البلاد. "
)


class TestSubjectlessVerbGoesOnInTheDeedFrontedBefore:
    """ "وفي مارس 2008، أرسل السفير X إلى وزيره تقريرا …. ووصف الرئيس بأنه
    «…»": a sentence that opens on a verb with no subject goes on with the
    subject of the sentence before, at the time that sentence fronted (a
    month or a day): the words are of that deed's account."""

    def test_described_after_report_sent(self):
        text = _SENT + 'ووصف الرئيس بأنه يتردد "خوفا من غضب الشارع وتراجع شعبيته في المدن".'
        assert _dated(text, "خوفا من غضب") == "2008-03"

    def test_added_after_letter_on_a_day(self):
        text = (
            "وفي 12 أيار 2011، بعث المبعوث الأممي هانس بيرغ برسالة إلى مجلس الأمن. "
            'وأكد فيها أن "الهدنة ستنهار إذا لم تفتح المعابر".'
        )
        assert _dated(text, "الهدنة ستنهار") == "2011-05-12"

    def test_later_quote_of_him_by_name_carries(self):
        text = (
            _SENT
            + 'ووصف الرئيس بأنه يتردد "خوفا من غضب الشارع وتراجع شعبيته في المدن". '
            + 'وعلى الرغم من أن "نواياه قد تكون طيبة"، فإن "الواقع هو الجمود"، كما أشار كارتر.'
        )
        assert _dated(text, "الواقع هو الجمود") == "2008-03"

    def test_warned_after_visit(self):
        text = (
            "وفي تشرين الثاني 2009، زار وزير الدفاع سالم العمري الحدود الشمالية. "
            'وحذر من أن "المهربين يستغلون ضعف الرقابة على المعابر".'
        )
        assert _dated(text, "المهربين يستغلون") == "2009-11"

    def test_near_miss_speaker_named_again_in_his_own_sentence(self):
        # "وقال كارتر": a new statement that names its speaker, not a verb
        # that goes on the deed's account
        text = _SENT + 'وقال كارتر في مقابلة إن "الرئيس يتردد خوفا من غضب الشارع".'
        assert _dated(text, "الرئيس يتردد") is None

    def test_near_miss_another_subject_fronted(self):
        # the sentence before told another man's deed
        text = (
            "وفي مارس 2008، زار وزير الخارجية سالم العمري العاصمة الأردنية. "
            'وقال السفير جون كارتر إن "الزيارة لم تحقق شيئا".'
        )
        assert _dated(text, "الزيارة لم تحقق") is None

    def test_near_miss_year_only(self):
        # a year alone: a career's step, no account's time
        text = 'وفي عام 2008، عين جون كارتر سفيرا لدى الأردن. ووصف الأوضاع بأنها "صعبة ومعقدة".'
        assert _dated(text, "صعبة ومعقدة") is None


_LEAD = "قال وزير الإعلام سمير الخطيب إن بلاده ترفض الخطة الأمريكية. "


class TestLabelShapedWordsWithAPredicateAreSaid:
    """ "«القضية الفلسطينية ستبقى قضيتنا الأولى»، بحسب الخطيب": words in
    marks that open like a body's name (a definite head and an adjective)
    but go on with a future verb or a pronoun joining subject and predicate
    are a statement, no name."""

    def test_future_of_a_hollow_root_after_according_to(self):
        text = _LEAD + '"القضية الفلسطينية ستبقى قضيتنا المركزية الأولى"، بحسب الخطيب.'
        q = _one(text, "ستبقى قضيتنا")
        assert q.speaker == "سمير الخطيب"

    def test_future_verb_quote_first(self):
        text = _LEAD + "«الحكومة الأردنية ستنتهي من الخطة قريبا»، قال الخطيب."
        assert _one(text, "ستنتهي من الخطة").speaker == "سمير الخطيب"

    def test_pronoun_between_subject_and_predicate(self):
        text = _LEAD + "«الحكومة الأردنية هي المسؤولة عن الأمن»، قال الخطيب."
        assert _one(text, "هي المسؤولة").speaker == "سمير الخطيب"

    def test_near_miss_body_name_in_marks(self):
        text = 'وأفادت معطيات جمعها "المركز الوطني للدراسات الأمنية" بأن الحوادث تراجعت.'
        assert not [q for q in quotes_of(text) if "المركز الوطني" in q.text]

    def test_near_miss_party_name_with_nisba(self):
        text = 'وشارك "الحزب الديمقراطي السياسي" في الاجتماع الذي عقد في عمّان.'
        assert not [q for q in quotes_of(text) if "الحزب الديمقراطي" in q.text]


class TestUnclosedOpenerAfterHisSaying:
    """ "ونقل السفير عن الوزير قوله إن “… .": the noun of his saying and أنّ
    introduce the words as a verb of saying does; an opener never closed
    after them quotes up to the end of its paragraph."""

    def test_relayed_at_the_text_end(self):
        text = (
            "وأضاف الوزير أن القرار نهائي.\n"
            "ونقل السفير عن الوزير قوله إن “الحكومة لن تتراجع عن قرارها مهما كانت الضغوط ."
        )
        assert _one(text, "لن تتراجع عن قرارها").cue == "ونقل"

    def test_relayed_mid_text(self):
        text = (
            "ونقلت السفيرة عن رئيس البلدية قوله إن «المشروع سيكتمل قبل نهاية العام المقبل\n"
            "وتابعت السفيرة أن الممولين لم يحسموا موقفهم."
        )
        assert _one(text, "المشروع سيكتمل").text.startswith("المشروع سيكتمل")

    def test_her_saying_relayed(self):
        text = (
            "ونقل المراسل عن الناشطة ليلى حداد قولها إن “المعتقلين يعانون من ظروف صعبة داخل السجن\n"
            "ولم تعلق السلطات على ذلك."
        )
        assert _one(text, "المعتقلين يعانون").speaker == "ليلى حداد"

    def test_near_miss_closed_quote_unchanged(self):
        text = "ونقل السفير عن الوزير قوله إن «الحكومة لن تتراجع» عن قرارها في كل الأحوال."
        assert _one(text, "الحكومة لن تتراجع").text == "الحكومة لن تتراجع"

    def test_near_miss_no_marks_no_quote(self):
        text = "ونقل السفير عن الوزير قوله إن الحكومة لن تتراجع عن قرارها."
        assert quotes_of(text) == []
