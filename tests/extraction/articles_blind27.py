"""Fresh-author held-out set F22: seven articles in Levantine, Gulf and
Egyptian outlet styles (Al-Akhbar, Al-Quds Al-Arabi, Al-Madina, Al-Masry
Al-Youm, Al-Khaleej, Al-Arab, Al-Bawaba); three on leaked US cables
(WikiLeaks), two as scraped web text without hamzas on alifs, with sloppy ه/ة and ي/ى and the
paragraphs run together. Written as a journalist would and annotated by hand,
with the gold below committed before the engine was run on any of them
(format of ../shared/gold; offsets computed by ``articles.gold_with_offsets``).
All persons quoted are invented; the cable references are plausible but made
up.

- Al-Akhbar cables (Beirut), news story: a headline fragment taken from a
  later quote, 08BEIRUT1472 dated ``17 تشرين الأول 2008`` relaying an unnamed
  former minister (``يقول الوزير إن «…»``, ``ويضيف، بحسب البرقية، أن حلفاءه
  «…»``), the chargé's comment paragraph (``يكتب أن محدّثه «…»``), 09BEIRUT215
  of ``شباط/فبراير 2009`` (dual month form, month precision) with a quote
  before its speaker (``«…»، قال مرعب``) and a quote inside a quote, the
  embassy's conclusion, 09BEIRUT262 of ``3 آذار 2009`` relaying an
  official of a party named in marks, the coalition ``«14 آذار»`` (a name,
  not a date), a two-word cable description, reactions ``أمس`` (no date).
- Al-Quds Al-Arabi cables as scraped text (Rabat correspondent): Moroccan
  month names (``دجنبر 2008``, ``شتنبر 2009``, ``نونبر 2010``) next to
  ``19 يونيو 2009``, an anonymous interior official and ``المسؤول نفسه``,
  an opposition leader speaking to the chargé (``قال له بصراحه:``, ``ويتابع
  الوزاني وفق البرقيه:``), the chargé's comment as a predicate after ``أن
  الوزاني``, an Algerian daily relaying a former diplomat in ``جويليه 2010``
  (Maghrebi month), AFP relaying a denial ``امس``, a professor with ``مضيفا:``
  and an unmarked quote.
- Al-Madina op-ed (Jeddah) on cables: the columnist's own views (not
  quotes), 10RIYADH178 of ``9 فبراير (شباط) 2010`` written by an unnamed
  diplomat, a cable of ``نوفمبر 2009`` relaying an unnamed Gulf official and
  the envoy's reply in “…” after ``فكان دبلوماسياً بامتياز:``, a former
  ambassador on a TV programme named in marks ``الأسبوع الماضي``, an American
  researcher writing in a magazine named in marks.
- Al-Masry Al-Youm court report (Giza): ASCII "…" marks, a defendant's
  nickname and a case name in marks (not quotes), the presiding judge
  (``المستشار`` is not part of the role) and his predicate after ``أن
  المجتمع``, a defendant shouting from the cage, a prosecution statement
  dated ``3 أغسطس 2024``, a nominal ``بـ"…"`` object, Egyptian colloquial
  vox pops from depositors with ``وهي تلوّح … :``.
- Al-Khaleej feature with vox pops (Sharjah): a delivery rider with
  ``يقول كومار، …:`` and ``ويضيف وهو يمسح العرق …:``, a programme name in
  marks, a construction worker's ``يرى أن «…»``, an anonymous site
  supervisor, a ministry director and ``وتابع:``, a ministry statement of
  ``أواخر مايو الماضي`` (no year: no date), a doctor with ``يحذر … من أن
  «…»``, ``موضحاً:`` and a quote attached to ``لا يخفي العطار أن …``, and a
  closing three-word quote before ``يقول ضاحكاً``.
- Al-Arab interview (Doha): curly “…” marks, an official with ``د.`` as an
  honorific, a strategy and a programme named in ASCII marks (not quotes),
  a quote opening its paragraph before ``يقول السليطي``, ``أجاب:``, ``إذ
  يقول:``, ``قال:`` with no subject, a quote inside a quote (the father's
  saying belongs to the outer quote), and an unmarked closing quote after
  ``قائلاً:``.
- Al-Bawaba as scraped text (Amman), parliament report: a dated dateline
  ``الاحد، 14 كانون الثاني 2024`` so that ``اليوم الاحد`` dates the session's
  quotes, a bloc named in marks, an MP's question, a minister's unmarked reply
  after ``قائلا:`` and ``وتابع المعايطه ان "…"``, a directorate's statement
  ``اليوم``, Petra relaying a committee chairman ``عقب الجلسه`` with
  ``مشيرا الي ان "…"``, ``تشرين الثاني الماضي`` for an event (not a quote).

Conventions as in articles_blind20: a relative date (``أمس``, ``اليوم``)
gets no date without a dated dateline, and the dateline's date with one; a
cable's quotes, and the follow-ups of the same account, take the cable's date
(month precision when the article gives no day); reactions to the leaks get
no date; a predicate in marks after ``أن X`` belongs to the outer speaker, as
does a quote inside a quote; nominal objects after ``بـ``, one- and two-word
fragments, headlines and a cable's short description of a person are
optional; an unmarked quote after ``قائلا:``/``مضيفا:`` is scored without
its final full stop; names of parties, blocs, programmes, outlets, cases and
one-word labels in marks are not quotations; a role is the title chunk or the
apposition, whichever is fuller, without honorifics (``د.``, ``المستشار``);
an anonymous source is named by its description; scraped texts are quoted
with their own spelling."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# --- Al-Akhbar -------------------------------------------------------------
_AK_MIN = "وزير سابق من الأكثرية"
_HOWARD = "دانيال هوارد"
_HOWARD_ROLE = "القائم بالأعمال الأميركي"
_MAREB = "فادي مرعب"
_MAREB_ROLE = "عضو كتلة «لبنان أولاً»"
_AWKAR = "السفارة الأميركية في عوكر"
_FPM = "مسؤول في «التيار الوطني الحر»"
_WEST_SRC = "مصدر دبلوماسي غربي في بيروت"
# --- Al-Quds Al-Arabi (scraped) --------------------------------------------
_MA_INTERIOR = "مسؤول رفيع في وزارة الداخليه"
_MA_INTERIOR_AL = ("مسؤولا رفيعا في وزارة الداخليه", "المسؤول نفسه")
_WAZZANI = "عبد الرحيم الوزاني"
_WAZZANI_ROLE = "الامين العام لحزب معارض صغير"
_PALMER = "ريتشارد بالمر"
_PALMER_ROLE = "القائم بالاعمال الامريكي"
_MA_FOREIGN = "مسؤول في وزارة الخارجيه المغربيه"
_DZ_DIPLO = "دبلوماسي جزائري سابق"
_KETTANI = "سعيد الكتاني"
_KETTANI_ROLE = "استاذ العلوم السياسيه بجامعة محمد الخامس"
# --- Al-Madina -------------------------------------------------------------
_RIYADH_DIPLO = "دبلوماسي في السفارة الأمريكية في الرياض"
_GULF_OFF = "مسؤول خليجي رفيع"
_DELANEY = "مارك ديلاني"
_DELANEY_ROLE = "المبعوث الأمريكي"
_DOSARI = "فهد بن ناصر الدوسري"
_DOSARI_ROLE = "السفير السابق"
_HARLOW = "ستيفن هارلو"
_HARLOW_ROLE = "الباحث الأمريكي"
# --- Al-Masry Al-Youm ------------------------------------------------------
_FIKRI = "حسام الدين فكري"
_FIKRI_ROLE = "رئيس المحكمة"
_ABDELTAWAB = "رمضان عبدالتواب"
_PROSECUTOR = "ممثل النيابة"
_SHERBINI = "محمد السيد الشربيني"
_SHERBINI_ROLE = "محامي المتهم الأول"
# --- Al-Khaleej ------------------------------------------------------------
_KUMAR = "راجيش كومار"
_KUMAR_ROLE = "سائق دراجة توصيل قادم من ولاية كيرالا"
_FATEH = "عمر الفاتح"
_FATEH_ROLE = "عامل بناء سوداني"
_SUPERVISOR = "مشرف في إحدى شركات المقاولات"
_NAQBI = "محسن علي النقبي"
_NAQBI_ROLE = "مدير إدارة التفتيش الميداني في وزارة الموارد البشرية والتوطين"
_MOHRE = "وزارة الموارد البشرية والتوطين"
_ATTAR = "هشام العطار"
_ATTAR_ROLE = "استشاري طب الطوارئ في مستشفى القاسمي"
# --- Al-Arab ---------------------------------------------------------------
_SULAITI = "خالد بن راشد السليطي"
_SULAITI_ROLE = "مدير إدارة الأمن الغذائي بوزارة البلدية"
# --- Al-Bawaba (scraped) ---------------------------------------------------
_SESSION = "2024-01-14"
_ABBADI = "صالح العبادي"
_ABBADI_ROLE = 'عضو كتلة "الاصلاح النيابي"'
_MAAYTAH = "نبيل المعايطه"
_MAAYTAH_ROLE = "وزير الدوله للشؤون القانونيه"
_OTOUM = "زيد العتوم"
_OTOUM_ROLE = "رئيس اللجنه القانونيه النيابيه"

GOLD = {
    # --- F22: fresh-author held-out set, seven outlets --------------------------
    "f22_akhbar_beirut_cables": [
        q(
            "الحكومة ولدت ميتة",
            _AK_MIN,
            None,
            "2008-10-17",
            aliases=("الوزير",),
            optional=True,
        ),
        q(
            "الحكومة ولدت ميتة، ولن تعيش أكثر مما يسمح به الآخرون",
            _AK_MIN,
            None,
            "2008-10-17",
            aliases=("الوزير",),
        ),
        q(
            "يخافون من الشارع أكثر مما يخافون من صناديق الاقتراع",
            _AK_MIN,
            None,
            "2008-10-17",
            aliases=("الوزير",),
        ),
        q(
            "يبالغ عادة في التشاؤم، لكنه نادراً ما يخطئ في قراءة موازين القوى داخل فريقه",
            _HOWARD,
            _HOWARD_ROLE,
            "2008-10-17",
            aliases=("هوارد",),
        ),
        q(
            "المعركة في المتن ستُحسم بألفي صوت، لا أكثر",
            _MAREB,
            _MAREB_ROLE,
            "2009-02",
            aliases=("مرعب",),
        ),
        q(
            'سألت أحد قادة التحالف عن الماكينة الانتخابية، فقال لي: "انتظروا حتى الربيع"، '
            "وأنا لا أملك ترف الانتظار",
            _MAREB,
            _MAREB_ROLE,
            "2009-02",
            aliases=("مرعب",),
        ),
        q(
            "الأكثرية تدخل الانتخابات منقسمة، وتعوّل على أخطاء خصومها أكثر مما تعوّل على برنامجها",
            _AWKAR,
            None,
            "2009-02",
            aliases=("السفارة",),
        ),
        q(
            "التفاهم مع حزب الله ليس تحالفاً أبدياً، بل ورقة نلعبها ما دامت تربح",
            _FPM,
            None,
            "2009-03-03",
        ),
        q(
            "قريب من الرابية",
            _AWKAR,
            None,
            "2009-03-03",
            aliases=("البرقية", "السفارة"),
            optional=True,
        ),
        q(
            "البرقيات تعكس ما يقوله السياسيون لمحدّثيهم الأجانب، لا ما يفعلونه في الواقع",
            _WEST_SRC,
        ),
        q("كلام مجتزأ", _MAREB, _MAREB_ROLE, aliases=("مرعب",), optional=True),
        q(
            "لم أقل يوماً لأي دبلوماسي ما لا أقوله على الشاشة",
            _MAREB,
            _MAREB_ROLE,
            aliases=("مرعب",),
        ),
    ],
    "f22_quds_rabat_cables_scraped": [
        q(
            "الحزب الجديد سيكتسح المدن، لكن البوادي ستبقي وفية للاعيان",
            _MA_INTERIOR,
            None,
            "2009-06-19",
            aliases=_MA_INTERIOR_AL,
        ),
        q(
            "الاحزاب التقليديه شاخت ولم تعد قادره علي استقطاب الشباب",
            _MA_INTERIOR,
            None,
            "2009-06-19",
            aliases=_MA_INTERIOR_AL,
        ),
        q(
            "نحن نشارك في اللعبه ونحن نعرف ان قواعدها كتبت قبل ان نصل",
            _WAZZANI,
            _WAZZANI_ROLE,
            "2008-12",
            aliases=("الوزاني",),
        ),
        q(
            "المشكل ليس في صناديق الاقتراع بل فيما يحدث قبلها بسته اشهر",
            _WAZZANI,
            _WAZZANI_ROLE,
            "2008-12",
            aliases=("الوزاني",),
        ),
        q(
            "يتحدث بلغة المعارض لكنه يحرص علي ابقاء خيوط التواصل مع الداخليه مفتوحه",
            _PALMER,
            _PALMER_ROLE,
            "2008-12",
            aliases=("بالمر",),
        ),
        q(
            "الجزائر لن تقبل باي حل لا يمر عبر البوليساريو، وهذا ما يجعل المفاوضات تدور في "
            "حلقه مفرغه",
            _MA_FOREIGN,
            None,
            "2009-09-07",
        ),
        q(
            "الرباط تحاول تسويق ازمتها الداخليه علي انها صراع اقليمي",
            _DZ_DIPLO,
            None,
            "2010-07",
        ),
        q(
            "لم التق يوما بمسؤول امريكي الا بصفتي الحزبيه وفي اطار علني، وما ورد في البرقيه "
            "قراءه امريكيه لكلامي",
            _WAZZANI,
            _WAZZANI_ROLE,
            aliases=("الوزاني",),
        ),
        q(
            "لا تحمل مفاجات كبيره للمتابع",
            _KETTANI,
            _KETTANI_ROLE,
            aliases=("الكتاني",),
        ),
        q(
            "المغاربه كانوا يعرفون كل هذا، الجديد هو ان الامريكيين كانوا يكتبونه بهذه الدقه",
            _KETTANI,
            _KETTANI_ROLE,
            aliases=("الكتاني",),
        ),
    ],
    "f22_madina_jeddah_cables_oped": [
        q(
            "المملكة تنظر إلى الملف اليمني باعتباره شأناً يمس أمنها الداخلي مباشرة، لا ملفاً "
            "من ملفات السياسة الخارجية",
            _RIYADH_DIPLO,
            None,
            "2010-02-09",
            aliases=("السفارة الأمريكية في الرياض", "كاتبها"),
        ),
        q(
            "إيران تفاوض بيد وتبني بالأخرى، وأنتم تنظرون دائماً إلى اليد الخطأ",
            _GULF_OFF,
            None,
            "2009-11",
            aliases=("المسؤول",),
        ),
        q(
            "كل شهر تضيعونه في المفاوضات هو شهر تكسبه طهران",
            _GULF_OFF,
            None,
            "2009-11",
            aliases=("المسؤول",),
        ),
        q(
            "الرئيس يؤمن بأن الحوار لم يستنفد أغراضه بعد",
            _DELANEY,
            _DELANEY_ROLE,
            "2009-11",
            aliases=("ديلاني",),
        ),
        q(
            "من يقرأ البرقيات بحثاً عن الفضائح سيخرج خالي الوفاض، ومن يقرؤها بحثاً عن طريقة "
            "تفكير واشنطن سيجد كنزاً",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
        q(
            "يكتب لرؤسائه ما يظن أنهم يريدون سماعه، تماماً كما يفعل أي موظف في أي مكان",
            _DOSARI,
            _DOSARI_ROLE,
            aliases=("الدوسري",),
        ),
        q(
            "التسريبات لم تكشف أسرار الشرق الأوسط، بل كشفت حدود فهم واشنطن له",
            _HARLOW,
            _HARLOW_ROLE,
            aliases=("هارلو",),
        ),
    ],
    "f22_masry_giza_court": [
        q(
            "المتهمين استغلوا حاجة البسطاء وحلمهم بالربح السريع، والمحكمة لا تملك أمام ذلك "
            "إلا أن تضرب بيد من حديد",
            _FIKRI,
            _FIKRI_ROLE,
            aliases=("رئيس المحكمة",),
        ),
        q(
            "لن يتعافى من هذه الظاهرة ما دام هناك من يصدق أن المال يتضاعف في شهرين",
            _FIKRI,
            _FIKRI_ROLE,
            aliases=("رئيس المحكمة",),
        ),
        q(
            "أنا مظلوم، الفلوس كلها موجودة في الشركة",
            _ABDELTAWAB,
            "المتهم الأول",
            aliases=("المتهم الأول", "مستريح الهرم"),
        ),
        q(
            "المتهمين جمعوا ما يزيد على 40 مليون جنيه من نحو 600 مواطن بزعم استثمارها في "
            "تجارة المواشي وتسمينها، مقابل أرباح شهرية تصل إلى 12%",
            "النيابة العامة",
            None,
            "2024-08-03",
        ),
        q("توقيع أقصى العقوبة", _PROSECUTOR, optional=True),
        q(
            "المتهم الأول أنشأ كياناً وهمياً لا يملك رأساً واحدة من الماشية، وكان يدفع أرباح "
            "المودعين القدامى من أموال الجدد",
            _PROSECUTOR,
        ),
        q(
            "سنطعن على الحكم أمام محكمة النقض، فالأوراق خلت من أي دليل فني على الاستيلاء، "
            "والمحكمة لم تستجب لطلبنا ندب لجنة من خبراء وزارة العدل",
            _SHERBINI,
            _SHERBINI_ROLE,
        ),
        q(
            "بعت دهبي ودهب بنتي وسلمته الفلوس بإيدي، الحكم كويس بس أنا عايزة فلوسي",
            "سعاد محمود",
            "إحدى المودعات",
        ),
        q(
            "حطيت مكافأة نهاية الخدمة كلها، ولحد النهارده ما رجعليش جنيه",
            "عبدالرحيم منصور",
            "موظف على المعاش",
        ),
    ],
    "f22_khaleej_sharjah_midday_break": [
        q(
            "الطلب يزيد وقت الظهر، الناس لا يريدون الخروج في الحر، فنخرج نحن",
            _KUMAR,
            _KUMAR_ROLE,
            aliases=("كومار",),
        ),
        q(
            "الاستراحات المكيفة ساعدتنا كثيراً، لكنها قليلة هنا في المناطق الصناعية",
            _KUMAR,
            _KUMAR_ROLE,
            aliases=("كومار",),
        ),
        q(
            "الالتزام بقرار الحظر صار أفضل بكثير من السنوات الماضية، فالمفتشون يمرون كل يوم تقريباً",
            _FATEH,
            _FATEH_ROLE,
            aliases=("عمر",),
        ),
        q(
            "بعض الشركات الصغيرة تتحايل وتشغّل العمال خلف الأسوار حتى لا يراهم أحد، والعامل "
            "لا يشتكي لأنه يخاف على رزقه",
            _SUPERVISOR,
        ),
        q(
            "نفذت منذ بدء تطبيق القرار أكثر من 40 ألف زيارة تفتيشية في مختلف إمارات الدولة",
            _NAQBI,
            _NAQBI_ROLE,
            aliases=("النقبي",),
        ),
        q(
            "نسبة الالتزام تجاوزت 99 في المئة، والمخالفات القليلة التي رصدناها تعاملنا معها "
            "فوراً وفق القانون",
            _NAQBI,
            _NAQBI_ROLE,
            aliases=("النقبي",),
        ),
        q(
            "يطبق من الساعة 12:30 ظهراً حتى الساعة 3 عصراً، اعتباراً من 15 يونيو وحتى 15 سبتمبر",
            _MOHRE,
            aliases=("الوزارة",),
        ),
        q(
            "الإجهاد الحراري لا يعطي إنذاراً مبكراً في كل الحالات",
            _ATTAR,
            _ATTAR_ROLE,
            aliases=("العطار",),
        ),
        q(
            "العامل قد يشعر بصداع خفيف فقط، ثم يسقط فجأة، ونستقبل في الطوارئ حالات من هذا "
            "النوع كل أسبوع تقريباً خلال الصيف",
            _ATTAR,
            _ATTAR_ROLE,
            aliases=("العطار",),
        ),
        q(
            "لأنهم يتنقلون بين حرارة الشارع وبرودة المكيفات عشرات المرات في اليوم",
            _ATTAR,
            _ATTAR_ROLE,
            aliases=("العطار",),
        ),
        q("حين تنتهي الطلبات", _KUMAR, _KUMAR_ROLE, aliases=("كومار",)),
    ],
    "f22_arab_doha_food_interview": [
        q(
            "46% اكتفاء ذاتي من الخضراوات.. والهدف 55%",
            _SULAITI,
            _SULAITI_ROLE,
            aliases=("السليطي",),
            optional=True,
        ),
        q(
            "وصلنا اليوم إلى 46% من الاكتفاء الذاتي في الخضراوات الطازجة، ونستهدف 55% بحلول "
            "نهاية العقد، وهذا رقم واقعي وليس شعاراً",
            _SULAITI,
            _SULAITI_ROLE,
            aliases=("السليطي",),
        ),
        q(
            "المزارع القطري اليوم ليس مزارع الأمس",
            _SULAITI,
            _SULAITI_ROLE,
            aliases=("السليطي",),
        ),
        q(
            "يتعامل مع المزرعة كمشروع استثماري، ويقرأ بيانات الاستهلاك قبل أن يقرر ماذا يزرع",
            _SULAITI,
            _SULAITI_ROLE,
            aliases=("السليطي",),
        ),
        q(
            "نحن لا ننكر أن هناك ضغطاً كبيراً على المربين، ولذلك رفعنا قيمة الدعم المقدم "
            "للأعلاف المركزة، وسنراجعه كل ستة أشهر",
            _SULAITI,
            _SULAITI_ROLE,
            aliases=("السليطي",),
        ),
        q(
            "المشكلة أن المنتج المحلي ما زال يصل إلى المستهلك بعد المستورد في بعض المنافذ، "
            "وهذا ما نعمل على تغييره مع المجمعات التجارية",
            _SULAITI,
            _SULAITI_ROLE,
            aliases=("السليطي",),
        ),
        q(
            "لن نسمح بأن يكون الأمن الغذائي على حساب الأمن المائي، وكل المشاريع الجديدة "
            "مشروطة باستخدام تقنيات الري الحديثة أو المياه المعالجة",
            _SULAITI,
            _SULAITI_ROLE,
            aliases=("السليطي",),
        ),
        q(
            'كان والدي يقول لي: "الأرض لا تخون من يخدمها"، وهذا ما أقوله لكل مزارع شاب يأتي '
            "إلى الوزارة",
            _SULAITI,
            _SULAITI_ROLE,
            aliases=("السليطي",),
        ),
        q(
            "الأمن الغذائي ليس مشروع وزارة واحدة، بل مشروع مجتمع كامل، يبدأ من المزرعة وينتهي "
            "على مائدة كل أسرة",
            _SULAITI,
            _SULAITI_ROLE,
            aliases=("السليطي",),
        ),
    ],
    "f22_bawaba_amman_traffic_law_scraped": [
        q(
            "رفع المخالفات بهذه النسبه جبايه مقنعه وليس تنظيما للسير، والحكومه تبحث عن مصادر "
            "دخل في جيب المواطن",
            _ABBADI,
            _ABBADI_ROLE,
            _SESSION,
            aliases=("العبادي",),
        ),
        q(
            "الشوارع نفسها غير مؤهله، فكيف نحاسب السائق علي اخطاء البنيه التحتيه؟",
            _ABBADI,
            _ABBADI_ROLE,
            _SESSION,
            aliases=("العبادي",),
        ),
        q(
            "كيف نطالب المواطن بدفع مخالفه بمئة دينار وراتبه لا يتجاوز ثلاثمئة؟",
            "رنده الشوبكي",
            "النائب",
            _SESSION,
        ),
        q(
            "الحكومه لا تسعي الي الجبايه، وحوادث السير حصدت العام الماضي ارواح اكثر من 560 شخصا",
            _MAAYTAH,
            _MAAYTAH_ROLE,
            _SESSION,
            aliases=("المعايطه",),
        ),
        q(
            "التجارب في دول الجوار اثبتت ان الغرامات الرادعه هي الطريق الاقصر لخفض الحوادث، "
            "والمخالفات الخطره وحدها هي التي شملها الرفع",
            _MAAYTAH,
            _MAAYTAH_ROLE,
            _SESSION,
            aliases=("المعايطه",),
        ),
        q(
            "السرعه الزائده واستخدام الهاتف اثناء القياده يقفان وراء اكثر من 60 بالمئه من "
            "الحوادث القاتله",
            "ادارة السير المركزيه",
            None,
            _SESSION,
        ),
        q(
            "ستعيد دراسة المواد الخلافيه قبل طرحها للتصويت",
            _OTOUM,
            _OTOUM_ROLE,
            _SESSION,
            aliases=("العتوم",),
        ),
        q(
            "الهدف ليس معاقبة الناس بل حماية ارواحهم",
            _OTOUM,
            _OTOUM_ROLE,
            _SESSION,
            aliases=("العتوم",),
        ),
    ],
}

BATCHES = {
    "F22": [
        "f22_akhbar_beirut_cables",
        "f22_quds_rabat_cables_scraped",
        "f22_madina_jeddah_cables_oped",
        "f22_masry_giza_court",
        "f22_khaleej_sharjah_midday_break",
        "f22_arab_doha_food_interview",
        "f22_bawaba_amman_traffic_law_scraped",
    ],
}

BLIND_ARTICLES_27 = {name: (_read(name), gold) for name, gold in GOLD.items()}
