"""Quote spans on real news (dev13s, eleventh session of 2026-12-05).

1. A relayer named in marks right after the verb of relaying, then a comma
   and عن with the one it relays ("ونقلت «وكالة X»، عن الوزير، قوله إن"),
   is the verb's subject, no words said (before, the comma let the name
   stand as a quote). Not a verb of saying ("وقال «…»، عن …").
2. A person's name of two or three words in marks, set off by a comma
   after the verb's subject (his post), then the verb's that-clause
   ("وقال عضو اللجنة (…)، «X Y Z» إن «…»") is the apposition naming him,
   not words said (two words were already read so; three were a quote).
   Not words in marks with a negation or a present verb ("«لن نقبل بهذا»").
3. A verb of saying, then the broadcast it spoke on after في/خلال (a
   programme, an interview, an episode: "وقال خلال برنامج … على قناة …
   مساء الخميس: …"), then a colon: the words after it are said, however
   long the occasion (before, ten words or more between verb and colon
   lost them). Not a verb that is no saying, whose colon opens a list.
4. A quote of two paragraphs with one mark opening it and one closing it
   ("وقال الوزير في كلمته ” … .\n… .”"): the second paragraph, closed by a
   mark never opened, goes on with the words the first opened and never
   closed, the same speaker's (before, it was lost: no cue in its
   sentence). Not when the first paragraph's words end before the line
   does (the narrator resumes), nor after reported speech with no mark.
5. A chain of quotations linked only by an ellipsis on their line, as
   headlines and leads list what one speaker said ('X: "…"... "…"...
   "…"'): two or three words in marks there are his words too (before,
   they were dropped as names with no cue), and the chain goes on with
   his name. Not after a single full stop, nor when the sentence goes on
   after the marks ('..."حزب الأمة" يرفض ذلك').
6. A question in marks (three words or more, an interrogative first, a
   question mark closing it) in the sentence of a verb of asking is the
   asker's words, though a label noun stands right before the marks
   ("وتساءلت النائبة خلال الجلسة التي نقلتها القناة «لماذا …؟»"; before, the
   noun made them a name). Not after another verb, nor what one asked
   about ("وسأل عن البرنامج … "من …"؟").
7. Words in marks coordinated by و with the next words in marks share the
   cue after those ('“لم نعد نحتمل” و”نريد بيوتنا”، قال السكان', "، بهذه
   الكلمات يلخص …"): before, the first, short, had no cue and was dropped.
   Not names coordinated with no cue after them.
8. As in 3, a written statement or a gathering the words were said in,
   after في/خلال or a word of its time (عقب، ختام، هامش …), may stand
   between the verb of saying and its colon however long it runs ("وقال
   في بيان نشره على صفحته … مساء الأحد: …", "في تغريدة …", "في ختام
   زيارته … :", "خلال وقفة احتجاجية أمام …:"), within fifteen words or
   so. Not another verb before a list colon, nor a that-clause between,
   nor a colon twenty words on (the writer's list).
9. As in 7, with و written apart from the marks ('«…» و «…»، قالت X') or
   a comma listing the words in marks ('«…»، «…»، قالت X'). Not names
   listed with commas and no cue after them.
10. As in 5, a comma for the ellipsis when the words in marks after a
    quotation kept have no name's shape (a present verb, a negation:
    "وقال الوزير: «…»، «الشعب يستحق الأفضل»."): the same speaker's words.
    Not a name's shape ("«وكالة الأنباء الرسمية»"), nor when the sentence
    goes on after the marks.
"""

from __future__ import annotations

from tests.extraction.helpers import one, quotes_of

W = "«الحكومة تأخرت كثيرا في إرسال الموازنة إلى المجلس»"


def test_relayer_in_marks_then_comma_and_its_source() -> None:
    text = "ونقلت «وكالة الأنباء الفرنسية»، عن وزير المالية، قوله إن الميزانية ستعرض قريبا."
    assert quotes_of(text) == []
    assert quotes_of('ونقلت "رويترز"، عن المتحدثة، قولها إن الحكومة لن تغير موقفها.') == []


def test_near_miss_words_after_a_verb_of_saying_then_about() -> None:
    q = one("وقال «لن نتراجع أبدا»، عن قرار الحكومة الأخير.", "لن نتراجع")
    assert q.text == "لن نتراجع أبدا"


def test_three_word_name_in_marks_after_the_post_and_a_comma() -> None:
    text = f"وقال عضو لجنة الطاقة في مجلس النواب (البرلمان)، «كريم الساعدي نور» إن {W}."
    (q,) = quotes_of(text)
    assert q.text.startswith("الحكومة تأخرت")
    assert q.speaker == "كريم الساعدي نور"
    text = f"وقال عضو لجنة الطاقة، «كريم عبد الساعدي»، إن {W}."
    (q,) = quotes_of(text)
    assert q.speaker == "كريم عبد الساعدي"


def test_near_miss_words_in_marks_after_the_post_and_a_comma() -> None:
    q = one("وقال عضو لجنة الطاقة، «لن نقبل بهذا» وإن الحكومة تأخرت كثيرا.", "لن نقبل")
    assert q.text == "لن نقبل بهذا"
    q = one("وقال عضو لجنة الطاقة، «الأسعار ترتفع كثيرا» وإن الحكومة تأخرت.", "الأسعار")
    assert q.text == "الأسعار ترتفع كثيرا"


def test_colon_after_a_long_broadcast_occasion() -> None:
    text = (
        "وقال مدير الهيئة خلال برنامج حواري على القناة الأولى مساء اليوم الخميس: أنهينا "
        "المرحلة الأولى من المشروع وسننتقل إلى الثانية قريبا. وتطرق إلى الصعوبات."
    )
    q = one(text, "أنهينا")
    assert q.text == "أنهينا المرحلة الأولى من المشروع وسننتقل إلى الثانية قريبا"
    assert q.speaker == "مدير الهيئة"
    text = (
        "وقالت الوزيرة في حوار مع إذاعة الشباب المحلية صباح أمس الأحد: لم نتلق أي "
        "شكوى رسمية حتى الآن بخصوص هذا الملف."
    )
    assert one(text, "لم نتلق").text.startswith("لم نتلق أي شكوى")


def test_near_miss_colon_after_a_broadcast_and_no_saying() -> None:
    text = (
        "وتحدث الوزير خلال برنامج حواري على القناة الأولى مساء اليوم الخميس عن ثلاثة "
        "ملفات: الزراعة والمياه والطرق."
    )
    assert quotes_of(text) == []


OPENED = "إننا نعمل على تحسين الخدمات الصحية في كل المحافظات دون استثناء."
GOES_ON = "وسنواصل العمل مع الشركاء الدوليين لتوفير الأدوية بأسعار مناسبة للجميع."


def test_second_paragraph_of_a_quote_opened_once_closed_once() -> None:
    for opener, closer in (("” ", "”"), ("«", "»"), ('"', '"')):
        text = f"وقالت الوزيرة في كلمتها {opener}{OPENED}\n{GOES_ON}{closer}\nوغادرت القاعة."
        q = one(text, "وسنواصل العمل")
        assert q.text == GOES_ON
        assert q.speaker == "الوزيرة"
        assert one(text, "إننا نعمل").speaker == "الوزيرة"


def test_near_miss_closer_on_a_line_after_no_words_left_open() -> None:
    text = f"وقالت الوزيرة في كلمتها «{OPENED} ثم غادرت القاعة.\n{GOES_ON}»"
    assert [q.text for q in quotes_of(text) if "وسنواصل" in q.text] == []
    text = f"وقالت الوزيرة في كلمتها إن الحكومة تعمل على تحسين الخدمات.\n{GOES_ON}»"
    assert quotes_of(text) == []


LONG = '"الاقتصاد يتعافى ببطء والتضخم تراجع إلى مستويات مقبولة"'


def test_short_words_in_a_chain_of_quotations() -> None:
    text = (
        f'هشام العلوي: {LONG}... "نرفض الضرائب الجديدة"... "البطالة ما زالت مرتفعة '
        'جدا في المدن الكبرى"... "الحكومة الحالية ضعيفة"\nنص المقابلة'
    )
    for words in ("نرفض الضرائب الجديدة", "الحكومة الحالية ضعيفة"):
        q = one(text, words)
        assert q.text == words
        assert q.speaker == "هشام العلوي"
    q = one(f'وقال هشام العلوي: {LONG}… "نرفض الضرائب الجديدة".', "نرفض الضرائب")
    assert q.speaker == "هشام العلوي"


def test_near_miss_name_in_marks_after_a_quotation() -> None:
    for sep in (". ", "... "):
        text = f'وقال هشام العلوي: {LONG}{sep}"حزب الأمة" يرفض ذلك.'
        assert [q.text for q in quotes_of(text) if "الأمة" in q.text] == []


def test_question_in_marks_after_a_verb_of_asking() -> None:
    text = "وتساءلت النائبة خلال الجلسة التي نقلتها القناة «لماذا تأخرت الحكومة في الرد؟»"
    q = one(text, "لماذا تأخرت")
    assert q.speaker == "النائبة"
    text = (
        "وانتقد المهندس سامي الحداد الخطة، وتساءل مرارا في المقابلات التي نشرتها المجلة "
        '"ما الفائدة من البقاء هنا"؟ ثم غادر.'
    )
    assert one(text, "ما الفائدة").text == "ما الفائدة من البقاء هنا"


def test_near_miss_question_in_marks_with_no_asking() -> None:
    text = 'وتحدث الوزير عن المقالات التي نشرتها المجلة "ما الفائدة من البقاء هنا"؟'
    assert quotes_of(text) == []
    text = 'وسأل الصحفي عن برنامج المسابقات الذي بثته القناة "من سيربح الجائزة"؟ فلم يجب أحد.'
    assert quotes_of(text) == []


def test_coordinated_words_share_the_cue_after_them() -> None:
    text = "«نحتاج الماء النظيف» و«نريد بيوتنا فقط»، قالت إحدى النساء."
    q = one(text, "نحتاج الماء")
    assert q.text == "نحتاج الماء النظيف"
    assert q.speaker == one(text, "نريد بيوتنا").speaker
    text = "“لم نعد نحتمل” و”نريد بيوتنا فقط”، بهذه الكلمات يلخص سكان القرية معاناتهم."
    assert one(text, "لم نعد").speaker == "سكان القرية"


def test_near_miss_coordinated_names_with_no_cue_after() -> None:
    assert quotes_of("«حزب الأمل» و«التيار الحر» يرفضان الخطة.") == []
    assert quotes_of("وتحالف «حزب الأمل» و«التيار الحر»، قال المحلل، ضد الحكومة.") == []


SAID = "لن نسمح بتمرير هذا القانون مهما كانت الضغوط"


def test_colon_after_a_long_written_statement_or_gathering() -> None:
    for occasion in (
        "في بيان نشره على صفحته الرسمية في موقع فيسبوك مساء الأحد الماضي",
        "في تغريدة نشرها على حسابه الرسمي في منصة إكس صباح اليوم الاثنين",
        "في ختام زيارته الميدانية لمشاريع البنية التحتية في المحافظة الشمالية",
        "خلال وقفة احتجاجية أمام مقر وزارة العمل في العاصمة صباح اليوم",
    ):
        q = one(f"وقال رئيس النقابة {occasion}: {SAID}.", "لن نسمح")
        assert q.text == SAID
        assert q.speaker == "رئيس النقابة"


def test_near_miss_list_colon_after_a_gathering() -> None:
    occasion = "في ختام زيارته الميدانية لمشاريع البنية التحتية في المحافظة"
    text = f"وتحدث الوزير {occasion} عن ثلاث أولويات: الماء والكهرباء والطرق."
    assert quotes_of(text) == []
    text = f"وقال الوزير {occasion} إن المشاريع تشمل ثلاث أولويات: الماء والكهرباء والطرق."
    assert quotes_of(text) == []
    text = (
        "وقالت المحافظة في اجتماع عقد بمقر الولاية بحضور ممثلي البلديات والغرف المهنية "
        "والجمعيات والنقابات وعدد من المنتخبين المحليين والخبراء: الطرق والجسور والموانئ."
    )
    assert quotes_of(text) == []


def test_words_listed_before_the_cue_after_them() -> None:
    for sep in (" و ", "، "):
        text = f"«نحتاج الماء النظيف»{sep}«نريد بيوتنا فقط»، قالت إحدى النساء."
        q = one(text, "نحتاج الماء")
        assert q.text == "نحتاج الماء النظيف"
        assert q.speaker == one(text, "نريد بيوتنا").speaker


def test_near_miss_names_listed_with_commas() -> None:
    assert quotes_of("ويضم التحالف «حزب الأمل»، «التيار الحر» و«الجبهة الوطنية».") == []
    assert quotes_of("وانتقد «حزب الأمل»، «التيار الحر»، قال المحلل.") == []


KEPT = "وقال الوزير: «لن نتراجع عن الإصلاحات»، "


def test_clause_in_marks_after_a_quotation_and_a_comma() -> None:
    q = one(KEPT + "«الشعب يستحق الأفضل».", "الشعب يستحق")
    assert q.text == "الشعب يستحق الأفضل"
    assert q.speaker == "الوزير"


def test_near_miss_name_or_sentence_going_on_after_a_comma() -> None:
    for rest in ("«وكالة الأنباء الرسمية».", "«الشعب يستحق الأفضل» وغادر القاعة."):
        assert [q.text for q in quotes_of(KEPT + rest)] == ["لن نتراجع عن الإصلاحات"]
