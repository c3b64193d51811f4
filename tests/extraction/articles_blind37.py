"""Fresh-author held-out set F32: seven articles in outlet styles (Tunisian,
Algerian, Egyptian, Lebanese, Jordanian, Kuwaiti, pan-Arab; two on WikiLeaks
cables, two as scraped web text without hamzas on alef or paragraph breaks),
written as a journalist would and annotated by hand, with the gold below
committed before the engine was run on any of them (format of ../shared/gold;
offsets computed by ``articles.gold_with_offsets``). All persons quoted are
invented; the cable references are plausible but made up.

- Al-Sabah Al-Jadeed cables (Tunis): ``تونس – الصباح الجديد`` without a
  date, 08TUNIS917 dated ``19 أوت 2008`` (Maghreb month name), ``يكتب
  السفير الأمريكي آنذاك X أن أحداث … "…"``, ``ويضيف X في البرقية ذاتها:``,
  an anonymous union official relayed by the cable (``قوله إن "…"``), a
  subject line in ``«…»``, 09TUNIS104 of ``فيفري 2009`` (month precision),
  a minister relayed by the chargé (``ينقل X عن الوزير قوله:``), the cable
  as speaker (``وتعلق البرقية … بالقول:``), an anonymous businessman with the
  attribution after the quote (``وفق ما ورد في البرقية``), a party and the
  outlet in marks, reactions today (no date), ``وأضاف "…"`` without colon,
  ``الدكتورة`` as an honorific.
- Al-Bilad teachers' strike (Algeria): a dated dateline ``الجزائر: الاثنين
  12 جانفي 2026`` fixing ``أمس``; a union's one-word label after ``بـ``, its
  secretary general named after his title, a union statement dated ``يوم
  الخميس 8 جانفي الجاري`` with ``داعية … إلى "…"``, an anonymous ministry
  source and ``المصدر ذاته``, the minister ``يوم 7 جانفي الجاري`` with
  ``صرّح … بأن "…"``, teachers interviewed at the strike (``تقول المعلمة
  X، التي …:``, ``وتضيف X بنبرة غاضبة:``), an unmarked quote after
  ``يستدرك قائلا:``, a parents' federation reaction (no date) with
  ``مطالبا … بـ"…"``, a law, a school and the outlet in marks.
- Al-Akhbar book fair (Cairo): ``كتب –`` byline, Arabic-Indic digits,
  ``مساء أمس الأربعاء`` without a dated dateline, a headline fragment in
  ``«…»``, a slogan in marks, ``الدكتور``/``الحاجة`` as honorifics, the
  minister with ``أشار … إلى أن أسعار الكتب "…"، مؤكدا أن الوزارة "…"``, a
  press conference dated ``يوم الإثنين ١٩ يناير ٢٠٢٦``, an ambassador
  speaking to ``«الأخبار»``, visitors in colloquial Egyptian, a seminar and
  a publishing house in marks, a nominal object of ``انتقد`` in marks.
- Al-Joumhouria column (Beirut): a by-lined opinion column quoting an
  anonymous minister, the interior minister ``في 12 شباط 2026`` (Levantine
  month) and ``ويومها أضاف``, ``"…"، يقول النائب X، عضو …، ويضيف:``, a
  bloc named in marks as speaker, a western ambassador relayed by diplomatic
  circles, a religious authority relayed by his visitors, ``د.`` as an
  honorific, ``ويلفت إلى أنّ المجلس الدستوري "…"``, a taxi driver in
  colloquial Lebanese, ``"الثنائي"`` as a label.
- Al-Rai basketball federation, scraped (Amman): one line, no hamzas on
  alef, ``ه`` for final ``ة`` in places, ``عمان - الراي -`` and ``امس``
  without a date, a programme in marks, ``المهندس`` as an honorific, a
  federation president with ``واضاف "…"`` and an unmarked closing quote
  after ``قائلا:``, a foreign coach with the nationality in apposition, the
  team captain speaking to ``"الراي"``, a club official with ``مطالبا …
  بـ"…"``, a ministry's nominal object in marks, an analyst with ``ويقول:``.
- Al-Anba cables, scraped (Kuwait): one line, ``كتب X`` without a date,
  08KUWAIT1042 dated ``22 اكتوبر 2008``, an anonymous official relayed by the
  cable with ``وتابع المسؤول بحسب البرقيه:``, a subject line in marks,
  09KUWAIT598 of ``يونيو 2009`` with the embassy as speaker (``فاعتبرت
  فيها السفاره ان الانتخابات "…"``), an anonymous MP and businessman relayed
  by the cable, reactions (no date), ``د.`` as an honorific, an unmarked
  quote after ``قائله:``.
- Independent Arabia drought report (Morocco): no dateline, ``"…"، يقول
  لـ"اندبندنت عربية"، قبل أن يتابع:``, a ministry's ``بلاغ`` dated ``3 دجنبر
  2025`` (Moroccan month name) and ``وأضاف البلاغ أن الحكومة "…"``, a
  researcher with ``في حديث إلى "اندبندنت عربية"``, a term after ``ما
  تسميه``, a plan in marks, the government spokesman on ``الـ15 من يناير
  (كانون الثاني) 2026`` (dual month form), an opposition MP with his party in
  marks, ``"…"، تقول X، رئيسة تعاونية "…"`` at the end.

Conventions as in articles_blind9 and articles_blind20: a relative date
(``أمس``) gets no date without a dated dateline; with one (Al-Bilad) ``أمس``
is resolved, and ``الجاري`` takes the dateline's month and year; a date
given for an event (the strike, a press conference, a statement) dates its
quotes and the follow-ups of the same account, not the reactions around it
(the parents' federation); a cable's quotes, and the follow-ups of the same
account, take the cable's date (month precision when the article gives no
day); reactions to the leaks get no date; a predicate in marks after ``أن
X`` belongs to the outer speaker; a quote relayed by a speaker or by
circles from a third person belongs to the third person; nominal objects
after ``إلى``/``بـ``/``من`` or of a verb without ``أن`` (``انتقد``,
``اكدت``), one- and two-word fragments, headlines, slogans, a term after
``ما تسميه`` and a cable's subject line are optional; an unmarked quote after
``قائلا:``/``قائله:`` is scored without its final full stop; names of
parties, blocs (as a label), plans, programmes, seminars, schools, clubs,
cooperatives, laws, outlets and one-word labels in marks are not
quotations; a role is the title chunk or the apposition, whichever is
fuller, without honorifics (``الدكتور``, ``الدكتورة``, ``د.``,
``المهندس``, ``الحاجة``), which are not part of the name; an anonymous
source is named by its description; a document (cable, statement) is its own
speaker unless its issuer is named, in which case the document is an
alias."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# Al-Sabah Al-Jadeed (Tunis), cables
_MARKHAM = "ديفيد ماركهام"
_MARKHAM_ROLE = "السفير الأمريكي"
_REDEYEF_UNIONIST = "مسؤول نقابي في الرديف"
_CABLE = "البرقية"
_ZOUARI = "الهادي الزواري"
_ZOUARI_ROLE = "وزير التنمية والتعاون الدولي"
_SFAX_BUSINESSMAN = "رجل أعمال من صفاقس"
_FERJANI = "عمار الفرجاني"
_FERJANI_ROLE = "النقابي السابق بالرديف"
_BENSALEM = "نجوى بن سالم"
_BENSALEM_ROLE = "أستاذة التاريخ المعاصر بجامعة منوبة"
# Al-Bilad (Algeria), strike
_UNION = "النقابة الجزائرية لعمال التربية والتكوين"
_BOUKHALFA = "رشيد بوخالفة"
_BOUKHALFA_ROLE = "الأمين العام للنقابة"
_MINISTRY_SOURCE = "مصدر مسؤول بوزارة التربية الوطنية"
_BENZIANE = "عبد الحكيم بن زيان"
_BENZIANE_ROLE = "وزير التربية الوطنية"
_GACEMI = "فاطمة الزهراء قاسمي"
_GACEMI_ROLE = "المعلمة"
_LAAMAMRA = "مراد لعمامرة"
_KHALDI = "أحمد خالدي"
_KHALDI_ROLE = "رئيس الفيدرالية الوطنية لجمعيات أولياء التلاميذ"
# Al-Akhbar (Cairo), book fair
_CHENNAWI = "عادل منصور الشناوي"
_CHENNAWI_ROLE = "وزير الثقافة"
_BENDARI = "هشام فؤاد البنداري"
_BENDARI_ROLE = "رئيس الهيئة المصرية العامة للكتاب"
_GEBO = "الهيئة المصرية العامة للكتاب"
_MAAMARI = "شيخة بنت سالم المعمري"
_MAAMARI_ROLE = "سفيرة سلطنة عمان بالقاهرة"
_SAID = "أحمد سعيد"
_SAID_ROLE = "طالب بكلية الآداب جامعة عين شمس"
_SOAD = "سعاد إبراهيم"
_DESSOUKI = "عمرو الدسوقي"
_DESSOUKI_ROLE = "الروائي"
_ROCHDI = "محمد رشدي"
_ROCHDI_ROLE = 'مدير دار "النهر" للنشر والتوزيع'
# Al-Joumhouria (Beirut), column
_VETERAN_MINISTER = "أحد الوزراء المخضرمين"
_AYOUBI = "كمال الأيوبي"
_AYOUBI_ROLE = "وزير الداخلية والبلديات"
_TARABAY = "ميشال طربيه"
_TARABAY_ROLE = "عضو لجنة الإدارة والعدل"
_WIFAQ = 'كتلة "الوفاق الوطني"'
_AMBASSADOR = "سفير دولة كبرى"
_SPIRITUAL = "مرجع روحي بارز"
_KAZZI = "جوزف قزي"
_KAZZI_ROLE = "الخبير الدستوري"
_TAXI = "سائق تاكسي في الأشرفية"
# Al-Rai (Amman), basketball, scraped
_HOURANI = "سامر عبدالله الحوراني"
_HOURANI_ROLE = "رئيس اتحاد كرة السله"
_BATAINEH = "ليث البطاينه"
_BATAINEH_ROLE = "الامين العام للاتحاد"
_JOVANOVIC = "ميلان يوفانوفيتش"
_JOVANOVIC_ROLE = "المدير الفني للمنتخب"
_KHATIB = "يزن الخطيب"
_KHATIB_ROLE = "قائد المنتخب"
_HADDAD = "رامي حداد"
_HADDAD_ROLE = "المدير الاداري لنادي الارثوذكسي"
_YOUTH_MINISTRY = "وزارة الشباب"
_ZOUBI = "عمر الزعبي"
_ZOUBI_ROLE = "المحلل الفني"
# Al-Anba (Kuwait), cables, scraped
_HELMS = "توماس هيلمز"
_HELMS_ROLE = "السفير الامريكي"
_KW_OFFICIAL = "مسؤول كويتي رفيع في وزارة الماليه"
_KW_CABLE = "البرقيه"
_KW_EMBASSY = "السفاره الامريكيه في الكويت"
_ISLAMIST_MP = "نائب اسلامي"
_KW_BUSINESSMAN = "رجل اعمال كويتي بارز"
_MUTAIRI = "عبدالله فهد المطيري"
_MUTAIRI_ROLE = "النائب السابق"
_ENEZI = "هيفاء العنزي"
_ENEZI_ROLE = "استاذة العلوم السياسيه في جامعة الكويت"
# Independent Arabia (Morocco), drought
_AITALI = "الحسين أيت علي"
_AITALI_ROLE = "الفلاح"
_MA_MINISTRY = "وزارة الفلاحة والصيد البحري والتنمية القروية والمياه والغابات"
_IDRISSI = "سعاد الإدريسي"
_IDRISSI_ROLE = "الباحثة في الموارد المائية"
_RACHIDI = "مصطفى الراشدي"
_RACHIDI_ROLE = "الناطق الرسمي باسم الحكومة"
_BENAISSA = "كريم بنعيسى"
_BENAISSA_ROLE = 'النائب عن حزب "التقدم والاشتراكية"'
_OUBELLA = "فاطمة أوبلا"
_OUBELLA_ROLE = 'رئيسة تعاونية "تيفاوين" لإنتاج زيت الأركان'

GOLD = {
    # --- F32: fresh-author held-out set, seven outlets ---------------------------
    "f32_sabahjadeed_tunis_cables": [
        q(
            "لم تكن حادثا معزولا بل عرضا لمرض أعمق يتجاهله النظام",
            _MARKHAM,
            _MARKHAM_ROLE,
            "2008-08-19",
            aliases=("ماركهام",),
        ),
        q(
            "المسؤولون الذين التقيناهم في قفصة يتحدثون بلغتين، واحدة أمامنا وأخرى أمام الوالي",
            _MARKHAM,
            _MARKHAM_ROLE,
            "2008-08-19",
            aliases=("ماركهام",),
        ),
        q(
            "الشباب هنا لم يعد يخاف، وهذا ما يقلق السلطة أكثر من أي شيء آخر",
            _REDEYEF_UNIONIST,
            None,
            "2008-08-19",
        ),
        q(
            "الحوض المنجمي: الهدوء الذي يسبق العاصفة",
            _CABLE,
            None,
            "2008-08-19",
            aliases=("08TUNIS917",),
            optional=True,
        ),
        q(
            "تونس ليست مصر ولا الجزائر، اقتصادنا متين ولا خوف علينا",
            _ZOUARI,
            _ZOUARI_ROLE,
            "2009-02",
            aliases=("الوزير",),
        ),
        q(
            "الثقة المفرطة للوزير لا تعكس ما نسمعه من رجال الأعمال في صفاقس وسوسة",
            _CABLE,
            None,
            "2009-02",
            aliases=("09TUNIS104",),
        ),
        q(
            "العائلة تأخذ نصيبها من كل مشروع يتجاوز مليون دينار، ومن "
            "يرفض يجد نفسه أمام المراقبة الجبائية",
            _SFAX_BUSINESSMAN,
            None,
            "2009-02",
        ),
        q(
            "ما كتبه الأمريكيون كنا نقوله في الشارع ونسجن من أجله",
            _FERJANI,
            _FERJANI_ROLE,
            aliases=("الفرجاني",),
        ),
        q(
            "الفرق أنهم كانوا يعرفون ويصمتون، لأن بن علي كان بالنسبة إليهم صمام أمان",
            _FERJANI,
            _FERJANI_ROLE,
            aliases=("الفرجاني",),
        ),
        q(
            "وثيقة ثمينة للباحث، لكنها تبقى قراءة أجنبية لها حساباتها ومصالحها",
            _BENSALEM,
            _BENSALEM_ROLE,
            aliases=("بن سالم",),
        ),
        q(
            "أن نكتب نحن تاريخنا بأيدينا بدل أن ننتظر ما يسربه الآخرون عنا",
            _BENSALEM,
            _BENSALEM_ROLE,
            aliases=("بن سالم",),
        ),
    ],
    "f32_bilad_algeria_teachers_strike": [
        q("الواسعة", _UNION, None, "2026-01-11", aliases=("النقابة",), optional=True),
        q(
            "نسبة الاستجابة تجاوزت 80 بالمائة في ولايات الغرب والهضاب "
            "العليا، وهذا رد واضح على سياسة الأبواب الموصدة",
            _BOUKHALFA,
            _BOUKHALFA_ROLE,
            "2026-01-11",
            aliases=("بوخالفة",),
        ),
        q(
            "لسنا هواة إضرابات، لكن الوزارة لم تترك لنا خيارا آخر بعد ثلاث جلسات حوار فارغة",
            _BOUKHALFA,
            _BOUKHALFA_ROLE,
            "2026-01-11",
            aliases=("بوخالفة",),
        ),
        q(
            "ليس سياسيا ولا يستهدف أي جهة",
            _UNION,
            None,
            "2026-01-08",
            aliases=("النقابة",),
        ),
        q(
            "تفهّم مطالب المعلم الذي يدرّس أبناءهم في ظروف مزرية",
            _UNION,
            None,
            "2026-01-08",
            aliases=("النقابة",),
            optional=True,
        ),
        q(
            "الأرقام المسجلة لدى مديريات التربية لا تتجاوز 27 بالمائة، "
            "والدروس تجري بشكل عادي في أغلب المؤسسات",
            _MINISTRY_SOURCE,
            None,
            "2026-01-11",
            aliases=("المصدر ذاته",),
        ),
        q(
            "القانون واضح: كل يوم إضراب غير مبرر يُخصم من الأجر، والوزارة ستطبقه دون تمييز",
            _MINISTRY_SOURCE,
            None,
            "2026-01-11",
            aliases=("المصدر ذاته",),
        ),
        q(
            "باب الحوار مفتوح لكل الشركاء الاجتماعيين الذين يحترمون القانون وأخلاقيات المهنة",
            _BENZIANE,
            _BENZIANE_ROLE,
            "2026-01-07",
        ),
        q(
            "أتقاضى 52 ألف دينار بعد كل هذه السنوات، ومطلوب مني أن أدرّس 40 "
            "تلميذا في القسم وأن أملأ الوثائق الإدارية في البيت",
            _GACEMI,
            _GACEMI_ROLE,
            "2026-01-11",
            aliases=("قاسمي",),
        ),
        q(
            "نحن لا نطالب بالمستحيل، نطالب بقانون أساسي يحترم هذه المهنة",
            _GACEMI,
            _GACEMI_ROLE,
            "2026-01-11",
            aliases=("قاسمي",),
        ),
        q(
            "الإضراب هو آخر ما تبقى لنا للتعبير عن هذا الوضع",
            _LAAMAMRA,
            None,
            "2026-01-11",
        ),
        q(
            "لو كان هناك حوار حقيقي لما وصلنا إلى هنا",
            _LAAMAMRA,
            None,
            "2026-01-11",
        ),
        q("التلميذ هو الضحية الأولى في كل هذا الصراع", _KHALDI, _KHALDI_ROLE),
        q(
            "الجلوس إلى طاولة الحوار قبل فوات الأوان",
            _KHALDI,
            _KHALDI_ROLE,
            optional=True,
        ),
    ],
    "f32_akhbar_cairo_book_fair": [
        q(
            "عيد سنوي للعقل المصري",
            _CHENNAWI,
            _CHENNAWI_ROLE,
            aliases=("الوزير", "الشناوي"),
            optional=True,
        ),
        q("اقرأ.. تبدأ الحكاية", _GEBO, optional=True),
        q(
            "المعرض ليس سوقا للكتاب فقط، بل هو عيد سنوي للعقل المصري، ونحن "
            "نراهن على الشباب الذين يملأون أروقته كل عام",
            _CHENNAWI,
            _CHENNAWI_ROLE,
            aliases=("الوزير", "الشناوي"),
        ),
        q(
            "ستظل في متناول الجميع رغم الارتفاع الكبير في تكلفة الورق والطباعة",
            _CHENNAWI,
            _CHENNAWI_ROLE,
            aliases=("الوزير", "الشناوي"),
        ),
        q(
            "خصصت دعما استثنائيا لإصدارات الهيئة وقصور الثقافة هذا العام",
            _CHENNAWI,
            _CHENNAWI_ROLE,
            aliases=("الوزير", "الشناوي"),
        ),
        q(
            "عدد الزوار المتوقع يتجاوز خمسة ملايين زائر خلال أيام المعرض الأربعة عشر",
            _BENDARI,
            _BENDARI_ROLE,
            aliases=("البنداري",),
        ),
        q(
            "البرنامج الثقافي يضم ٤٢٠ فعالية، ولأول مرة قاعة كاملة لكتاب الطفل ومن ذوي الهمم",
            _BENDARI,
            _BENDARI_ROLE,
            "2026-01-19",
            aliases=("البنداري",),
        ),
        q(
            "نحمل إلى القاهرة أكثر من ألف عنوان، وجناحنا يحكي قصة قرون "
            "من التبادل الثقافي بين البلدين الشقيقين",
            _MAAMARI,
            _MAAMARI_ROLE,
        ),
        q(
            "أنا جاي من الصبح ومعايا ٣٠٠ جنيه بس، والأسعار السنة دي "
            "نار، بس لازم أشتري الكتب اللي محتاجها",
            _SAID,
            _SAID_ROLE,
        ),
        q(
            "المعرض ده عندنا زي العيد، كل سنة بنيجي ونقضي اليوم كله هنا",
            _SOAD,
        ),
        q(
            "الرواية المصرية تعيش أزهى عصورها كما وكيفا، لكن النقد غائب تماما عن المشهد",
            _DESSOUKI,
            _DESSOUKI_ROLE,
        ),
        q("سوء التنظيم في صالة ٢", _ROCHDI, _ROCHDI_ROLE, optional=True),
        q(
            "الأجنحة الصغيرة وضعت في الأطراف، والزائر لا يصل إليها إلا "
            "بعد أن يكون قد أنفق ماله في الأجنحة الكبرى",
            _ROCHDI,
            _ROCHDI_ROLE,
        ),
    ],
    "f32_joumhouria_beirut_elections_column": [
        q(
            "لا أحد في هذه الحكومة يريد الانتخابات في موعدها، لكن لا أحد يجرؤ على قولها علناً",
            _VETERAN_MINISTER,
        ),
        q(
            "الوزارة جاهزة لوجستياً، والكرة في ملعب المجلس النيابي",
            _AYOUBI,
            _AYOUBI_ROLE,
            "2026-02-12",
            aliases=("الأيوبي",),
        ),
        q(
            "لن نكون شهود زور على أي تأجيل، مهما كانت الذرائع",
            _AYOUBI,
            _AYOUBI_ROLE,
            "2026-02-12",
            aliases=("الأيوبي",),
        ),
        q("المهل الدستورية ليست وجهة نظر", _TARABAY, _TARABAY_ROLE, aliases=("طربيه",)),
        q(
            "من يريد التأجيل فليتقدّم باقتراح قانون معجّل مكرّر ويتحمّل "
            "مسؤوليته أمام الناس، بدل الاختباء خلف الأزمة المالية",
            _TARABAY,
            _TARABAY_ROLE,
            aliases=("طربيه",),
        ),
        q(
            "أي تمديد للمجلس هو انقلاب موصوف على إرادة اللبنانيين",
            _WIFAQ,
            aliases=("الوفاق الوطني",),
        ),
        q(
            "المجتمع الدولي لن يموّل انتخابات تُؤجَّل كل مرة بذريعة جديدة",
            _AMBASSADOR,
        ),
        q(
            "البلد لا يحتمل فراغاً جديداً، لا في الرئاسة ولا في المجلس ولا في البلديات",
            _SPIRITUAL,
        ),
        q(
            "الظروف القاهرة التي يتذرّعون بها يجب أن تكون قاهرة فعلاً، "
            "لا مجرد حسابات انتخابية لهذا الفريق أو ذاك",
            _KAZZI,
            _KAZZI_ROLE,
        ),
        q(
            "سبق أن ردّ الطعن في تمديد سابق لأسباب سياسية لا قانونية",
            _KAZZI,
            _KAZZI_ROLE,
        ),
        q("انتخبوا أو ما تنتخبوا، الكهربا ما رح تجي", _TAXI),
    ],
    "f32_rai_amman_basketball_scraped": [
        q(
            "نحن امام استحقاق مهم ولا نريد ان نكرر اخطاء النافذه الماضية التي كلفتنا الكثير",
            _HOURANI,
            _HOURANI_ROLE,
            aliases=("الحوراني",),
        ),
        q(
            "المدرب الجديد يملك صلاحيات كامله في اختيار اللاعبين، "
            "ولن يتدخل اي عضو في مجلس الادارة في عمله",
            _HOURANI,
            _HOURANI_ROLE,
            aliases=("الحوراني",),
        ),
        q(
            "المعسكر سيقام في بلغراد من 2 الى 16 شباط المقبل، تليه "
            "مباراتان وديتان امام منتخبين اوروبيين",
            _BATAINEH,
            _BATAINEH_ROLE,
        ),
        q(
            "المنتخب الاردني يملك مواهب حقيقيه لكنه يحتاج الى انضباط دفاعي اكبر ولياقه افضل",
            _JOVANOVIC,
            _JOVANOVIC_ROLE,
            aliases=("يوفانوفيتش",),
        ),
        q(
            "ساعتمد على مزيج من الخبره والشباب، والباب مفتوح امام كل لاعب يثبت نفسه في الدوري",
            _JOVANOVIC,
            _JOVANOVIC_ROLE,
            aliases=("يوفانوفيتش",),
        ),
        q(
            "نعرف ان الجمهور غاضب بعد الخساره امام لبنان، ونعده "
            "بصوره مختلفه تماما في النافذة المقبله",
            _KHATIB,
            _KHATIB_ROLE,
        ),
        q(
            "توقيت المعسكر الخارجي يضر بالاندية التي تخوض الدور النهائي من الدوري",
            _HADDAD,
            _HADDAD_ROLE,
        ),
        q("اعاده النظر في الروزنامه", _HADDAD, _HADDAD_ROLE, optional=True),
        q("دعمها الكامل للمنتخبات الوطنيه", _YOUTH_MINISTRY, optional=True),
        q(
            "المشكله ليست في المدرب، المشكله في غياب دوري قوي يصنع لاعبين قادرين على المنافسه",
            _ZOUBI,
            _ZOUBI_ROLE,
        ),
        q(
            "الاتحاد سيعلن خلال ايام عن راع جديد للمنتخبات الوطنيه",
            _HOURANI,
            _HOURANI_ROLE,
            aliases=("الحوراني",),
        ),
    ],
    "f32_anba_kuwait_cables_scraped": [
        q(
            "الحكومه الكويتيه تبدو عاجزه عن تمرير اي قانون اقتصادي "
            "مهم بسبب التوتر الدائم مع مجلس الامه",
            _HELMS,
            _HELMS_ROLE,
            "2008-10-22",
        ),
        q(
            "الازمه العالميه ستضربنا متاخره لكنها ستضربنا بقوه، والبورصه لن تتحمل",
            _KW_OFFICIAL,
            None,
            "2008-10-22",
            aliases=("المسؤول",),
        ),
        q(
            "لدينا السيوله، ما ينقصنا هو القرار",
            _KW_OFFICIAL,
            None,
            "2008-10-22",
            aliases=("المسؤول",),
        ),
        q(
            "الكويت: اقتصاد غني وقرار معطل",
            _KW_CABLE,
            None,
            "2008-10-22",
            aliases=("08KUWAIT1042",),
            optional=True,
        ),
        q(
            "افرزت مجلسا اكثر تشددا، ما ينذر بجولة جديده من الاستجوابات",
            _KW_EMBASSY,
            None,
            "2009-06",
            aliases=("السفاره", "البرقيه"),
        ),
        q(
            "الاستجواب حق دستوري ولن نتنازل عنه مهما كان الثمن",
            _ISLAMIST_MP,
            None,
            "2009-06",
        ),
        q(
            "البلد متوقف منذ سنوات، والكل ينتظر الكل",
            _KW_BUSINESSMAN,
            None,
            "2009-06",
        ),
        q(
            "هذه البرقيات تؤكد ان الخلل في العلاقه بين السلطتين كان واضحا حتى للاجانب",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        q(
            "لكن علينا الا ننسى ان السفارات تكتب ما تسمعه من اطراف لها مصالحها وحساباتها",
            _MUTAIRI,
            _MUTAIRI_ROLE,
            aliases=("المطيري",),
        ),
        q(
            "لا تحمل جديدا لمن تابع تلك المرحله عن قرب",
            _ENEZI,
            _ENEZI_ROLE,
        ),
        q(
            "المهم كيف نقرا هذه الوثائق اليوم لا كيف قراها الامريكيون قبل سبعة عشر عاما",
            _ENEZI,
            _ENEZI_ROLE,
        ),
    ],
    "f32_independent_morocco_drought": [
        q(
            "لم تمطر كما يجب منذ سبع سنوات، بعت نصف القطيع وما زلت مديناً للبنك",
            _AITALI,
            _AITALI_ROLE,
            aliases=("أيت علي",),
        ),
        q(
            "أبنائي هاجروا إلى الدار البيضاء، ولم يبقَ هنا سوى الشيوخ والنساء",
            _AITALI,
            _AITALI_ROLE,
            aliases=("أيت علي",),
        ),
        q(
            "نسبة ملء السدود لم تتجاوز 31 في المئة على المستوى الوطني",
            _MA_MINISTRY,
            None,
            "2025-12-03",
            aliases=("البلاغ", "وزارة الفلاحة"),
        ),
        q(
            "ستواصل برنامج الدعم الاستثنائي لمربي الماشية إلى غاية متم السنة الفلاحية",
            _MA_MINISTRY,
            None,
            "2025-12-03",
            aliases=("البلاغ", "وزارة الفلاحة"),
        ),
        q(
            "المغرب انتقل من مرحلة الإجهاد المائي إلى مرحلة الندرة "
            "البنيوية، وهذا ليس ظرفاً عابراً يمكن انتظار نهايته",
            _IDRISSI,
            _IDRISSI_ROLE,
            aliases=("الإدريسي",),
        ),
        q(
            "محطات تحلية مياه البحر حل ضروري، لكنها لن تنقذ الفلاحة البورية في المناطق الداخلية",
            _IDRISSI,
            _IDRISSI_ROLE,
            aliases=("الإدريسي",),
        ),
        q(
            "الإفراط في الزراعات المستهلكة للماء",
            _IDRISSI,
            _IDRISSI_ROLE,
            aliases=("الإدريسي",),
            optional=True,
        ),
        q(
            "الدولة لن تترك العالم القروي يواجه الجفاف وحده",
            _RACHIDI,
            _RACHIDI_ROLE,
            "2026-01-15",
            aliases=("الراشدي",),
        ),
        q(
            "رصدت 10 مليارات درهم إضافية لتأمين الماء الصالح للشرب في المناطق المتضررة",
            _RACHIDI,
            _RACHIDI_ROLE,
            "2026-01-15",
            aliases=("الراشدي",),
        ),
        q(
            "الحكومة تدبّر الجفاف بمنطق الإطفائي لا بمنطق "
            "الاستراتيجي، وتكتفي بإطفاء الحرائق حين تشتعل",
            _BENAISSA,
            _BENAISSA_ROLE,
        ),
        q(
            "الأركان شجرة صبورة، لكن حتى صبرها له حدود",
            _OUBELLA,
            _OUBELLA_ROLE,
        ),
    ],
}

BATCHES = {
    "F32": [
        "f32_sabahjadeed_tunis_cables",
        "f32_bilad_algeria_teachers_strike",
        "f32_akhbar_cairo_book_fair",
        "f32_joumhouria_beirut_elections_column",
        "f32_rai_amman_basketball_scraped",
        "f32_anba_kuwait_cables_scraped",
        "f32_independent_morocco_drought",
    ],
}

BLIND_ARTICLES_37 = {name: (_read(name), gold) for name, gold in GOLD.items()}
