"""Inputs whose time grew faster than their length, found by the hostile
shapes of fuzz15 (third session of 2026-12-05) next to the template fuzz:
thousands of quotes in one sentence (scraped text with its stops lost, lines
of punctuation and marks, colons run together), a head of a body named in
every sentence, a bare title opening words never closed.  Each is reduced to
a minimal invented text, and its growth measured as the lines of the
engine's Python run (a count, not a time: for a text four times longer a
linear path runs about four times the lines, a quadratic one sixteen).  The
near misses pin what the faster paths must still read.
"""

from tests.extraction.test_fuzz_templates import (
    LINEAR_GROWTH,
    growth,
    quotes_keeping_the_contract,
)


def _colons_run(k: int) -> str:
    return " ".join(f"وقال المراقب وليد القاسمي: الحصاد {i} تأخر هذا العام:" for i in range(k))


def test_words_after_colons_in_one_sentence_are_read_in_linear_time():
    # no stop anywhere: for each words said, document_dated_later tested
    # the sentence up to them for a document (a set test over a slice of
    # the sentence), told_before passed over every earlier cue of the
    # sentence and attribute over every cue of it looking for a relay
    # (64 KB 0.10 s, 256 KB 1.25 s → 0.16 s): now the document words are
    # filed once, and the cue subjects and relays are looked up by bisection
    assert growth(_colons_run, 100) < LINEAR_GROWTH


def _that_run(k: int) -> str:
    return " ".join(f"وأكد الخبير هشام البدري أن «المخزون {i} يكفي»،" for i in range(k))


def test_quotes_joined_by_commas_in_one_sentence_are_read_in_linear_time():
    assert growth(_that_run, 100) < LINEAR_GROWTH


def test_the_second_source_of_a_repeated_relay_still_speaks():
    # near miss: "ونقلت عن X قوله «…»، وعن Y قوله «…»": the relay looked
    # up through the hits that are or may become relays
    text = (
        "ونقلت الوكالة عن الوزير رامي العطار قوله «إن الموسم سيكون جيدا»، "
        "وعن المدير هشام البدري قوله «إن المصنع سيفتح غدا»."
    )
    first, second = quotes_keeping_the_contract(text)
    assert first.speaker == "رامي العطار"
    assert second.speaker == "هشام البدري"


def test_a_statement_told_before_with_its_day_still_dates_the_words():
    # near miss (told_before): the speaker's denial dated in the sentence
    # before dates his words
    text = (
        "نفى الوزير رامي العطار يوم 12 مارس 2024 أن تكون الحكومة قد رفعت "
        "الأسعار. وقال العطار إن «الأسعار لم تتغير منذ عام»."
    )
    (q,) = quotes_keeping_the_contract(text)
    assert q.speaker == "رامي العطار"
    assert q.date == "2024-03-12"


def test_a_cable_dated_in_the_next_sentence_still_dates_the_words():
    # near miss (document_dated_later): "أفادت برقية أن …" and the cable
    # dated in the sentence after the words
    text = (
        "وأفادت برقية أن الوزير رامي العطار قال «إن الحدود ستبقى مغلقة». "
        "وجاء في البرقية المؤرخة في 3 مايو 2009 أن الوزير غادر."
    )
    (q,) = quotes_keeping_the_contract(text)
    assert q.date == "2009-05-03"


def _head_each(k: int) -> str:
    return " ".join(f"وقال رئيس النقابة إن «الأجور {i} سترتفع»." for i in range(k))


def test_a_head_of_a_body_in_every_sentence_is_read_in_linear_time():
    # presided_by looked back over every token of the text before each
    # mention of "رئيس ال…" for "برئاسة" (none here): quadratic in the
    # mentions; the words for "under the chairmanship of" are now filed
    # once, when the text has one
    assert growth(_head_each, 60) < LINEAR_GROWTH


def test_the_one_a_body_sat_under_still_heads_it():
    # near miss: "برئاسة المستشار X" then "رئيس المحكمة"
    text = (
        "انعقدت محكمة الجنايات برئاسة المستشار سامر النجار صباح الأحد. "
        "وقال رئيس المحكمة إن «الجلسة ستؤجل إلى الشهر المقبل»."
    )
    (q,) = quotes_keeping_the_contract(text)
    assert q.speaker == "سامر النجار"


def _title_open(k: int) -> str:
    return 'وقال المحافظ إن "' * k


def test_a_bare_title_opening_words_never_closed_is_read_in_linear_time():
    # one sentence of thousands of quotes by a bare title: resolve looked
    # back over every entity for one met anonymous ("وأضاف المستشار") and,
    # within three sentences (here all of them), for the official told by
    # his title alone (256 KB 4.0 s → 0.54 s): the anonymous are filed as
    # they are met, and "nearby" is also the last 200 mentions
    assert growth(_title_open, 200) < LINEAR_GROWTH


def test_the_adviser_met_anonymous_still_goes_on():
    # near miss: "مستشار للرئيس" then "وأضاف المستشار"
    text = "قال مستشار للرئيس إن «الحكومة ستستقيل قريبا». وأضاف المستشار أن «القرار اتخذ أمس»."
    quotes = quotes_keeping_the_contract(text)
    assert [q.speaker for q in quotes] == ["مستشار للرئيس"] * 2


def _stray_before_colons(k: int) -> str:
    return " ".join(f"«الهدف {i}» صحيح ” :" for i in range(k))


def test_stray_closers_before_colons_are_read_in_linear_time():
    # each colon with a mark before it asked name_pair_opener for the
    # quote that mark closes, a pass over every quote (none closes at a
    # stray mark); so did closed_only and name_opens_speech: the quotes
    # are now filed by their opener and closer once per list
    assert growth(_stray_before_colons, 200) < LINEAR_GROWTH


def test_a_name_in_marks_between_the_verb_and_the_colon_is_still_passed_over():
    # near miss (name_pair_opener): the name in marks is no words said
    text = "وقال رئيس حركة “الأمل” سامر النجار: نحن مستعدون للحوار مع جميع الأطراف دون شروط."
    (q,) = quotes_keeping_the_contract(text)
    assert q.text == "نحن مستعدون للحوار مع جميع الأطراف دون شروط"
    assert q.speaker == "سامر النجار"


def test_a_name_in_marks_opening_the_words_after_the_colon_is_still_theirs():
    # near miss (name_opens_speech)
    text = "وقالت النائبة هالة بن عمر: “الاتحاد” كان وما زال شريكا أساسيا في الحوار."
    (q,) = quotes_keeping_the_contract(text)
    assert q.text == "“الاتحاد” كان وما زال شريكا أساسيا في الحوار"
    assert q.speaker == "هالة بن عمر"


def _name_then_colon(k: int) -> str:
    return " ".join(f"وقال «الهدف {i}»: " for i in range(k))


def test_verbs_with_no_subject_in_one_sentence_are_read_in_linear_time():
    # no stop anywhere: for each verb with no subject, described_then_named
    # looked back to the start of the sentence two before (here the text's)
    # for "أحد …، NAME،": now at most _CLAUSE_REACH tokens back, as
    # main_clause_subject does
    assert growth(_name_then_colon, 100) < LINEAR_GROWTH


def test_a_person_met_by_a_description_then_a_name_still_speaks():
    # near miss (described_then_named)
    text = "إحدى المعلمات، سلمى، تقف أمام المدرسة كل صباح. وتقول: «التلاميذ يصلون متأخرين»."
    (q,) = quotes_keeping_the_contract(text)
    assert q.speaker == "سلمى"
    assert q.role == "إحدى المعلمات"


def _names_inside_words_after_colons(k: int) -> str:
    return " ".join(f"وقال المدير: «الاتحاد» كان شريكا {i}. «أ» «ب» «ج» «د»" for i in range(k))


def test_names_in_marks_inside_words_after_colons_are_read_in_linear_time():
    # each words after a colon that took a name in marks in made a new list
    # of the quotes without it (and quote_at filed each new list again):
    # quadratic in the quotes; they are now dropped once, after the colons
    assert growth(_names_inside_words_after_colons, 100) < LINEAR_GROWTH


def test_a_name_in_marks_inside_words_after_a_colon_is_still_theirs():
    # near miss: the name in marks is no quote of its own
    text = "وقال المدرب رامي العطار: نشكر جماهير «النادي» على الدعم الكبير طوال الموسم."
    (q,) = quotes_keeping_the_contract(text)
    assert q.text == "نشكر جماهير «النادي» على الدعم الكبير طوال الموسم"
    assert q.speaker == "رامي العطار"
