"""A second that-clause in marks coordinated with a quotation after a comma
('أن "الرئيس مريض"، وأن "خلافته مفتوحة"'): the same speaker's words, however
short.

Every article here is invented for the test.
"""

from tests.extraction.helpers import quotes_of


def test_short_that_clause_after_a_comma_is_said():
    for text, speaker in (
        ('وجاء في البرقية أن "الرئيس بوتفليقة مريض"، وأن "خلافته مفتوحة".', "البرقية"),
        ('وقال الوزير إن "الوضع صعب"، وإن "الحكومة قوية".', "الوزير"),
        ('وأكدت السفيرة أن "الحكومة فاسدة"، وأن "الرئيس معزول تماما".', "السفيرة"),
    ):
        quotes = quotes_of(text)
        assert len(quotes) == 2, (text, quotes)
        assert quotes[1].speaker == speaker, (text, quotes[1])


def test_a_name_in_marks_that_a_verb_follows_stays_a_name():
    # the second marks hold the that-clause's subject, its verb after them
    quotes = quotes_of('وقال إن "الوضع صعب"، وأن "حزب النهضة" يتحمل المسؤولية.')
    assert [q.text for q in quotes] == ["الوضع صعب"], quotes
    quotes = quotes_of('وأكد الوزير أن "الوضع صعب"، وأن "الجبهة الشعبية" رفضت المشاركة.')
    assert [q.text for q in quotes] == ["الوضع صعب"], quotes
