"""Speakers and roles on real Arabic news (dev16a, fourth session of
2026-12-05): constructions found on the development sample, each with
invented sentences and near misses.

1. A document, then a verb of sending that begins with ب ("برقية بعث بها
   السفير X Y إلى …", "رسالة بعثتها الوزيرة …", "بعثها"), then its sender:
   the sender wrote it and speaks, as after "أرسلها" (before, the phrase
   stopped at the verb, read as a word glued to بـ, and the document spoke).
   A document, then a passive participle of sending and من ("برقيات مرسلة
   من السفارة X"): the body or person it came from speaks, as after
   "المرسلة من" with the article. A series of documents ("سلسلة برقيات",
   "مجموعة وثائق") is the documents, with their sender when one is told
   (before, "سلسلة برقيات" was a person's name). Not a document whose
   participle tells only where it went ("برقية مرسلة إلى الوزارة"), nor a
   word glued to بـ after it that is no verb ("برقية بتاريخ …").
"""

from __future__ import annotations

from tests.extraction.helpers import one

Q = "«الحكومة تواجه أزمة سيولة حادة ولن تصمد طويلا أمام الضغوط»"


def test_document_sent_with_bi_by_a_titled_person() -> None:
    q = one(
        f"وكشفت برقية بعث بها السفير الفرنسي جان مارتان إلى باريس أن {Q}.\n",
        "أزمة سيولة",
    )
    assert q.speaker == "جان مارتان"
    assert q.role == "السفير الفرنسي"
    q = one(
        f"وأظهرت رسالة بعثت بها الوزيرة سلمى الحسيني إلى رئيس الحكومة أن {Q}.\n",
        "أزمة سيولة",
    )
    assert q.speaker == "سلمى الحسيني"
    q = one(
        f"وتقول برقية بعثها القنصل العام كريم ناصر من مرسيليا إن {Q}.\n",
        "أزمة سيولة",
    )
    assert q.speaker == "كريم ناصر"


def test_document_sent_from_a_body_by_participle() -> None:
    q = one(
        f"وكشفت تقارير مرسلة من السفارة الكندية في عمان إلى واشنطن أن {Q}.\n",
        "أزمة سيولة",
    )
    assert q.speaker == "السفارة الكندية"
    q = one(
        f"وأظهرت وثيقة مرسلة من وزارة الخارجية إلى السفارات أن {Q}.\n",
        "أزمة سيولة",
    )
    assert q.speaker == "وزارة الخارجية"


def test_series_of_documents_with_their_sender() -> None:
    q = one(
        f"وكشفت سلسلة برقيات أرسلتها السفارة البريطانية في القاهرة أن {Q}.\n",
        "أزمة سيولة",
    )
    assert q.speaker == "السفارة البريطانية"
    q = one(
        f"وأظهرت مجموعة وثائق مرسلة من القنصلية الإيطالية في تونس أن {Q}.\n",
        "أزمة سيولة",
    )
    assert q.speaker == "القنصلية الإيطالية"
    q = one(f"وكشفت سلسلة برقيات سرية أن {Q}.\n", "أزمة سيولة")
    assert q.speaker is not None and "برقيات" in q.speaker


def test_near_miss_document_with_no_sender_still_speaks() -> None:
    q = one(f"وكشفت برقية مرسلة إلى وزارة الخارجية أن {Q}.\n", "أزمة سيولة")
    assert q.speaker == "برقية"
    q = one(f"وكشفت وثيقة بتاريخ الخامس من مايو أن {Q}.\n", "أزمة سيولة")
    assert q.speaker is not None and "وثيقة" in q.speaker
    q = one(f"وقالت مجموعة العمل المالي إن {Q}.\n", "أزمة سيولة")
    assert q.speaker == "مجموعة العمل المالي"


def test_sender_name_ends_before_where_it_went() -> None:
    # (also after أرسلها, which read "إلى مدريد" into the name before)
    q = one(
        f"وكشفت برقية أرسلها السفير الألماني هانز فيبر إلى برلين أن {Q}.\n",
        "أزمة سيولة",
    )
    assert (q.speaker, q.role) == ("هانز فيبر", "السفير الألماني")


# 2. A post said again in construct with its country's name ("وزير خارجية
#    مصر", "سفيرة فرنسا") after its holder was named with the country's
#    nisba ("وزير الخارجية المصري X Y"): the same person (before, the
#    construct read as an unnamed official; the other way round already
#    resolved).

R = "«نعمل على تسوية سياسية شاملة تحفظ وحدة البلاد وسيادتها»"


def test_post_in_construct_with_country_is_the_named_holder() -> None:
    q = one(
        f"أعلن وزير الخارجية المصري حسن فؤاد أن {Q}.\n\nوأضاف وزير خارجية مصر، في "
        f"مؤتمر صحفي عقده اليوم، أن {R}.\n",
        "تسوية سياسية",
    )
    assert (q.speaker, q.role) == ("حسن فؤاد", "وزير الخارجية المصري")
    q = one(
        f"قالت وزيرة الخارجية الفرنسية كلير دوران إن {Q}. وتابعت وزيرة خارجية فرنسا أن {R}.\n",
        "تسوية سياسية",
    )
    assert q.speaker == "كلير دوران"
    q = one(
        f"وصرح السفير التركي أحمد يلماز بأن {Q}. وقال سفير تركيا إن {R}.\n",
        "تسوية سياسية",
    )
    assert q.speaker == "أحمد يلماز"


def test_near_miss_another_country_or_another_post() -> None:
    q = one(
        f"أعلن وزير الخارجية المصري حسن فؤاد أن {Q}. وقال وزير خارجية فرنسا إن {R}.\n",
        "تسوية سياسية",
    )
    assert q.speaker != "حسن فؤاد"
    q = one(
        f"أعلن وزير الخارجية المصري حسن فؤاد أن {Q}. وقال وزير داخلية مصر إن {R}.\n",
        "تسوية سياسية",
    )
    assert q.speaker != "حسن فؤاد"


# 3. A participle of saying after a sentence whose verb's subject is named,
#    then a post in a genitive or after a preposition with its holder's name
#    set off by commas ("تقدم الوزير X Y بالشكر إلى رئيسة البلدية، Z W، على
#    …، مشيرا"): the name in commas is an apposition to that post, no clause
#    of its own, so the participle goes on with the verb's subject (before,
#    the apposition spoke). Not the post that opens its clause, the verb's
#    subject, with its holder in commas ("واتهمت النائبة، X Y، الحكومة …").

S = "«المشروع سيوفر مئات فرص العمل للشباب في المنطقة»"


def test_participle_skips_a_name_in_apposition_to_a_genitive_post() -> None:
    q = one(
        "وفي مستهل كلمته، تقدم الوزير سامي الهادي بالشكر إلى رئيسة البلدية، منى "
        f"الساعدي، على دعمها المتواصل للمشروع، مشيرا إلى أن {S}.\n",
        "فرص العمل",
    )
    assert q.speaker == "سامي الهادي"
    q = one(
        "وخلال اللقاء، رحب النائب كريم العلوي بسفير ألمانيا، هانز فيبر، في مقر "
        f"البرلمان، معربا عن اعتقاده أن {S}.\n",
        "فرص العمل",
    )
    assert q.speaker == "كريم العلوي"
    q = one(
        "وزار المحافظ عادل الزين برفقة وزير الصحة، فؤاد السعدي، المستشفى الجديد في "
        f"المدينة، مؤكدا أن {S}.\n",
        "فرص العمل",
    )
    assert q.speaker == "عادل الزين"


def test_near_miss_the_post_opening_its_clause_with_its_holder() -> None:
    q = one(
        f"واتهمت النائبة، سلوى الحداد، الحكومة بالتقصير في الملف، مؤكدة أن {S}.\n",
        "فرص العمل",
    )
    assert q.speaker == "سلوى الحداد"
    q = one(
        f"وزار رئيس الحكومة، فؤاد السعدي، المستشفى الجديد في المدينة، مؤكدا أن {S}.\n",
        "فرص العمل",
    )
    assert q.speaker == "فؤاد السعدي"


# 4. "جاء/يأتي في" before a noun of context ("في إطار", "في سياق", "في
#    أعقاب", "في ظل"): "came within, in the wake of", said of the clause's
#    subject, no impersonal "it was said in" (before, "إطار" or "أعقاب"
#    was read as the document that spoke, and the participle after it went
#    on with it). Not the same noun before a document ("وجاء في سياق
#    البيان أن"), nor "وجاء في البيان".


def test_came_within_a_context_is_no_impersonal_cue() -> None:
    q = one(
        "وأوضح الوزير سامي الهادي أن القرار جاء في إطار “الإصلاحات الكبرى” التي أطلقتها "
        f"الحكومة، معتبرا إياها {S}.\n",
        "فرص العمل",
    )
    assert q.speaker == "سامي الهادي"
    q = one(
        "وقالت الوزيرة هدى المرزوقي إن افتتاح المعرض يأتي في أعقاب “الإنجاز الكبير” الذي "
        f"حققته البلاد، معتبرة أن {S}.\n",
        "فرص العمل",
    )
    assert q.speaker == "هدى المرزوقي"
    q = one(
        "وأكد رئيس النقابة أن الإضراب يأتي في ظل “التجاهل التام” لمطالب العمال، "
        f"مشددا على أن {S}.\n",
        "فرص العمل",
    )
    assert q.speaker == "رئيس النقابة"


def test_near_miss_came_in_a_document_still_speaks() -> None:
    q = one(f"وجاء في سياق البيان الصادر عن الوزارة أن {S}.\n", "فرص العمل")
    assert q.speaker is not None and "البيان" in q.speaker
    q = one(f"وجاء في البيان أن {S}.\n", "فرص العمل")
    assert q.speaker == "البيان"


# 5. A post in construct with another person's title, its nisba and name
#    ("المستشار السياسي للرئيس الأمريكي X Y (سابقا)، Z W،"), outside speech:
#    the name in commas holds the post, which is his role when he is quoted
#    later by his family name (before, only a title right before the other
#    name was read so, "مستشار الرئيس X Y، Z W،"; with the nisba between,
#    or "سابقا" after, Z had no role).

U = "«الأزمة الحالية قد تعيد البلاد إلى سنوات العنف»"


def test_post_of_a_titled_other_with_nisba_names_the_holder_in_commas() -> None:
    q = one(
        "وتلقت الوزيرة رسالة من المستشار السياسي للرئيس الأمريكي جو بايدن، توم ريد، "
        f"حول الوضع.\nويضيف ريد في الرسالة: {U}.\n",
        "سنوات العنف",
    )
    assert q.speaker is not None and "ريد" in q.speaker
    assert q.role == "المستشار السياسي للرئيس الأمريكي جو بايدن"
    q = one(
        "ووصلت المذكرة من المستشارة الإعلامية للرئيس الفرنسي فرانسوا هولاند سابقاً، "
        f"آن موريل، قبل الاجتماع.\nوتقول موريل في المذكرة: {U}.\n",
        "سنوات العنف",
    )
    assert q.role == "المستشارة الإعلامية للرئيس الفرنسي فرانسوا هولاند سابقاً"
