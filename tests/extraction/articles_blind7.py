"""Fresh-author held-out set F2 (written as "batch 38" with batch 37, the
cable stories of ``articles_blind6.py``): five articles by a fresh author in outlet styles of
the kind we are scored on, written with the gold below committed before the
engine was run on any of them (format of ../shared/gold; offsets computed by
``articles.gold_with_offsets``). All persons quoted, except Ben Ali's
``أنا فهمتكم``, are invented; the cable references are plausible but made up.

- 38, ordinary news: an Al-Sabah (Tunisia) ARP plenary (a minister, MPs
  with roles before and after the name, an unmarked Tunisian-dialect quote
  after ``قائلا:``, pensioners' slogan and statement, ``مصدر مطلع``,
  ``لـ"الصباح"``), an An-Nahar press conference (a programme name in «»,
  a reporter's question, an unmarked answer after ``قائلاً:``, a
  syndicate and ``الوزارة`` as speakers, ``«…»، يقول X، نقيب …``), an
  Al-Riyadh interview (``■`` questions, ``-`` answers, a headline
  ``X لـ«الرياض»: …``), an AFP wire from Basra with a dated first line
  (``الأحد``/``مساء السبت``/``حزيران/يونيو الماضي``, ``انتفاضة تشرين`` and
  ``صولة الفرسان`` in marks), an Al-Araby Al-Jadeed opinion column (scare
  quotes, a book title in marks, dialect quotes, ``قال لي``).

Conventions as in batches 25-36: a relative date (``أمس الاثنين``, ``مساء
الأحد``) gets no date without a dated dateline; with one, ``الأحد``,
``مساء السبت`` and ``حزيران/يونيو الماضي`` are resolved; a cable's quotes,
and the follow-ups of the same account, take the cable's date (month
precision when the article gives no day); reactions to the leaks get no date
unless one is given; a predicate in marks after ``أن X`` belongs to the
outer speaker (``تقول برقية ثانية إن رئيس الديوان "…"`` is the cable's);
words quoted inside a speaker's account (``قال له حرفيا: "…"``) belong to
whoever said them; nominal objects after ``إلى``/``بـ`` (``توصي واشنطن
بـ"…"``, ``دعت … إلى «…»``), labels after ``ما اعتبره``, slogans, one-word
chants, headlines of the form ``X: …`` and an outlet's own interview
questions are optional; a journalist's question at a press conference is
scored; an unmarked answer in an interview or after ``قائلا:`` is scored
without its final full stop; names of parties, blocs, programmes,
operations, books, outlets and labels in marks are not quotations.
Kept out of ``test_articles.py`` on purpose and no rule was written from it:
it measures the engine on text nobody tuned it to. First sight at 72911cd:
F1 0.978, speaker 0.773, role 0.80, date 0.833 (46 quotes); with the rules
of 2026-12-01 (engine at a0e39d3): F1 0.978, speaker 0.841, role 0.867,
date 0.833 (docs/extraction.md, "Held-out sets by fresh authors").
"""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

_BENAMMAR = "سهام بن عمار"
_BENAMMAR_ROLE = "وزيرة المالية"
_JALLASSI = "رياض الجلاصي"
_JALLASSI_ROLE = "النائب عن كتلة الخط الوطني السيادي"
_PENSIONERS = ("المتقاعدون", "المتقاعدين", "عدد من المتقاعدين")
_HAMADA = "نبيل حمادة"
_HAMADA_ROLE = "وزير الصحة العامة"
_AOUN = "إيلي عون"
_AOUN_ROLE = "نقيب صيادلة لبنان"
_OTAIBI = "فهد بن سعد العتيبي"
_OTAIBI_ROLE = "الرئيس التنفيذي لهيئة تطوير المنطقة الشرقية"
_INTERVIEWER = "ناصر الدوسري"
_ALI = "علي حسين"
_ALI_ROLE = "عامل بناء عاطل عن العمل"
_IQ_SOURCE = "مصدر أمني"
_IQ_GOV = "الحكومة العراقية"
_RIAHI = "عادل الرياحي"
_RIAHI_ROLE = "الباحث في علم الاجتماع السياسي"
_DRIVER = "سائق سيارة أجرة خمسيني"
_ARFAOUI = "سلوى العرفاوي"
_ARFAOUI_ROLE = "الخبيرة الاقتصادية"

GOLD = {
    "b38_assabah_arp": [
        q(
            "الظرف الاقتصادي يفرض علينا خيارات صعبة، لكننا لن نمس من الدعم الموجه إلى المواد "
            "الأساسية",
            _BENAMMAR,
            _BENAMMAR_ROLE,
        ),
        q("نسبة العجز ستنزل إلى 5.5 بالمائة مع موفى السنة", _BENAMMAR, _BENAMMAR_ROLE),
        q("غيابا تاما للرؤية", _JALLASSI, _JALLASSI_ROLE, optional=True),
        q("أين هي الإصلاحات التي وعدتم بها منذ سنتين؟", _JALLASSI, _JALLASSI_ROLE),
        q(
            "قامت بعملها في ظروف صعبة وأدخلت تعديلات جوهرية على النص الأصلي",
            "ليلى الحمروني",
            "رئيسة لجنة المالية والميزانية",
        ),
        q(
            "المواطن ما عادش يستحمل، الأسعار شعلت والشهرية ما توصلش لنص الشهر",
            "سفيان العياري",
            "النائب المستقل",
        ),
        q(
            "جرايتنا حق موش مزية",
            "المتقاعدون",
            None,
            aliases=(*_PENSIONERS[1:], "المحتجون"),
            optional=True,
        ),
        q(
            "الزيادة المقترحة في الجرايات لا تغطي حتى نصف نسبة التضخم",
            "المحتجون",
            None,
            aliases=_PENSIONERS,
        ),
        q(
            "جلسة الحوار مع الحكومة حول ميزانية الدولة لسنة 2026 قد تتأجل إلى منتصف نوفمبر",
            "مصدر مطلع من داخل مكتب المجلس",
        ),
        q(
            "لن تلجأ إلى الاقتراض من السوق الخارجية إلا في حدود ما تم ضبطه",
            _BENAMMAR,
            _BENAMMAR_ROLE,
        ),
        q(
            "تونس ستسدد كل ديونها في آجالها، ومن يراهن على عكس ذلك سيخسر رهانه",
            _BENAMMAR,
            _BENAMMAR_ROLE,
        ),
    ],
    "b38_nahar_presser": [
        q("لا انقطاع بعد اليوم", _HAMADA, _HAMADA_ROLE, optional=True),
        q(
            "الوزارة لن تسمح بعد اليوم بانقطاع أدوية الأمراض المزمنة والسرطانية",
            _HAMADA,
            _HAMADA_ROLE,
        ),
        q(
            "لدينا مخزون يكفي لثلاثة أشهر على الأقل، والاعتمادات مؤمّنة بالتنسيق مع مصرف لبنان",
            _HAMADA,
            _HAMADA_ROLE,
        ),
        q("كل صيدلية تخفي الدواء لرفع سعره ستُقفل بالشمع الأحمر", _HAMADA, _HAMADA_ROLE),
        q(
            "الأسعار ستبقى مدعومة جزئياً حتى نهاية السنة، وبعدها نعيد النظر في الآلية",
            _HAMADA,
            _HAMADA_ROLE,
        ),
        q(
            "ماذا عن المستشفيات التي ترفض استقبال المرضى قبل دفع تأمين نقدي؟",
            "مراسل إحدى القنوات التلفزيونية",
        ),
        q(
            "هذه مخالفة صريحة للقانون، وأي مستشفى يثبت تورطه سيُحال إلى القضاء",
            _HAMADA,
            _HAMADA_ROLE,
            aliases=("الوزير",),
        ),
        q(
            "المستشفيات تعمل باللحم الحي، والدولة لم تسدد مستحقاتها منذ سنتين",
            "نقابة أصحاب المستشفيات الخاصة",
        ),
        q(
            "الإفراج الفوري عن المستحقات المتأخرة",
            "نقابة أصحاب المستشفيات الخاصة",
            optional=True,
        ),
        q("الأزمة أعمق من أن تحلها المؤتمرات الصحافية", _AOUN, _AOUN_ROLE),
        q("الصيدليات تبيع بخسارة منذ أشهر، والوزارة تعرف ذلك جيداً", _AOUN, _AOUN_ROLE),
        q(
            "حملات التفتيش أسفرت عن ضبط 40 طناً من الأدوية المهربة في مستودعات بالبقاع والشمال",
            "الوزارة",
            aliases=("وزارة الصحة العامة",),
        ),
    ],
    "b38_riyadh_interview": [
        q(
            "الواجهة البحرية تفتح أبوابها مطلع 2026",
            _OTAIBI,
            _OTAIBI_ROLE,
            aliases=("الرئيس التنفيذي لهيئة تطوير المنطقة الشرقية",),
            optional=True,
        ),
        q(
            "تسير وفق جدول زمني دقيق لتنفيذ المشاريع المعتمدة ضمن مستهدفات رؤية المملكة 2030",
            _OTAIBI,
            _OTAIBI_ROLE,
        ),
        q(
            "تملك كل المقومات لتكون وجهة سياحية واستثمارية عالمية، وليس فقط مركزا لصناعة النفط",
            _OTAIBI,
            _OTAIBI_ROLE,
        ),
        q(
            "بعض الهيئات التطويرية تعمل كجزر معزولة عن الأمانات والبلديات",
            "عبدالرحمن الشهري",
            "عضو مجلس الشورى",
        ),
        q(
            "بداية، أين وصل مشروع الواجهة البحرية في الدمام؟",
            _INTERVIEWER,
            aliases=("الرياض",),
            optional=True,
        ),
        q(
            "أنجزنا نحو 70 في المئة من أعمال المرحلة الأولى، ونتوقع افتتاحها للزوار مطلع العام "
            "2026. المشروع سيوفر أكثر من ثلاثة آلاف فرصة عمل مباشرة وغير مباشرة لأبناء وبنات "
            "المنطقة",
            _OTAIBI,
            _OTAIBI_ROLE,
        ),
        q(
            "هناك من يرى أن المشاريع الكبرى تأتي على حساب الخدمات الأساسية في الأحياء القديمة. "
            "ما ردكم؟",
            _INTERVIEWER,
            aliases=("الرياض",),
            optional=True,
        ),
        q(
            "هذا الطرح غير دقيق. الخدمات الأساسية لها مخصصاتها المستقلة، ولم نؤجل مشروعا خدميا "
            'واحدا بسبب المشاريع الكبرى، بل على العكس، أطلقنا هذا العام برنامج "أنسنة الأحياء" '
            "الذي يشمل 42 حيا في الدمام والخبر والظهران",
            _OTAIBI,
            _OTAIBI_ROLE,
        ),
        q(
            "ماذا عن دور القطاع الخاص؟",
            _INTERVIEWER,
            aliases=("الرياض",),
            optional=True,
        ),
        q(
            "القطاع الخاص شريك رئيسي وليس مجرد مقاول. وقعنا منذ بداية العام 14 اتفاقية شراكة "
            "بقيمة تتجاوز ملياري ريال، وهناك اتفاقيات أخرى قيد الدراسة",
            _OTAIBI,
            _OTAIBI_ROLE,
        ),
        q(
            "وكيف تتعاملون مع شكاوى السكان من الازدحام المروري بسبب أعمال الإنشاء؟",
            _INTERVIEWER,
            aliases=("الرياض",),
            optional=True,
        ),
        q(
            "نتفهم هذه الشكاوى تماما، ونعمل مع أمانة المنطقة الشرقية والإدارة العامة للمرور على "
            "خطط تحويلات مؤقتة. الإزعاج مؤقت، والفائدة دائمة",
            _OTAIBI,
            _OTAIBI_ROLE,
        ),
        q("كلمة أخيرة؟", _INTERVIEWER, aliases=("الرياض",), optional=True),
        q(
            "أشكر صحيفة «الرياض» على هذه الفرصة، وأدعو المستثمرين إلى زيارة المنطقة والاطلاع على "
            "الفرص المتاحة بأنفسهم",
            _OTAIBI,
            _OTAIBI_ROLE,
        ),
    ],
    "b38_afp_basra": [
        q("نعيش في جحيم", _ALI, _ALI_ROLE, "2025-07-13"),
        q(
            "الكهرباء تأتي ساعتين وتنقطع أربعا، وأطفالنا لا ينامون",
            _ALI,
            _ALI_ROLE,
            "2025-07-13",
        ),
        q("نريد وطن", "المحتجون", None, "2025-07-13", optional=True),
        q(
            "الحكومات المتعاقبة أنفقت عشرات المليارات على قطاع الكهرباء من دون أن يلمس المواطن "
            "أي تحسن",
            "المحتجون",
            None,
            "2025-07-13",
        ),
        q(
            "قوات الأمن استخدمت خراطيم المياه لتفريق محتجين حاولوا اقتحام المبنى",
            _IQ_SOURCE,
            None,
            "2025-07-13",
        ),
        q("عشرة عناصر من الشرطة أصيبوا برشق الحجارة", _IQ_SOURCE, None, "2025-07-13"),
        q("تتفهم معاناة المواطنين", _IQ_GOV, None, "2025-07-12"),
        q(
            "أزمة الكهرباء ناجمة بشكل رئيسي عن تراجع إمدادات الغاز الإيراني",
            _IQ_GOV,
            None,
            "2025-07-12",
        ),
        q(
            "الوزارة فقدت أكثر من ستة آلاف ميغاواط بسبب نقص الغاز",
            "عمار الزبيدي",
            "المتحدث باسم وزارة الكهرباء",
            "2025-07-13",
        ),
        q(
            "لا يمكن أن تبقى البصرة التي تصدّر نفط العراق بلا كهرباء",
            "مصطفى الكعبي",
            "النائب عن محافظة البصرة",
            "2025-07-13",
        ),
        q(
            "صيف هذا العام سيكون أفضل من سابقه",
            "زياد فاضل",
            "وزير الكهرباء",
            "2025-06",
        ),
    ],
    "b38_araby_opinion": [
        q("أنا فهمتكم", "زين العابدين بن علي", None, "2011-01-13"),
        q(
            "كنا نظن أن الثورة بداية التاريخ، فإذا بها مجرد فاصل بين استبدادين",
            "أستاذ تاريخ معاصر في جامعة منوبة",
            "أستاذ تاريخ معاصر في جامعة منوبة",
            aliases=("صديق",),
        ),
        q(
            "التوافق ليس خيارا بل ضرورة لإنقاذ البلاد",
            "أحد قادة حركة النهضة",
            None,
            "2013",
        ),
        q(
            "الطبقة السياسية تعاملت مع الديمقراطية كغنيمة لا كمسؤولية",
            _RIAHI,
            _RIAHI_ROLE,
        ),
        q(
            "لم يسقط المشروع الديمقراطي بضربة من الخارج، بل تآكل من الداخل، حزبا بعد حزب وحكومة "
            "بعد حكومة",
            _RIAHI,
            _RIAHI_ROLE,
        ),
        q("ارحل", "المتظاهرون", optional=True),
        q(
            "زمان بن علي كنا نخافو من البوليس، توة نخافو من الغلاء",
            _DRIVER,
        ),
        q("الحرية ما تعبّيش القفة", _DRIVER),
        q("تونس لا تعاني أزمة موارد، بل أزمة ثقة", _ARFAOUI, _ARFAOUI_ROLE),
        q(
            "المستثمر، محليا كان أو أجنبيا، لا يغامر في بلد لا يعرف قواعد اللعبة فيه غدا",
            _ARFAOUI,
            _ARFAOUI_ROLE,
        ),
    ],
}

BATCHES = {
    38: [
        "b38_assabah_arp",
        "b38_nahar_presser",
        "b38_riyadh_interview",
        "b38_afp_basra",
        "b38_araby_opinion",
    ],
}

BLIND_ARTICLES_7 = {name: (_read(name), gold) for name, gold in GOLD.items()}
