"""Two words in marks right after a verb of saying and its one-word subject,
closing the sentence ('قال السفير "الوضع هش".'): the words said, not the
verb's object as after a verb of opinion ('رأى الأمريكيون "الطرابلسية"').

Every article here is invented for the test.
"""

from tests.extraction.helpers import quotes_of


def test_two_words_after_a_verb_of_saying_and_its_subject_are_said():
    for text, speaker in (
        ('قال السفير "الوضع هش".', "السفير"),
        ('وكتبت السفيرة "النظام معزول".', "السفيرة"),
        ('وقال الوزير "نرفض ذلك".', "الوزير"),
        ('وقال الرئيس "لا تعليق".', "الرئيس"),
    ):
        quotes = quotes_of(text)
        assert len(quotes) == 1, (text, quotes)
        assert quotes[0].speaker == speaker, (text, quotes[0])


def test_two_words_after_a_verb_of_opinion_or_a_preposition_stay_out():
    for text in (
        'رأى الأمريكيون "الطرابلسية".',
        'رفعوا لافتات كتب عليها "انقذوا مرضانا".',
        'وقال الرئيس "أبو مازن" إن الوضع صعب.',
    ):
        assert quotes_of(text) == [], text
