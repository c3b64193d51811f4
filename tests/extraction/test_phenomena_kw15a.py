"""Constructions from the Known weaknesses list (kw15a, first session of 2026-12-05).

1. منذ and an event, then a date set off by commas, dates the event ("في
   أول زيارة له منذ عودته من المنفى، في مارس 2015، أكد أن"); but a public
   event named by definite words alone, then its day opened by يوم in
   commas ("في أول ظهور له منذ الانتخابات، يوم 5 مارس 2015، إن") tells the
   day of the occasion, as after a span ("منذ أسابيع، في 5 مارس"): before,
   the words lost the date. Not after a verbal noun with its pronoun
   ("منذ عودته، يوم …"), nor with في for يوم, nor with no commas.
2. Ornamental quote marks, the dingbats ❝…❞ and the East Asian double primes
   〝…〞 (or 〝…〟), are read as “…” (before, no quote was found). A lone
   ornament with no cue, or a name in them after a label noun, is still no
   quote.
3. A mark never closed after a verb of saying files its words up to the end
   of the sentence; where a scraper dropped the closing mark and the space
   after it, the narrator's next verb of saying with و is glued to the last
   word said ("… المرضى مجاناوأكدت أن …"), and the words ran on through the
   narrator's clause. They now end where such a verb (أضاف، تابع، أكد،
   أشار …, past, with و) is glued to a word of two letters or more. Not in
   marks that close (the whole is kept as printed), nor a verb apart.
4. The narrator's verb of saying with و wrapped in marks by a typo inside a
   quote of the same family ('"… الإصلاح "وأضاف" الميزانية …"', for '…
   الإصلاح" وأضاف "الميزانية …') was read as a name in marks nested in one
   quote running over the verb. Now the quote closes before the verb, and
   the words after it, up to the closer, are a second quote the verb
   introduces. Not a word in marks that is no verb of saying ("«… دعم «وقف»
   الحرب …»", "«حزب «الوفاق» لن …»"), which stays nested.
5. An incident a verb condemns or mourns, in construct right after a title
   read with no name ("واستنكر رئيس الوزراء مجزرة سوق الخضار، وقال",
   "وأدانت وزيرة الثقافة اعتداءات المستوطنين"), was read as the holder's
   name; it is the verb's object, and the title speaks, as a place visited
   already was (phrases._INCIDENTS: massacres, attacks, bombings, killings,
   sieges, burnings …). Not an incident inside the title, before the name
   ("رئيس لجنة التحقيق في مجزرة السوق، X،").
6. A person first named, with no title, as the subject of a verb that is
   no verb of saying opening the sentence ("وصل سليم الورفلي إلى العاصمة.
   وقال: «…»", "عاد سليم الورفلي الأمين العام للنقابة إلى البلاد") was not
   met, and the verb with no subject after found nobody. A common given
   name (words._GIVEN_NAMES) not met before and another word after that
   verb are a person met, as a name opening with عبد was. Not over the
   previous quote's speaker, nor of another gender ("… وقالت: «…»" after a
   woman quoted), nor a given name that is a common word in construct
   ("وعاد جمال المدينة", the city's beauty, after a man quoted), nor a
   name with no role before a noun, which may be the verb's object with its
   subject elided ("واستقبل سامي X الوفد الزائر، وقال", test_phenomena_dev11b).
"""

from __future__ import annotations

from tests.extraction.helpers import one, quotes_of, same_name

S = "«الطريق أمامنا ما زال طويلا»"
P = "وقالت رئيسة النقابة ليلى المنصوري"


def test_day_after_a_public_event_since_is_the_words() -> None:
    q = one(f"{P}، في أول ظهور لها منذ الانتخابات، يوم 12 أبريل 2019، إن {S}.", "الطريق أمامنا")
    assert q.date == "2019-04-12"
    q = one(
        "وأكد وزير الزراعة هشام العلوي، في أول تصريح له منذ الفيضانات الأخيرة، "
        f"يوم 3 نوفمبر 2021، أن {S}.",
        "الطريق أمامنا",
    )
    assert q.date == "2021-11-03"


def test_near_miss_day_after_an_event_of_the_speaker_since() -> None:
    q = one(f"{P}، في أول ظهور لها منذ عودتها، يوم 12 أبريل 2019، إن {S}.", "الطريق أمامنا")
    assert q.date is None
    q = one(f"{P}، في أول ظهور لها منذ الانتخابات، في أبريل 2019، إن {S}.", "الطريق أمامنا")
    assert q.date is None
    q = one(f"{P} في أول ظهور لها منذ الانتخابات يوم 12 أبريل 2019 إن {S}.", "الطريق أمامنا")
    assert q.date is None


def test_ornamental_marks_hold_a_quote() -> None:
    words = "لن نقبل بأي تسوية على حساب العمال"
    for opener, closer in (("❝", "❞"), ("〝", "〞"), ("〝", "〟")):
        text = f"{P} {opener}{words}{closer} في ختام الاجتماع."
        q = one(text, "لن نقبل")
        assert q.text == words
        assert q.speaker == "ليلى المنصوري"
        assert text[q.start - 1] == opener and text[q.end] == closer


def test_near_miss_ornaments_that_hold_no_quote() -> None:
    assert quotes_of("ارتفعت أسعار القمح ❝ في الأسواق المحلية هذا الأسبوع.") == []
    assert quotes_of("وانضمت إلى حزب ❝الأمل الجديد❞ قبل عامين.") == []


W = "وقالت المديرة نوال الشريف إن «المستشفى سيفتح أبوابه قبل نهاية الشهر وسنستقبل المرضى"


def test_unclosed_words_end_at_a_glued_verb_of_saying() -> None:
    text = f"{W} مجاناوأكدت أن التمويل متوفر لعام كامل."
    q = one(text, "سيفتح أبوابه")
    assert q.text.endswith("المرضى مجانا")
    assert q.speaker == "نوال الشريف"
    text = (
        "وقال الوزير كمال الطاهري: «لن نتراجع عن الإصلاح مهما كانت الضغوطواشار "
        "إلى أن الميزانية جاهزة."
    )
    q = one(text, "لن نتراجع")
    assert q.text == "لن نتراجع عن الإصلاح مهما كانت الضغوط"


def test_near_miss_glued_verb_inside_closed_marks_or_apart() -> None:
    q = one(f"{W} مجاناوأكدت أن التمويل متوفر».", "سيفتح أبوابه")
    assert q.text.endswith("مجاناوأكدت أن التمويل متوفر")
    q = one(f"{W} مجانا وأكدت أن التمويل متوفر.", "سيفتح أبوابه")
    assert q.text.endswith("المرضى مجانا")


def test_verb_of_saying_wrapped_in_marks_ends_the_quote() -> None:
    text = (
        "وقال رئيس البلدية عادل القاسمي: «الطرق ستفتح خلال أيام «وأضاف» "
        "سنعوض التجار المتضررين جميعا»."
    )
    first = one(text, "الطرق ستفتح")
    assert first.text == "الطرق ستفتح خلال أيام"
    second = one(text, "سنعوض التجار")
    assert second.text == "سنعوض التجار المتضررين جميعا"
    assert second.speaker == "عادل القاسمي"
    text = (
        'وقالت الممرضة سعاد الهاشمي: "نعمل بلا توقف منذ أسبوع "وتابعت" نحتاج إلى متطوعين إضافيين".'
    )
    assert [q.text for q in quotes_of(text)] == [
        "نعمل بلا توقف منذ أسبوع",
        "نحتاج إلى متطوعين إضافيين",
    ]


def test_near_miss_word_in_marks_that_is_no_verb_of_saying() -> None:
    text = "وقال رئيس البلدية عادل القاسمي: «ندعم «وقف» القتال فورا في كل المناطق»."
    assert [q.text for q in quotes_of(text)] == ["ندعم «وقف» القتال فورا في كل المناطق"]
    text = "وقال رئيس البلدية عادل القاسمي: «حزب «النهضة» لن يشارك في الحكومة المقبلة»."
    assert [q.text for q in quotes_of(text)] == ["حزب «النهضة» لن يشارك في الحكومة المقبلة"]


Q = "«المجرمين لن يفلتوا من العقاب»"


def test_incident_after_a_title_is_the_verbs_object() -> None:
    q = one(f"واستنكر رئيس الوزراء مجزرة سوق الخضار، وقال إن {Q}.", "المجرمين")
    assert q.speaker == "رئيس الوزراء"
    q = one(f"وأدانت وزيرة الثقافة اعتداءات المستوطنين على المتحف، وقالت إن {Q}.", "المجرمين")
    assert q.speaker == "وزيرة الثقافة"
    q = one(f"واستنكرت الوزيرة حرق المحاصيل في القرية، وقالت إن {Q}.", "المجرمين")
    assert q.speaker == "الوزيرة"


def test_near_miss_incident_inside_the_title_before_the_name() -> None:
    for sep in ("، ", " "):
        q = one(
            f"وقال رئيس لجنة التحقيق في مجزرة السوق{sep}سامي العبدلي{sep.strip()} إن {Q}.",
            "المجرمين",
        )
        assert same_name(q.speaker, "سامي العبدلي")


J = "«جئنا للحوار لا للمواجهة»"


def test_name_after_a_verb_opening_the_sentence_is_met() -> None:
    q = one(f"وصل سليم الورفلي إلى العاصمة صباح اليوم. وقال: {J}.", "جئنا للحوار")
    assert q.speaker == "سليم الورفلي"
    q = one(f"عاد سليم الورفلي الأمين العام للنقابة إلى البلاد. وقال: {J}.", "جئنا للحوار")
    assert q.speaker == "سليم الورفلي"
    assert q.role == "الأمين العام للنقابة"
    q = one(f"خرج سليم الورفلي من القاعة غاضبا. وقال للصحفيين: {J}.", "جئنا للحوار")
    assert q.speaker == "سليم الورفلي"


def test_near_miss_name_after_a_verb_does_not_override() -> None:
    woman = "وقالت الوزيرة هالة البدري: «سنواصل العمل»."
    q = one(f"{woman} خرج سليم الورفلي من القاعة غاضبا. وقالت: {J}.", "جئنا للحوار")
    assert q.speaker == "هالة البدري"
    man = "وقال الوزير هشام العلوي: «سنواصل العمل»."
    q = one(f"{man} وعاد جمال المدينة إلى سابق عهده. وأضاف: {J}.", "جئنا للحوار")
    assert q.speaker == "هشام العلوي"
