"""Fresh-author held-out set F20: seven articles in Maghreb outlet styles
(Algeria, Morocco, Libya, Mauritania, Tunisia; two on leaked US cables
(WikiLeaks), two as scraped web text without hamzas or paragraph breaks),
written as a journalist would and annotated by hand, with the gold below
committed before the engine was run on any of them (format of
../shared/gold; offsets computed by ``articles.gold_with_offsets``). All
persons quoted are invented; the cable references are plausible but made up.

- El Khabar (Oran, housing): ``وهران: محمد بن عودة`` byline without a date
  and ``صباح أمس``, the programme name ``"عدل 2"`` and the outlet
  ``لـ"الخبر"`` in marks, a placard slogan (optional), vox pops with the
  quote first (``"…"، تقول X، أستاذة …`` then ``قبل أن تضيف:``, ``"…"، قال
  لـ"الخبر"``), a date inside a quote (``جانفي 2023``) that is not the
  statement's date, an anonymous young man, an agency director named after
  his title with ``أن "…"`` and a predicate in marks and ``مضيفا:``, a
  ministry's ``بيان`` dated ``28 ديسمبر 2025``, an MP's ``بـ"غير المقبول"``
  (optional), a closing ``"…"، يقول مزيان``.
- Ennahar cables as scraped text (Algiers): 08ALGIERS1187 of ``16 ديسمبر
  2008`` relaying a minister (``نقل عن … قوله ان``) and the ambassador's own
  comment, ``الي "…"`` object (optional), 09ALGIERS694 of ``جويلية 2009``
  relaying an anonymous intelligence officer (``ويقول الضابط نفسه:``),
  10ALGIERS112 of ``9 فيفري 2010`` with a subject line (optional) and a
  quote inside a quote (``«… "دركي الساحل" …»``, the inner label optional),
  the embassy as speaker, a cable of ``اوت 2009`` relaying an anonymous
  businessman, an undated reaction of a former ambassador (``وقال:`` then
  ``واضاف:``), outlets in marks; ``علي``/``الي``/``البرقيه`` spellings.
- Al-Massae court report (Casablanca): headline quote (optional, repeated
  longer in the body), ``مساء الثلاثاء الماضي`` without a dated dateline,
  a judge's question and the defendant's answer (``سأله: "…؟"، فأجاب
  المتهم: "…"``), a police record ``المؤرخ في 17 يوليوز 2024`` dating the
  defendant's earlier statement, ``نونبر``/``شتنبر`` Moroccan months, the
  municipal engineer (title as role), the prosecutor as an unnamed role,
  a Court of Audit report as speaker, ``بـ"…"`` object (optional), ``ذ.``
  as an honorific before the defence lawyer, a question quote, an NGO
  coordinator outside the courtroom, a project name in marks.
- Hespress cables (Rabat): curly “…” marks, ``غشت 2021`` for an event,
  08RABAT1156 of ``دجنبر 2008`` relaying an anonymous senior official with
  ``وأضاف المسؤول ذاته … أن الرباط “…”، وأن “…”``, the ambassador's own
  conclusion (``فكتب في خلاصة برقيته:``), 09RABAT712 of ``2 شتنبر 2009``
  relaying a businessman (``قال له إن``, ``ونقلت البرقية عن … :``) with a
  subject line in between (optional), undated reactions of a professor
  (``مستدركا:``, ``ويتابع الزياني:``) and an anonymous diplomatic source.
- Al-Wasat interview (Derna): ``«…»`` marks, headline quote (optional),
  the storm name ``«دانيال»`` and outlet ``«الوسط»`` in marks, ``سبتمبر/أيلول
  2023`` and ``يناير/كانون الثاني 2024`` dual months, an engineer-official
  (``المهندس`` as honorific), quotes introduced only by context (``يتحدث
  بوخطوة بالأرقام … «…»``), ``يرد بحدة:``, ``ثم يستدرك:``, a joint
  international report as speaker, a quote inside a quote (the inner
  widow's words optional), a café owner with the quote first, an anonymous
  neighbour with ``إذ يقول إن «…»``; no interview date.
- Alakhbar.info as scraped text (Nouadhibou): a publication stamp
  ``الثلاثاء 13 يناير 2026`` with ``اليوم الثلاثاء`` (the protest) and
  ``امس الاثنين`` (the minister), a federation leader and a fisherman at the
  protest (dated), ``وتابع ولد ابراهيم:``, the minister relayed by the
  national news agency (``نقلت عنه الوكالة … قوله ان``), an unmarked quote
  after ``قائلا:``, an MP of the party ``"تواصل"`` on Facebook with
  ``ب"…"`` object (optional), a union's ``بيان`` with ``دعت الي "…"``
  (optional) and ``وجاء في البيان ان``; reactions undated.
- Réalités op-ed (Tunis): a columnist's piece with ``«…»``, a plenary of
  ``الجمعة 5 ديسمبر 2025`` dating the minister's and an MP's words (``في
  الجلسة نفسها``, ``وتابع``), a parliamentary bloc's name in marks, the
  government's label ``«ميزانية الصمود»`` (optional), an IMF report of
  ``أفريل 2025``, an anonymous central-bank cadre, an economist on a radio
  station named in marks, a union statement of ``يوم 9 ديسمبر`` (year from
  the article) with two nominal objects after ``عن``/``إلى`` (optional), and
  the writer's own scare-quoted slogan ``«الاعتماد على الذات»`` (not a
  quotation).

Conventions as in articles_blind20: a relative date (``أمس``, ``الثلاثاء
الماضي``) gets no date without a dated dateline or publication stamp, and is
resolved against it when there is one; a date given for an event (the
protest, the plenary) dates the quotes of the people speaking at it and their
follow-ups, not the reactions around it; a cable's quotes, and the follow-ups
of the same account, take the cable's date (month precision when the article
gives no day); a dated record (police report, audit report) dates what it
records; reactions to the leaks get no date; a date inside a quote is not the
statement's date; a predicate in marks after ``أن X`` belongs to the outer
speaker; nominal objects after ``إلى``/``بـ``/``عن``, one- and two-word
fragments, headlines, a cable's subject line and the inner quote of a quote
are optional; an unmarked quote after ``قائلا:`` is scored without its final
full stop; names of programmes, projects, parties, blocs, storms, outlets and
slogans used as labels in marks are not quotations; a role is the title chunk
or the apposition, whichever is fuller, without honorifics (``المهندس``,
``ذ.``), which are not part of the name; an anonymous source is named by its
description."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

_BELKACEM = "فاطمة الزهراء بلقاسم"
_BELKACEM_ROLE = "أستاذة في التعليم المتوسط وأم لثلاثة أطفال"
_MEZIANE = "عبد القادر مزيان"
_MEZIANE_ROLE = "متقاعد من سوناطراك"
_YOUNG_MAN = "شاب في الثلاثينات رفض الكشف عن اسمه"
_KACEMI = "محمد الأمين قاسمي"
_KACEMI_ROLE = "مدير الوكالة بوهران"
_HOUSING_MIN = "وزارة السكن والعمران والمدينة"
_BOUABDELLI = "رشيد بوعبدلي"
_BOUABDELLI_ROLE = "النائب عن ولاية وهران بالمجلس الشعبي الوطني"
_SAADAOUI = "عبد الحميد سعداوي"
_SAADAOUI_ROLE = "الوزير المنتدب المكلف بالشؤون المغاربية والافريقية"
_WILKINS = "دانيال ويلكنز"
_WILKINS_ROLE = "السفير الامريكي انذاك"
_DZ_OFFICER = "ضابط سام في الاستخبارات الجزائرية"
_US_ALGIERS = "السفارة الامريكية بالجزائر"
_DZ_BUSINESSMAN = "رجل اعمال جزائري مقرب من دوائر القرار"
_BENCHEIKH = "مراد بن شيخ"
_BENCHEIKH_ROLE = "السفير الجزائري الاسبق في باماكو"
_OUARDIGHI = "عبد الإله الورديغي"
_OUARDIGHI_ROLE = "الرئيس السابق للجماعة"
_OUARDIGHI_ALIASES = ("الورديغي", "المتهم")
_PRESIDING = "رئيس الهيئة"
_SERGHINI = "حميد السرغيني"
_SERGHINI_ROLE = "المهندس البلدي"
_PROSECUTOR = "ممثل النيابة العامة"
_AUDIT_COURT = "المجلس الأعلى للحسابات"
_TAHIRI = "يونس الطاهري"
_TAHIRI_ROLE = "عضو هيئة الدفاع عن الورديغي"
_BAKKALI = "مصطفى البقالي"
_BAKKALI_ROLE = "المنسق الجهوي للجمعية المغربية لحماية المال العام"
_MA_OFFICIAL = "مسؤول رفيع في وزارة الشؤون الخارجية والتعاون"
_REDFORD = "توماس ريدفورد"
_REDFORD_ROLE = "السفير الأمريكي بالرباط آنذاك"
_OUJDA_BUSINESSMAN = "رجل أعمال من وجدة"
_ZIANI = "محمد أمين الزياني"
_ZIANI_ROLE = "أستاذ العلاقات الدولية بجامعة محمد الخامس بالرباط"
_MA_SOURCE = "مصدر دبلوماسي مغربي"
_BOUKHATWA = "عادل بوخطوة"
_BOUKHATWA_ROLE = "رئيس لجنة متابعة إعادة إعمار درنة"
_WORLD_BANK = "البنك الدولي والأمم المتحدة والاتحاد الأوروبي"
_WORLD_BANK_ALIASES = (
    "تقرير مشترك للبنك الدولي والأمم المتحدة والاتحاد الأوروبي",
    "البنك الدولي",
)
_SHALWI = "محمد الشلوي"
_SHALWI_ROLE = "صاحب مقهى أعاد فتحه قبل ستة أشهر"
_NEIGHBOUR = "جار يدير محلا لبيع الأجهزة الكهربائية"
_OULD_IBRAHIM = "محمد الامين ولد ابراهيم"
_OULD_IBRAHIM_ROLE = "رئيس الاتحادية الوطنية للصيد التقليدي"
_OULD_AHMEDOU = "الشيخ ولد احمدو"
_OULD_AHMEDOU_ROLE = "بحار يعمل منذ عشرين عاما في ميناء نواذيبو"
_OULD_SIDI = "المختار ولد سيدي"
_OULD_SIDI_ROLE = "وزير الصيد والاقتصاد البحري"
_OULD_DAH = "سيدي ولد الداه"
_OULD_DAH_ROLE = 'النائب عن حزب "تواصل"'
_SEAMEN_UNION = "النقابة الحرة للبحارة"
_BENFARAJ = "سنية بن فرج"
_BENFARAJ_ROLE = "وزيرة المالية"
_MESSAOUDI = "رضا المسعودي"
_MESSAOUDI_ROLE = "النائب عن كتلة «الخط الوطني السيادي»"
_BCT_CADRE = "أحد إطارات البنك المركزي"
_JELASSI = "نور الدين الجلاصي"
_JELASSI_ROLE = "الخبير الاقتصادي"
_UGTT = "الاتحاد العام التونسي للشغل"

GOLD = {
    # --- F20: fresh-author held-out set, seven Maghreb outlets ----------------------
    "f20_elkhabar_oran_housing": [
        q("السكن حق وليس منة", "المحتجون", optional=True),
        q(
            "دفعت الشطر الرابع في جانفي 2023، ومنذ ذلك اليوم لم يتصل بنا أحد",
            _BELKACEM,
            _BELKACEM_ROLE,
        ),
        q(
            "أدفع 35 ألف دينار كراء كل شهر، أي أكثر من نصف راتبي، وصاحب البيت يريد رفع "
            "المبلغ في الصيف",
            _BELKACEM,
            _BELKACEM_ROLE,
        ),
        q(
            "كنت أظن أنني سأدخل شقتي وأنا موظف، اليوم صرت متقاعدا وما زلت أنتظر",
            _MEZIANE,
            _MEZIANE_ROLE,
            aliases=("مزيان",),
        ),
        q(
            "نحن لا نريد وعودا أخرى، نريد المفاتيح. كل سنة يقولون لنا الثلاثي القادم",
            _YOUNG_MAN,
            aliases=("شاب",),
        ),
        q(
            "التأخر سببه أشغال التهيئة الخارجية وربط الموقع بشبكتي الغاز والصرف الصحي، "
            "وهي أشغال لا تدخل في صلاحيات الوكالة",
            _KACEMI,
            _KACEMI_ROLE,
            aliases=("قاسمي",),
        ),
        q(
            "ستنطلق قبل نهاية الثلاثي الأول من السنة الجارية",
            _KACEMI,
            _KACEMI_ROLE,
            aliases=("قاسمي",),
        ),
        q(
            "راسلنا الوالي ومديرية الطاقة، والأمور تسير في الاتجاه الصحيح",
            _KACEMI,
            _KACEMI_ROLE,
            aliases=("قاسمي",),
        ),
        q(
            "أكثر من 40 ألف وحدة من صيغة عدل ستوزع عبر الوطن خلال السداسي الأول من 2026",
            _HOUSING_MIN,
            None,
            "2025-12-28",
        ),
        q("غير المقبول", _BOUABDELLI, _BOUABDELLI_ROLE, optional=True),
        q(
            "وجهت سؤالا كتابيا إلى وزير السكن في نوفمبر الماضي، وما زلت أنتظر الرد مثل "
            "هؤلاء المواطنين تماما",
            _BOUABDELLI,
            _BOUABDELLI_ROLE,
        ),
        q(
            "سنأتي كل أسبوع، ولن نتعب قبل أن يتعبوا هم",
            _MEZIANE,
            _MEZIANE_ROLE,
            aliases=("مزيان",),
        ),
    ],
    "f20_ennahar_algiers_cables_scraped": [
        q(
            "الجماعات الارهابية في شمال مالي تتغذي من اموال الفديات اكثر مما تتغذي من الايديولوجيا",
            _SAADAOUI,
            _SAADAOUI_ROLE,
            "2008-12-16",
            aliases=("سعداوي",),
        ),
        q(
            "كل فدية تدفع هي رصاصة اضافية في بنادق القاعدة",
            _SAADAOUI,
            _SAADAOUI_ROLE,
            "2008-12-16",
            aliases=("سعداوي",),
        ),
        q(
            "الضغط علي حلفائها الاوروبيين",
            _SAADAOUI,
            _SAADAOUI_ROLE,
            "2008-12-16",
            aliases=("سعداوي",),
            optional=True,
        ),
        q(
            "يعتبرون الساحل حديقتهم الخلفية، ولا يرحبون باي طرف ثالث فيها مهما كانت نواياه",
            _WILKINS,
            _WILKINS_ROLE,
            "2008-12-16",
            aliases=("ويلكنز",),
        ),
        q(
            "الجيش المالي غير قادر علي الصمود يوما واحدا امام مقاتلي القاعدة اذا قرروا الزحف جنوبا",
            _DZ_OFFICER,
            None,
            "2009-07",
            aliases=("الضابط نفسه",),
        ),
        q(
            "نحن نعرف كل المسالك في الصحراء، لكننا لن نعبر الحدود، هذا خط احمر في عقيدتنا العسكرية",
            _DZ_OFFICER,
            None,
            "2009-07",
            aliases=("الضابط نفسه",),
        ),
        q(
            "الجزائر والساحل: شريك حذر ومتطلب",
            _US_ALGIERS,
            None,
            "2010-02-09",
            aliases=("البرقية الثالثة",),
            optional=True,
        ),
        q(
            'لن تقبل ان تلعب دور "دركي الساحل" لحساب اي كان، لا لحساب باريس ولا لحساب واشنطن',
            _SAADAOUI,
            _SAADAOUI_ROLE,
            "2010-02-09",
            aliases=("سعداوي",),
        ),
        q(
            "دركي الساحل",
            _SAADAOUI,
            _SAADAOUI_ROLE,
            "2010-02-09",
            aliases=("سعداوي",),
            optional=True,
        ),
        q(
            "ثابت رغم تغير الظروف، لكنه يترك الباب مفتوحا لتعاون استخباراتي بعيد عن الاضواء",
            _US_ALGIERS,
            None,
            "2010-02-09",
            aliases=("السفارة",),
        ),
        q(
            "المستثمرين الاجانب يصطدمون بالبيروقراطية قبل ان يصطدموا بالقانون",
            _DZ_BUSINESSMAN,
            None,
            "2009-08",
        ),
        q("ستبعد الامريكيين قبل غيرهم", _DZ_BUSINESSMAN, None, "2009-08"),
        q(
            "ما ورد فيها ليس سرا، الجزائر قالت هذا الكلام علنا في كل المحافل الاقليمية والدولية",
            _BENCHEIKH,
            _BENCHEIKH_ROLE,
            aliases=("بن شيخ",),
        ),
        q(
            "الفرق الوحيد ان الامريكيين كانوا يسمعون ويدونون، ثم يفعلون عكس ما نصحناهم "
            "به، وليبيا خير دليل",
            _BENCHEIKH,
            _BENCHEIKH_ROLE,
            aliases=("بن شيخ",),
        ),
    ],
    "f20_massae_casablanca_court": [
        q(
            "لم أختلس درهما واحدا",
            _OUARDIGHI,
            _OUARDIGHI_ROLE,
            aliases=_OUARDIGHI_ALIASES,
            optional=True,
        ),
        q(
            "هل وقعت على هذه الوثيقة وأنت تعرف أن الورش متوقف؟",
            _PRESIDING,
            aliases=("القاضي",),
        ),
        q(
            "وقعت لأنني كنت أثق في المصالح التقنية، ولم يكن لدي الوقت للنزول إلى الورش كل يوم",
            _OUARDIGHI,
            _OUARDIGHI_ROLE,
            aliases=_OUARDIGHI_ALIASES,
        ),
        q(
            "لم أختلس درهما واحدا، وكل الصفقات مرت عبر لجنة فتح الأظرفة بحضور ممثل السلطة المحلية",
            _OUARDIGHI,
            _OUARDIGHI_ROLE,
            aliases=_OUARDIGHI_ALIASES,
        ),
        q(
            "المهندس البلدي هو من كان يعد الكشوفات ويرفعها إلي للتوقيع",
            _OUARDIGHI,
            _OUARDIGHI_ROLE,
            "2024-07-17",
            aliases=_OUARDIGHI_ALIASES,
        ),
        q(
            "الرئيس كان يتدخل في كل صغيرة وكبيرة، حتى في اختيار نوع الزليج",
            _SERGHINI,
            _SERGHINI_ROLE,
            aliases=("السرغيني",),
        ),
        q(
            "كنت أكتب الملاحظات في التقارير، وكانت تختفي قبل أن تصل إلى المجلس",
            _SERGHINI,
            _SERGHINI_ROLE,
            aliases=("السرغيني",),
        ),
        q("يختزل كل أعطاب التدبير المحلي", _PROSECUTOR),
        q(
            "الجماعة أدت مستحقات أشغال لم تنجز أصلا، دون أي تحفظ من الآمر بالصرف",
            _AUDIT_COURT,
            None,
            "2023-09",
            aliases=("تقرير المجلس الأعلى للحسابات",),
        ),
        q(
            "بأقصى العقوبات المنصوص عليها في الفصل 241 من القانون الجنائي",
            _PROSECUTOR,
            optional=True,
        ),
        q(
            "المسؤولية الجنائية شخصية، ولا يمكن أن يحاسب رئيس جماعة على أخطاء موظفين "
            "يتقاضون أجورهم من الدولة",
            _TAHIRI,
            _TAHIRI_ROLE,
            aliases=("الطاهري",),
        ),
        q(
            "أين هي الأموال التي يقال إن موكلي اختلسها؟ هل وجدتم حسابا بنكيا أو عقارا باسمه؟",
            _TAHIRI,
            _TAHIRI_ROLE,
            aliases=("الطاهري",),
        ),
        q(
            "هذه المحاكمة اختبار حقيقي لشعار ربط المسؤولية بالمحاسبة، والرأي العام المحلي "
            "ينتظر الحكم",
            _BAKKALI,
            _BAKKALI_ROLE,
        ),
    ],
    "f20_hespress_rabat_border_cables": [
        q(
            "الحدود المغلقة تكلف البلدين نقطتين من النمو كل سنة، والخاسر الأكبر هو الشباب "
            "في الجهة الشرقية",
            _MA_OFFICIAL,
            None,
            "2008-12",
            aliases=("المسؤول ذاته",),
        ),
        q(
            "مستعدة لفتح الحدود غدا دون شروط مسبقة",
            _MA_OFFICIAL,
            None,
            "2008-12",
            aliases=("المسؤول ذاته",),
        ),
        q(
            "الكرة في ملعب الجزائر منذ 1994",
            _MA_OFFICIAL,
            None,
            "2008-12",
            aliases=("المسؤول ذاته",),
        ),
        q(
            "يبدو الموقف المغربي متسقا في العلن، لكن محاورينا لا يخفون أن إغلاق الحدود "
            "يخدم أيضا مصالح بعض شبكات التهريب على الجانبين",
            _REDFORD,
            _REDFORD_ROLE,
            "2008-12",
            aliases=("ريدفورد",),
        ),
        q(
            "نصف اقتصاد المدينة يعيش على ما يدخل من الجزائر عبر الشريط الحدودي، من "
            "البنزين إلى الأدوية",
            _OUJDA_BUSINESSMAN,
            None,
            "2009-09-02",
            aliases=("رجل الأعمال نفسه",),
        ),
        q(
            "وجدة: مدينة تعيش على الجانب الآخر من الحدود",
            "دبلوماسي أمريكي",
            None,
            "2009-09-02",
            aliases=("البرقية",),
            optional=True,
        ),
        q(
            "إذا فتحت الحدود رسميا سيخسر المهربون، لكن ستربح وجدة كلها",
            _OUJDA_BUSINESSMAN,
            None,
            "2009-09-02",
            aliases=("رجل الأعمال نفسه",),
        ),
        q(
            "لا يحمل جديدا على مستوى المواقف الرسمية",
            _ZIANI,
            _ZIANI_ROLE,
            aliases=("الزياني",),
        ),
        q(
            "لكنه يبين أن الدبلوماسيين الأمريكيين كانوا يفهمون الكلفة الاقتصادية للإغلاق "
            "أفضل من بعض صناع القرار في المنطقة",
            _ZIANI,
            _ZIANI_ROLE,
            aliases=("الزياني",),
        ),
        q(
            "الغريب أن الأرقام التي كانت تتداول في 2009 هي نفسها التي نسمعها اليوم، وكأن "
            "الزمن توقف عند معبر زوج بغال",
            _ZIANI,
            _ZIANI_ROLE,
            aliases=("الزياني",),
        ),
        q("الوثائق المسربة لا تلزم إلا من كتبها", _MA_SOURCE),
        q(
            "عبر عن موقفه من مسألة الحدود في أكثر من خطاب رسمي، ولا يحتاج إلى برقيات أجنبية لشرحه",
            _MA_SOURCE,
        ),
    ],
    "f20_alwasat_derna_interview": [
        q(
            "نبني في سباق مع الشتاء",
            _BOUKHATWA,
            _BOUKHATWA_ROLE,
            aliases=("بوخطوة",),
            optional=True,
        ),
        q(
            "تجاوزت مرحلة الصدمة، لكنها لم تدخل بعد مرحلة التعافي",
            _BOUKHATWA,
            _BOUKHATWA_ROLE,
            aliases=("بوخطوة",),
        ),
        q(
            "ما زالت هناك عائلات تعيش في بيوت مستأجرة في البيضاء وطبرق، وهذه مسؤوليتنا "
            "قبل أي شيء آخر",
            _BOUKHATWA,
            _BOUKHATWA_ROLE,
            aliases=("بوخطوة",),
        ),
        q(
            "أنجزنا حتى الآن 1200 وحدة سكنية من أصل 3500 في المرحلة الأولى، والباقي سيسلم "
            "قبل الصيف المقبل إذا لم تتوقف المخصصات. نحن نبني في سباق مع الشتاء، لأن كل "
            "موسم أمطار يعيد المخاوف نفسها",
            _BOUKHATWA,
            _BOUKHATWA_ROLE,
            aliases=("بوخطوة",),
        ),
        q(
            "كل العقود منشورة، ومن لديه دليل على فساد فليتقدم به إلى النائب العام",
            _BOUKHATWA,
            _BOUKHATWA_ROLE,
            aliases=("بوخطوة",),
        ),
        q(
            "أنا لا أقول إننا لم نخطئ. أخطأنا في التنسيق مع البلديات الصغيرة المحيطة "
            "بالمدينة، وتأخرنا في إشراك أهلها",
            _BOUKHATWA,
            _BOUKHATWA_ROLE,
            aliases=("بوخطوة",),
        ),
        q(
            "غياب جهة موحدة لإدارة الأموال قد يبطئ التعافي لسنوات",
            _WORLD_BANK,
            None,
            "2024-01",
            aliases=_WORLD_BANK_ALIASES,
        ),
        q(
            "التقرير كان محقا حينها. اليوم لدينا صندوق واحد وحساب واحد، وهذا ما طالبنا به "
            "منذ اليوم الأول",
            _BOUKHATWA,
            _BOUKHATWA_ROLE,
            aliases=("بوخطوة",),
        ),
        q(
            'قالت لي امرأة فقدت أبناءها الأربعة: "لا أريد بيتا جديدا، أريد أن أعرف أين '
            'دفنوا". منذ ذلك اليوم أدركت أن الإعمار ليس إسمنتا فقط',
            _BOUKHATWA,
            _BOUKHATWA_ROLE,
            aliases=("بوخطوة",),
        ),
        q(
            "لا أريد بيتا جديدا، أريد أن أعرف أين دفنوا",
            "امرأة فقدت أبناءها الأربعة",
            optional=True,
        ),
        q(
            "الطرق جديدة والجسور جديدة، لكن أين الناس؟ نصف زبائني رحلوا إلى بنغازي ولن يعودوا",
            _SHALWI,
            _SHALWI_ROLE,
            aliases=("الشلوي",),
        ),
        q(
            "المدينة تحتاج إلى وظائف قبل البيوت، فالشباب الذين بقوا هنا لا يجدون عملا خارج "
            "ورش البناء",
            _NEIGHBOUR,
            aliases=("جاره",),
        ),
        q(
            "درنة مدينة عنيدة. غرقت مرة في 1959 ثم مرة أخرى في 2023، وفي كل مرة تعود. هذه "
            "المرة نريدها أن تعود أفضل مما كانت",
            _BOUKHATWA,
            _BOUKHATWA_ROLE,
            aliases=("بوخطوة",),
        ),
    ],
    "f20_alakhbar_nouadhibou_fishing_scraped": [
        q(
            "القرار اتخذ في المكاتب المكيفة بانواكشوط دون استشارة من يعيشون من البحر",
            _OULD_IBRAHIM,
            _OULD_IBRAHIM_ROLE,
            "2026-01-13",
            aliases=("ولد ابراهيم",),
        ),
        q(
            "اكثر من ثلاثين الف اسرة ستتضرر بشكل مباشر",
            _OULD_IBRAHIM,
            _OULD_IBRAHIM_ROLE,
            "2026-01-13",
            aliases=("ولد ابراهيم",),
        ),
        q(
            "لسنا ضد حماية الثروة السمكية، نحن اول من يدفع ثمن تدهورها، لكن العبء يجب ان "
            "يقسم بالعدل بين الصيد التقليدي والسفن الاجنبية",
            _OULD_IBRAHIM,
            _OULD_IBRAHIM_ROLE,
            "2026-01-13",
            aliases=("ولد ابراهيم",),
        ),
        q(
            "لم تعد تكفي لتغطية ثمن الوقود",
            _OULD_AHMEDOU,
            _OULD_AHMEDOU_ROLE,
            "2026-01-13",
            aliases=("ولد احمدو",),
        ),
        q(
            "اخرج الي البحر ثلاثة ايام لاعود بما لا يسدد دين الحانوت، فكيف ساطعم اولادي؟",
            _OULD_AHMEDOU,
            _OULD_AHMEDOU_ROLE,
            "2026-01-13",
            aliases=("ولد احمدو",),
        ),
        q(
            "المخزون الوطني من الاخطبوط وصل الي مستويات حرجة حسب اخر تقييم للمعهد "
            "الموريتاني لبحوث المحيطات والصيد",
            _OULD_SIDI,
            _OULD_SIDI_ROLE,
            "2026-01-12",
            aliases=("الوزير", "ولد سيدي"),
        ),
        q(
            "اجراء مؤقت سيراجع مع نهاية الموسم اذا تحسنت المؤشرات",
            _OULD_SIDI,
            _OULD_SIDI_ROLE,
            "2026-01-12",
            aliases=("الوزير", "ولد سيدي"),
        ),
        q(
            "نحن مسؤولون امام الاجيال القادمة ولن نسمح بتكرار ما حدث في دول الجوار",
            _OULD_SIDI,
            _OULD_SIDI_ROLE,
            "2026-01-12",
            aliases=("الوزير", "ولد سيدي"),
        ),
        q(
            "نشر الاتفاقيات الموقعة مع الاساطيل الاجنبيه كاملة",
            _OULD_DAH,
            _OULD_DAH_ROLE,
            optional=True,
        ),
        q(
            "البحار الموريتاني يدفع ثمن اتفاقيات لا يعرف عنها شيئا، بينما تعود السفن "
            "الاجنبية محملة الي موانئها",
            _OULD_DAH,
            _OULD_DAH_ROLE,
        ),
        q(
            "اضراب شامل في موانئ الشمال ابتداء من الاثنين المقبل اذا لم تتراجع الوزارة",
            _SEAMEN_UNION,
            aliases=("البيان",),
            optional=True,
        ),
        q(
            "صمت الوزارة امام مطالب البحارة لن يزيد الوضع الا احتقانا، والمسؤولية تقع علي "
            "من اتخذ القرار",
            _SEAMEN_UNION,
            aliases=("البيان",),
        ),
    ],
    "f20_realites_tunis_budget_oped": [
        q(
            "هذه ميزانية سيادية لا تخضع لإملاءات أحد، وقد أعددناها بسواعد تونسية",
            _BENFARAJ,
            _BENFARAJ_ROLE,
            "2025-12-05",
            aliases=("بن فرج",),
        ),
        q(
            "لن نلجأ إلى صندوق النقد الدولي، ولدينا من الموارد الذاتية ما يكفي لتمويل الدولة",
            _BENFARAJ,
            _BENFARAJ_ROLE,
            "2025-12-05",
            aliases=("بن فرج",),
        ),
        q(
            "السيادة لا تعني أن نقترض من البنك المركزي كل سنة ثم نسمي ذلك اعتمادا على الذات",
            _MESSAOUDI,
            _MESSAOUDI_ROLE,
            "2025-12-05",
            aliases=("المسعودي",),
        ),
        q(
            "نريد أن نعرف من سيدفع الفاتورة بعد خمس سنوات",
            _MESSAOUDI,
            _MESSAOUDI_ROLE,
            "2025-12-05",
            aliases=("المسعودي",),
        ),
        q("ميزانية الصمود", "الحكومة", optional=True),
        q(
            "الدين العمومي يسير في مسار يصعب الحفاظ عليه على المدى المتوسط دون إصلاحات "
            "هيكلية عميقة",
            "صندوق النقد الدولي",
            None,
            "2025-04",
        ),
        q("نحن نطبع النقود بطريقة مهذبة، لا أكثر", _BCT_CADRE),
        q("لا يمكن أن يتحول إلى قاعدة دون أن ندفع ثمنه تضخما", _BCT_CADRE),
        q(
            "المشكل ليس في حجم الدين، بل في أننا نقترض لدفع الأجور لا للاستثمار",
            _JELASSI,
            _JELASSI_ROLE,
            aliases=("الجلاصي",),
        ),
        q(
            "انشغاله العميق بتآكل المقدرة الشرائية للأجراء",
            _UGTT,
            None,
            "2025-12-09",
            optional=True,
        ),
        q(
            "فتح مفاوضات اجتماعية جدية قبل المصادقة النهائية على النص",
            _UGTT,
            None,
            "2025-12-09",
            optional=True,
        ),
    ],
}

BATCHES = {
    "F20": [
        "f20_elkhabar_oran_housing",
        "f20_ennahar_algiers_cables_scraped",
        "f20_massae_casablanca_court",
        "f20_hespress_rabat_border_cables",
        "f20_alwasat_derna_interview",
        "f20_alakhbar_nouadhibou_fishing_scraped",
        "f20_realites_tunis_budget_oped",
    ],
}

BLIND_ARTICLES_25 = {name: (_read(name), gold) for name, gold in GOLD.items()}
