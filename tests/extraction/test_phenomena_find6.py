"""Quote finding and the quote spans behind a speaker (find6, 2026-12-04):
the outlet CNN spelt out in marks ("سي إن إن"), whose last word folds like
أنّ.

Every sentence here is invented. The positive tests fail before the rule
they test; the negative ones hold the near misses where it must not fire.
"""

from claims.extraction import extract


def _texts(text):
    return [q.text for q in extract(text)]


def test_cnn_spelt_out_in_marks_is_a_name_not_an_opener():
    # 'لشبكة "سي إن إن" أمس: "…"': the mark after the last إن closes the
    # outlet's name; read as glued to أنّ it opened a quote of its own
    for text, said in (
        (
            'وقال مسؤول أمريكي في تصريحات لشبكة "سي إن إن" أمس: '
            '"لن نتراجع عن دعم الحلفاء في المنطقة".',
            "لن نتراجع عن دعم الحلفاء في المنطقة",
        ),
        (
            "وقال وزير الخارجية الأردني لشبكة «سي إن إن» الأمريكية: "
            "«الحل السياسي هو الطريق الوحيد».",
            "الحل السياسي هو الطريق الوحيد",
        ),
        (
            'وأوضح المتحدث باسم الجيش لقناة "سي إن إن" مساء الخميس: '
            '"العملية انتهت بنجاح ولا خسائر بين المدنيين".',
            "العملية انتهت بنجاح ولا خسائر بين المدنيين",
        ),
    ):
        assert _texts(text) == [said], text


def test_a_mark_glued_to_that_still_opens():
    # 'إن" الحكومة …"': an opener typed glued to أنّ, with its space after it
    for text, said in (
        (
            'وقال الوزير إن" الحكومة ستواصل العمل على الإصلاح".',
            "الحكومة ستواصل العمل على الإصلاح",
        ),
        (
            'وأكدت النائبة أن" القانون الجديد لن يمر دون نقاش".',
            "القانون الجديد لن يمر دون نقاش",
        ),
    ):
        assert _texts(text) == [said], text
