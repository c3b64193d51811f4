"""Fresh-author held-out set F10: eight Maghrebi articles (Tunisian, Algerian,
Moroccan outlets and one story on leaked US cables), written as a journalist
would and annotated by hand, with the gold below committed before the engine
was run on any of them (format of ../shared/gold; offsets computed by
``articles.gold_with_offsets``). All persons quoted are invented; the cable
references are plausible but made up.

- Al-Sarih Online sit-in story (Gafsa): ``«…»`` marks, a spokesman dated
  ``يوم الاثنين 1 ديسمبر 2025`` with a bare ``وأضاف:``, a company's regional
  director (``المهندس`` as an honorific) with ``أكد أن «…»، مشيرا إلى أن
  «…»`` and ``وتابع البوزيدي:``, a union's ``بيان`` of ``يوم الأحد 30 نوفمبر
  2025`` (``دعا … إلى «…»``, ``واعتبر البيان أن «…»``, ``محملا «…»
  مسؤولية``), the governor on ``يوم الثلاثاء 2 ديسمبر 2025`` with an
  unmarked quote after ``قائلا:``, a worker named by first name only;
  the outlet and the programme ``«الآلية 16»`` in marks.
- Jawhara FM weather story (Sousse): ``"…"`` marks, ``اليوم الأربعاء 3
  ديسمبر 2025`` in the lead fixing ``اليوم``/``صباح اليوم``, a regional
  delegate (``بأن "…"، مضيفا أن "…"``), a civil-protection head (``العقيد``
  as an honorific) with ``إن وحداته "…"``, the met institute's bulletin
  (``جاء فيها أن "…"``), a resident in Tunisian colloquial with ``وتابعت:``,
  the mayor's unmarked quote after ``قائلا:``, a project in marks.
- Al-Maghreb budget debate (Tunis parliament, ``يوم الجمعة 28 نوفمبر
  2025``): ``«…»`` marks, the finance minister with ``وتابعت الحمروني:`` and
  later called ``الوزيرة``, a committee report read by its rapporteur, an
  MP's question, ``«…»، قالت النائبة X، عضو لجنة المالية``, an economist
  (undated) with ``ويقول … لـ«المغرب» إن`` and ``ويضيف:``, a bloc, the
  outlet and a nickname of an article (``«فصل المهن الحرة»``) in marks.
- Echorouk milk shortage (Blida): ``"…"`` marks, a minister on ``يوم الأحد
  30 نوفمبر 2025`` then ``وأضاف الوزير:``, a wilaya director (``أن مصالحه
  "…"``), a federation head (``الحاج`` as an honorific) with ``"…"، يقول
  مزياني، قبل أن يضيف: "…"``, an anonymous source of a public company
  (company in marks), an old man in Algerian Darja after ``قائلا:``
  (``عمي`` as an honorific), an association's demand ``بـ"…"``.
- El Bilad party story: dateline ``الجزائر - البلاد، السبت 6 ديسمبر 2025``
  fixing ``أمس`` and ``مساء أمس``; a headline ``رئيس "…": "…"``, a party
  leader (``مؤكدا أن الحزب "…"``, ``وتابع:``), the election authority's
  statement, the party's secretary general, a political scientist
  (``الدكتور`` as an honorific, undated); party, document and outlet names in
  marks.
- Hespress earthquake protest (Al Haouz, ``صباح الخميس 4 دجنبر 2025``):
  ``“…”`` marks, a headline ``ومصدر مسؤول: “…”``, one-word slogans after
  ``تندد بـ``, a coordinator of a ``“تنسيقية …”`` with ``وأضاف أيت بلعيد:``
  and a closing unmarked quote after ``قائلا:``, a widow, an anonymous
  official source, an MP's written question, an observatory's report of
  ``أكتوبر 2025``, a programme in marks.
- Al-Yaoum 24 pharmacists' strike, scraped web text: one block, hamza
  dropped, sentences run on without a full stop; ``"…"`` marks, a
  two-word fragment after ``بـ``, a confederation head with ``واضاف الوردي
  ان`` and ``وتابع "…"`` without a colon, a pharmacist (``ان عددا من زملائه
  "…"``), an anonymous ministry source, the minister before parliament on
  ``يوم الاثنين 8 دجنبر 2025``, a patients' association head with an
  unmarked quote after ``قائلا:``, a decree's nickname in marks.
- Maghrebi WikiLeaks story on the 2008 Redeyef events, scraped web text in
  the manner of seeds/wikileaks-aqim-cables.ar.txt: 08TUNIS712 of ``18
  جويلية 2008`` (``"سري"`` as a label, a subject line ``تحت عنوان "…"``,
  ``وجاء في برقية … ان "…"``, the ambassador, a businessman and an interior
  official relayed by the cable, an unmarked quote after ``قائلا:``),
  09TUNIS418 of ``12 جوان 2009`` (the ambassador, a European diplomat
  relayed), 10TUNIS98 of ``فيفري 2010`` without a day (the embassy, a
  two-word fragment), and reactions today (no date).

Conventions as in articles_blind9 (set F4): a relative date (``أمس``,
``اليوم``) is resolved only when the dateline or the lead gives the date
(El Bilad, Jawhara FM); a date given for an event (a visit, a session, a
protest, a statement) dates its quotes and the follow-ups of the same
account; statements given without a date (a source, an expert, an MP's
written question) get none; a cable's quotes, including those of third
persons it relays and the follow-ups of the same account, take the cable's
date (month precision when the article gives no day); reactions to the
leaks get no date; a cable's body quoted without an author belongs to the
embassy (the ambassador as an alias); a predicate in marks after ``أن X``
belongs to the outer speaker (``إن وحداته "…"``, ``أن الحزب "…"``); nominal
objects after ``إلى``/``بـ``/``من`` (``دعا … إلى «…»``, ``طالبت … بـ"…"``,
``تندد بـ“…”``), object fragments (``محملا «…» مسؤولية``), two-word
fragments, headlines of the form ``X: …`` and a cable's subject line are
optional; an unmarked quote after ``قائلا:`` is scored without its final full
stop; a question asked by an MP is scored; names of parties, blocs,
programmes, projects, companies, outlets, documents, decrees and one-word
labels in marks (``"سري"``) are not quotations; a role is the title chunk or
the apposition, whichever is fuller, without honorifics (``المهندس``,
``العقيد``, ``الحاج``, ``الدكتور``, ``عمي``), which are not part of the
name."""

from __future__ import annotations

from tests.extraction.articles_blind import _read, q

# Al-Sarih Online
_GHARSALLI = "الحبيب الغرسلي"
_GHARSALLI_ROLE = "الناطق باسم المعتصمين"
_BOUZIDI = "منير البوزيدي"
_BOUZIDI_ROLE = "المدير الجهوي لشركة فسفاط قفصة بالحوض المنجمي"
_UGTT_GAFSA = "الاتحاد الجهوي للشغل بقفصة"
_TRABELSI = "سامي الطرابلسي"
_TRABELSI_ROLE = "والي قفصة"
_OMAR = "عمر"
_OMAR_ROLE = "عامل حضائر منذ 14 سنة"
# Jawhara FM
_AYARI = "كمال العياري"
_AYARI_ROLE = "المندوب الجهوي للتربية بسوسة"
_CHEBBI = "لطفي الشابي"
_CHEBBI_ROLE = "رئيس الإدارة الجهوية للحماية المدنية بسوسة"
_INM = "المعهد الوطني للرصد الجوي"
_SONIA = "سنية"
_SONIA_ROLE = "من متساكني حي الرياض"
_MEKNI = "رضا المكني"
_MEKNI_ROLE = "رئيس النيابة الخصوصية لبلدية سوسة"
# Al-Maghreb
_HAMROUNI = "سلوى الحمروني"
_HAMROUNI_ROLE = "وزيرة المالية"
_FIN_COMMITTEE = "لجنة المالية والميزانية"
_DRIDI = "منصف الدريدي"
_DRIDI_ROLE = "النائب عن كتلة لينتصر الشعب"
_SAHLI = "فاطمة الساحلي"
_SAHLI_ROLE = "النائبة عضو لجنة المالية"
_BENHMIDA = "رضا بن حميدة"
_BENHMIDA_ROLE = "الخبير الاقتصادي"
# Echorouk
_AISSAOUI = "مراد عيساوي"
_AISSAOUI_ROLE = "وزير التجارة الداخلية وضبط السوق الوطنية"
_BELKACEMI = "سفيان بلقاسمي"
_BELKACEMI_ROLE = "مدير التجارة لولاية البليدة"
_MEZIANI = "عبد القادر مزياني"
_MEZIANI_ROLE = "رئيس الفدرالية الوطنية لمربي الأبقار"
_GIPLAIT_SOURCE = "مصدر من مجمع جيبلي العمومي"
_SAID = "السعيد"
_SAID_ROLE = "متقاعد في السبعين من عمره"
_APOCE = "المنظمة الجزائرية لحماية وإرشاد المستهلك"
# El Bilad
_GUERGAH = "عبد الحميد قرقاح"
_GUERGAH_ROLE = "رئيس جبهة الوفاء الوطني"
_ANIE = "السلطة الوطنية المستقلة للانتخابات"
_SAADAOUI = "نور الدين سعداوي"
_SAADAOUI_ROLE = "الأمين العام للحزب"
_HAMMADI = "مصطفى حمادي"
_HAMMADI_ROLE = "أستاذ العلوم السياسية بجامعة الجزائر 3"
# Hespress
_HAOUZ_SOURCE = "مصدر مسؤول بعمالة إقليم الحوز"
_PROTESTERS = "متضررو زلزال الحوز"
_AITBELAID = "محمد أيت بلعيد"
_AITBELAID_ROLE = "منسق تنسيقية ضحايا زلزال الحوز"
_FATIMA = "فاطمة"
_FATIMA_ROLE = "أرملة في الخمسينات من دوار تكاديرت"
_KETTANI = "سعاد الكتاني"
_KETTANI_ROLE = "النائبة البرلمانية عن فريق التقدم والاشتراكية"
_OMPP = "المرصد المغربي للسياسات العمومية"
# Al-Yaoum 24
_CNSPM = "الكونفدرالية الوطنية لنقابات صيادلة المغرب"
_OUARDI = "عبد اللطيف الوردي"
_OUARDI_ROLE = "رئيس الكونفدرالية"
_SAMIR = "سمير"
_SAMIR_ROLE = "صيدلي بحي سيدي مومن بالدار البيضاء"
_HEALTH_SOURCE = "مصدر من وزارة الصحة والحماية الاجتماعية"
_BENAMAR = "عادل بنعمر"
_BENAMAR_ROLE = "وزير الصحة والحماية الاجتماعية"
_ZEMMOURI = "حسن الزموري"
_ZEMMOURI_ROLE = "رئيس الجمعية المغربية لحقوق المرضى"
# WikiLeaks / Redeyef
_US_TUNIS = "السفارة الامريكية بتونس"
_HARRISON = "دانيال هاريسون"
_HARRISON_ROLE = "السفير الامريكي"
_GAFSA_BUSINESSMAN = "رجل اعمال تونسي من قفصة"
_INTERIOR_OFFICIAL = "مسؤول في وزارة الداخلية"
_EU_DIPLOMAT = "دبلوماسي اوروبي في تونس"
_AMRI = "بشير العمري"
_AMRI_ROLE = "النقابي السابق بالرديف"
_FERJANI = "نور الدين الفرجاني"
_FERJANI_ROLE = "المؤرخ والباحث في الحركات الاجتماعية"

_EMBASSY_ALIASES = (_HARRISON, "هاريسون", "السفارة", "البرقية")

GOLD = {
    # --- F10: fresh-author held-out set, Maghrebi outlets -------------------------
    "f10_assarih_gafsa_sitin": [
        q(
            "المعتصمين لن يغادروا المكان قبل أن تفي الحكومة بتعهداتها المتعلقة بتسوية وضعية "
            "عمال شركات البيئة والغراسات",
            _GHARSALLI,
            _GHARSALLI_ROLE,
            "2025-12-01",
            aliases=("الغرسلي",),
        ),
        # bare وأضاف:
        q(
            "لقد سئمنا الوعود، ففي كل مرة يأتي مسؤول ويعدنا ثم يختفي، وأبناؤنا ينتظرون منذ 2011",
            _GHARSALLI,
            _GHARSALLI_ROLE,
            "2025-12-01",
            aliases=("الغرسلي",),
        ),
        q(
            "الخسائر اليومية تقدر بأكثر من ثلاثة ملايين دينار",
            _BOUZIDI,
            _BOUZIDI_ROLE,
            aliases=("البوزيدي",),
        ),
        q(
            "الشركة ليست الطرف المخول بالانتداب، وقد بلغت طاقتها القصوى في الاستيعاب",
            _BOUZIDI,
            _BOUZIDI_ROLE,
            aliases=("البوزيدي",),
        ),
        q(
            "نحن نتفهم مطالب الشباب، لكن إيقاف الإنتاج يضر بالجهة قبل غيرها، ولا يمكن أن نواصل "
            "بهذا النسق إلى ما لا نهاية",
            _BOUZIDI,
            _BOUZIDI_ROLE,
            aliases=("البوزيدي",),
        ),
        # nominal object after دعا … إلى
        q(
            "فتح حوار جدي ومسؤول مع المعتصمين",
            _UGTT_GAFSA,
            None,
            "2025-11-30",
            aliases=("الاتحاد", "البيان"),
            optional=True,
        ),
        q(
            "تواصل سياسة التسويف من شأنه أن يدفع الجهة نحو مزيد من الاحتقان",
            _UGTT_GAFSA,
            None,
            "2025-11-30",
            aliases=("الاتحاد", "البيان"),
        ),
        # object fragment (محملا «…» مسؤولية)
        q(
            "السلط الجهوية والمركزية",
            _UGTT_GAFSA,
            None,
            "2025-11-30",
            aliases=("الاتحاد", "البيان"),
            optional=True,
        ),
        q(
            "ملف عمال الحضائر سيعرض على أنظار مجلس وزاري مضيق قبل نهاية الشهر الجاري",
            _TRABELSI,
            _TRABELSI_ROLE,
            "2025-12-02",
            aliases=("الطرابلسي", "الوالي"),
        ),
        # nominal object after داعيا … إلى
        q(
            "تغليب المصلحة العامة وإعادة فتح الطريق أمام القطارات",
            _TRABELSI,
            _TRABELSI_ROLE,
            "2025-12-02",
            aliases=("الطرابلسي", "الوالي"),
            optional=True,
        ),
        # unmarked after قائلا:
        q(
            "الدولة لن تتخلى عن أبنائها في الحوض المنجمي، لكن الحلول لا تأتي بغلق مواقع الإنتاج",
            _TRABELSI,
            _TRABELSI_ROLE,
            "2025-12-02",
            aliases=("الطرابلسي", "الوالي"),
        ),
        q(
            "أتقاضى 450 دينارا في الشهر، ولا تغطية اجتماعية لي ولا لعائلتي، فهل هذه حياة؟",
            _OMAR,
            _OMAR_ROLE,
        ),
    ],
    "f10_jawharafm_sousse_rain": [
        q(
            "القرار اتخذ حفاظا على سلامة التلاميذ والإطار التربوي، بعد تسرب المياه إلى عدد من "
            "الأقسام",
            _AYARI,
            _AYARI_ROLE,
            "2025-12-03",
            aliases=("العياري",),
        ),
        q(
            "الدروس ستستأنف بصفة عادية غدا الخميس ما لم تصدر نشرة إنذار جديدة",
            _AYARI,
            _AYARI_ROLE,
            "2025-12-03",
            aliases=("العياري",),
        ),
        # predicate after إن وحداته
        q(
            "تدخلت في 37 مناسبة منذ الساعة الثانية فجرا، أغلبها لشفط المياه من المنازل وإجلاء "
            "عائلات في حي الرياض",
            _CHEBBI,
            _CHEBBI_ROLE,
            "2025-12-03",
            aliases=("الشابي",),
        ),
        q(
            "ندعو المواطنين إلى تجنب عبور الأودية والقناطر المغمورة بالمياه، وعدم المجازفة مهما "
            "كانت الأسباب",
            _CHEBBI,
            _CHEBBI_ROLE,
            "2025-12-03",
            aliases=("الشابي",),
        ),
        q(
            "كميات الأمطار المسجلة تراوحت بين 60 و95 مليمترا، وقد تتواصل الأمطار بأكثر حدة ليل "
            "الأربعاء إلى الخميس",
            _INM,
            None,
            "2025-12-03",
            aliases=("الرصد الجوي",),
        ),
        q(
            "الماء دخل إلى ديارنا للمرة الثالثة هذا العام، وما جاء حد لتنظيف قنوات التصريف",
            _SONIA,
            _SONIA_ROLE,
            "2025-12-03",
        ),
        q(
            "كل عام نفس المشكل ونفس الوعود",
            _SONIA,
            _SONIA_ROLE,
            "2025-12-03",
        ),
        # unmarked after قائلا:
        q(
            "لقد انطلقنا في تنظيف البالوعات منذ شهر سبتمبر، لكن حجم الأمطار فاق طاقة الشبكة في "
            "ظرف ساعتين",
            _MEKNI,
            _MEKNI_ROLE,
            "2025-12-03",
            aliases=("المكني",),
        ),
    ],
    "f10_almaghreb_budget_debate": [
        q(
            "الميزانية الجديدة هي ميزانية الدور الاجتماعي للدولة بامتياز",
            _HAMROUNI,
            _HAMROUNI_ROLE,
            "2025-11-28",
            aliases=("الحمروني", "الوزيرة"),
        ),
        q(
            "نسبة العجز ستنزل إلى حدود 5,5 بالمائة من الناتج المحلي الإجمالي دون اللجوء إلى "
            "صندوق النقد الدولي",
            _HAMROUNI,
            _HAMROUNI_ROLE,
            "2025-11-28",
            aliases=("الحمروني", "الوزيرة"),
        ),
        q(
            "لم نعد نقبل بالإملاءات، والتعويل على الذات خيار لا رجعة فيه",
            _HAMROUNI,
            _HAMROUNI_ROLE,
            "2025-11-28",
            aliases=("الحمروني", "الوزيرة"),
        ),
        # the committee's report, read out by its rapporteur
        q(
            "تقديرات النمو المعتمدة في حدود 3,2 بالمائة تبدو متفائلة قياسا بنسق الاستثمار الحالي",
            _FIN_COMMITTEE,
            None,
            "2025-11-28",
            aliases=("تقرير لجنة المالية والميزانية", "أنيس الزغلامي", "الزغلامي"),
        ),
        # an MP's question
        q(
            "كيف تتحدثون عن دولة اجتماعية والمواطن لا يجد الحليب والزيت المدعم في المحلات؟",
            _DRIDI,
            _DRIDI_ROLE,
            "2025-11-28",
            aliases=("الدريدي",),
        ),
        # «…»، قالت النائبة X
        q(
            "الفصل 47 من المشروع يثقل كاهل المهن الحرة ويدفع نحو الاقتصاد الموازي",
            _SAHLI,
            _SAHLI_ROLE,
            "2025-11-28",
            aliases=("الساحلي",),
        ),
        q(
            "الحكومة لم تقدم أي دراسة أثر لهذا الإجراء",
            _SAHLI,
            _SAHLI_ROLE,
            "2025-11-28",
            aliases=("الساحلي",),
        ),
        q(
            "الإشكال ليس في نسبة العجز بل في طريقة تمويله، فالاقتراض المباشر من البنك المركزي "
            "حل سهل لكنه مكلف على المدى المتوسط",
            _BENHMIDA,
            _BENHMIDA_ROLE,
            aliases=("بن حميدة",),
        ),
        q(
            "التضخم سيعود إلى الارتفاع إذا تواصل هذا التمشي، والمقدرة الشرائية هي التي ستدفع "
            "الثمن في النهاية",
            _BENHMIDA,
            _BENHMIDA_ROLE,
            aliases=("بن حميدة",),
        ),
        q(
            "الفصل 47 سيقع تعديله بالتشاور مع الهياكل المهنية، ولا نية للحكومة في إثقال كاهل "
            "أي فئة",
            _HAMROUNI,
            _HAMROUNI_ROLE,
            "2025-11-28",
            aliases=("الحمروني", "الوزيرة"),
        ),
    ],
    "f10_echorouk_milk_shortage": [
        q(
            "الاضطراب ظرفي ومرتبط بعملية إعادة تنظيم شبكة التوزيع، ولا يتعلق بنقص في مسحوق الحليب",
            _AISSAOUI,
            _AISSAOUI_ROLE,
            "2025-11-30",
            aliases=("عيساوي", "الوزير"),
        ),
        q(
            "لدينا مخزون يكفي لأكثر من أربعة أشهر، وقد أمرنا بتشديد الرقابة على الموزعين الذين "
            "يحولون الحليب المدعم نحو صناعة الأجبان والياغورت",
            _AISSAOUI,
            _AISSAOUI_ROLE,
            "2025-11-30",
            aliases=("عيساوي", "الوزير"),
        ),
        # predicate after أن مصالحه
        q(
            "حررت 46 محضر مخالفة خلال الأسبوع الماضي، وأحالت ثلاثة موزعين على العدالة",
            _BELKACEMI,
            _BELKACEMI_ROLE,
            aliases=("بلقاسمي",),
        ),
        # "…"، يقول مزياني
        q(
            "المربي يبيع اللتر للملبنات بأقل من سعر التكلفة، والعلف ارتفع سعره بأكثر من 30 "
            "بالمائة في سنة واحدة",
            _MEZIANI,
            _MEZIANI_ROLE,
            aliases=("مزياني",),
        ),
        q(
            "إذا لم تراجع الدولة سعر الدعم، فإن كثيرا من المربين سيتخلون عن النشاط",
            _MEZIANI,
            _MEZIANI_ROLE,
            aliases=("مزياني",),
        ),
        q(
            "عددا من الملبنات الخاصة قلصت إنتاجها إلى النصف بسبب تأخر تسديد مستحقات الدعم",
            _GIPLAIT_SOURCE,
        ),
        # unmarked after قائلا:, Darja
        q(
            "واش نديرو، نوقفو من الخمسة تاع الصباح باش نديو زوج شكاير، وساعات نرجعو بلا والو",
            _SAID,
            _SAID_ROLE,
        ),
        # nominal object after بـ
        q(
            "فتح تحقيق في مسارات توزيع الحليب المدعم",
            _APOCE,
            optional=True,
        ),
    ],
    "f10_elbilad_party_locals": [
        # headline of the form X: …
        q(
            "لن نكون ديكورا في المحليات المقبلة",
            _GUERGAH,
            _GUERGAH_ROLE,
            aliases=("قرقاح",),
            optional=True,
        ),
        # predicate after أن الحزب
        q(
            "لن يكون ديكورا في هذه الاستحقاقات، بل رقما صعبا في المعادلة السياسية",
            _GUERGAH,
            _GUERGAH_ROLE,
            "2025-12-05",
            aliases=("قرقاح",),
        ),
        q(
            "نحن مع الإصلاحات التي باشرها رئيس الجمهورية، لكننا نطالب بضمانات حقيقية لنزاهة "
            "العملية الانتخابية",
            _GUERGAH,
            _GUERGAH_ROLE,
            "2025-12-05",
            aliases=("قرقاح",),
        ),
        q(
            "السلطة المستقلة مطالبة بتطهير القوائم الانتخابية قبل أي موعد، لأن المواطن لن يثق في "
            "صندوق لا يثق في قوائمه",
            _GUERGAH,
            _GUERGAH_ROLE,
            "2025-12-05",
            aliases=("قرقاح",),
        ),
        q(
            "عملية المراجعة الاستثنائية للقوائم الانتخابية جرت وفق القانون وتحت رقابة ممثلي "
            "الأحزاب السياسية",
            _ANIE,
            None,
            "2025-12-05",
            aliases=("السلطة المستقلة",),
        ),
        q(
            "قرابة 60 بالمائة من مرشحي الحزب من فئة الشباب وخريجي الجامعات",
            _SAADAOUI,
            _SAADAOUI_ROLE,
            "2025-12-05",
            aliases=("سعداوي",),
        ),
        q(
            "حرصنا على أن تكون المرأة حاضرة في رؤوس القوائم وليس في ذيلها",
            _SAADAOUI,
            _SAADAOUI_ROLE,
            "2025-12-05",
            aliases=("سعداوي",),
        ),
        q(
            "الأحزاب الصغيرة تبحث عن التموقع أكثر مما تبحث عن الفوز",
            _HAMMADI,
            _HAMMADI_ROLE,
            aliases=("حمادي",),
        ),
        q(
            "نسبة المشاركة ستكون الرهان الأكبر للسلطة والأحزاب على حد سواء",
            _HAMMADI,
            _HAMMADI_ROLE,
            aliases=("حمادي",),
        ),
    ],
    "f10_hespress_haouz_protest": [
        # headline of the form X: …
        q(
            "عملية إعادة البناء تسير وفق البرنامج",
            _HAOUZ_SOURCE,
            aliases=("مصدر مسؤول",),
            optional=True,
        ),
        # one-word slogans after تندد بـ
        q(
            "الإقصاء",
            _PROTESTERS,
            None,
            "2025-12-04",
            optional=True,
        ),
        q(
            "التماطل",
            _PROTESTERS,
            None,
            "2025-12-04",
            optional=True,
        ),
        q(
            "مرت أزيد من سنتين على الزلزال، ولا تزال عشرات الأسر تقضي شتاءها الثالث تحت الخيام "
            "البلاستيكية",
            _AITBELAID,
            _AITBELAID_ROLE,
            "2025-12-04",
            aliases=("أيت بلعيد",),
        ),
        q(
            "توصلنا بالدفعة الأولى فقط، أي 20 ألف درهم، ومنذ ذلك الحين ونحن نتنقل بين الإدارات "
            "دون جواب",
            _AITBELAID,
            _AITBELAID_ROLE,
            "2025-12-04",
            aliases=("أيت بلعيد",),
        ),
        q(
            "الخيمة لا تقينا من البرد ولا من المطر، والأطفال مرضوا كلهم هذا الشهر",
            _FATIMA,
            _FATIMA_ROLE,
            "2025-12-04",
        ),
        q(
            "عملية إعادة البناء تسير وفق البرنامج المسطر",
            _HAOUZ_SOURCE,
            aliases=("مصدر مسؤول",),
        ),
        q(
            "أزيد من 90 في المائة من الأسر المستفيدة توصلت بالدفعات المستحقة، والحالات "
            "المتبقية تتعلق بملفات تعرف نزاعات حول الملكية أو أخطاء في المعطيات",
            _HAOUZ_SOURCE,
            aliases=("مصدر مسؤول",),
        ),
        # an MP's written question
        q(
            "ما هي التدابير التي ستتخذها الحكومة لإنهاء معاناة الأسر التي لا تزال تعيش تحت الخيام؟",
            _KETTANI,
            _KETTANI_ROLE,
            aliases=("الكتاني",),
        ),
        q(
            "تفاوتا كبيرا في وتيرة إعادة الإعمار بين الجماعات الجبلية والمراكز الحضرية",
            _OMPP,
            None,
            "2025-10",
            aliases=("المرصد",),
        ),
        # unmarked after قائلا:
        q(
            "لن نرفع الوقفات حتى يتوصل آخر متضرر بحقه كاملا",
            _AITBELAID,
            _AITBELAID_ROLE,
            "2025-12-04",
            aliases=("أيت بلعيد",),
        ),
    ],
    "f10_alyaoum24_pharmacists_strike": [
        # two-word fragment after بـ
        q(
            "الاقصاء الممنهج",
            _CNSPM,
            aliases=("الكونفدرالية",),
            optional=True,
        ),
        q(
            "وزارة الصحة تتخذ قرارات مصيرية تهم مستقبل اكثر من 12 الف صيدلية دون ان تكلف نفسها "
            "عناء استشارة المهنيين",
            _OUARDI,
            _OUARDI_ROLE,
            aliases=("الوردي",),
        ),
        q(
            "تخفيض هامش الربح في الادوية الرخيصة سيؤدي الى افلاس مئات الصيدليات في العالم القروي",
            _OUARDI,
            _OUARDI_ROLE,
            aliases=("الوردي",),
        ),
        # وتابع "…" without a colon
        q(
            "نحن لسنا ضد تخفيض الاثمنة، بل ضد ان يدفع الصيدلي وحده ثمن هذا التخفيض، بينما "
            "تحافظ المختبرات على ارباحها كاملة",
            _OUARDI,
            _OUARDI_ROLE,
            aliases=("الوردي",),
        ),
        q(
            "رقم معاملات صيدليته تراجع بحوالي 30 في المائة منذ بداية السنة",
            _SAMIR,
            _SAMIR_ROLE,
        ),
        # predicate after ان عددا من زملائه
        q(
            "اصبحوا عاجزين عن اداء اجور المستخدمين",
            _SAMIR,
            _SAMIR_ROLE,
        ),
        q(
            "المرسوم خضع لمشاورات واسعة امتدت لاكثر من سنة، وان الهيئات التمثيلية للصيادلة "
            "كانت حاضرة في جميع مراحلها",
            _HEALTH_SOURCE,
        ),
        q(
            "الهدف هو تمكين المواطن من الولوج الى الدواء بثمن معقول، وليس استهداف اي فئة مهنية",
            _HEALTH_SOURCE,
        ),
        q(
            "اثمنة عدد من الادوية في المغرب تفوق نظيرتها في دول الجوار بثلاثة الى اربعة اضعاف، "
            "وهذا وضع لم يعد مقبولا",
            _BENAMAR,
            _BENAMAR_ROLE,
            "2025-12-08",
            aliases=("بنعمر",),
        ),
        q(
            "المريض المزمن هو الحلقة الاضعف، وهو من يؤدي ثمن شد الحبل بين الوزارة والمهنيين",
            _ZEMMOURI,
            _ZEMMOURI_ROLE,
            aliases=("الزموري",),
        ),
        # unmarked after قائلا:
        q(
            "على الطرفين ان يجلسا الى طاولة الحوار بدل تبادل الاتهامات عبر الصحافة",
            _ZEMMOURI,
            _ZEMMOURI_ROLE,
            aliases=("الزموري",),
        ),
    ],
    "f10_wikileaks_redeyef_cables": [
        # the cable's subject line
        q(
            "تونس: احداث الرديف تكشف حدود المعجزة الاقتصادية",
            _US_TUNIS,
            None,
            "2008-07-18",
            aliases=_EMBASSY_ALIASES,
            optional=True,
        ),
        # the cable's body, no author named
        q(
            "الحكومة اختارت الحل الامني وحده، واعتقلت النقابيين بدل ان تفتح تحقيقا في نتائج "
            "مناظرة الانتداب بشركة الفسفاط",
            _US_TUNIS,
            None,
            "2008-07-18",
            aliases=_EMBASSY_ALIASES,
        ),
        q(
            "كثيرا من التونسيين الذين التقيناهم يرون في ما حدث بالرديف انذارا مبكرا لا حادثا "
            "معزولا",
            _HARRISON,
            _HARRISON_ROLE,
            "2008-07-18",
            aliases=("هاريسون", "السفير"),
        ),
        # relayed by the cable
        q(
            "شباب المنطقة لا يرون في الدولة الا الشرطة والحزب، والثروة تخرج من ارضهم ولا يعود "
            "لهم منها شيء",
            _GAFSA_BUSINESSMAN,
            None,
            "2008-07-18",
        ),
        q(
            "الوضع تحت السيطرة وما يحدث من صنع عناصر مشبوهة تحركها اطراف خارجية",
            _INTERIOR_OFFICIAL,
            None,
            "2008-07-18",
        ),
        # unmarked after قائلا:
        q(
            "لا نرى اي دليل على تدخل خارجي، بل نرى غضبا محليا حقيقيا تتجاهله السلطة",
            _HARRISON,
            _HARRISON_ROLE,
            "2008-07-18",
            aliases=("هاريسون", "السفير"),
        ),
        q(
            "المقربين من القصر يتحكمون في قطاعات واسعة من الاقتصاد، ورجال الاعمال يتجنبون "
            "الاستثمار خوفا من الابتزاز",
            _HARRISON,
            _HARRISON_ROLE,
            "2009-06-12",
            aliases=("هاريسون", "السفير"),
        ),
        q(
            "نحن جميعا نعرف ما يحدث، لكن لا احد يريد ان يكون اول من يتكلم",
            _EU_DIPLOMAT,
            None,
            "2009-06-12",
        ),
        # month precision
        q(
            "النقابات الجهوية اصبحت الفضاء الوحيد للتعبير عن الغضب بعد ان اغلقت كل الفضاءات الاخرى",
            _US_TUNIS,
            None,
            "2010-02",
            aliases=_EMBASSY_ALIASES,
        ),
        # two-word fragment
        q(
            "المدن الداخلية",
            _US_TUNIS,
            None,
            "2010-02",
            aliases=_EMBASSY_ALIASES,
            optional=True,
        ),
        # reactions today: no date
        q(
            "البرقيات تؤكد ما كنا نقوله منذ البداية، لم يكن هناك اي تدخل خارجي بل شباب يطالب "
            "بالشغل والكرامة",
            _AMRI,
            _AMRI_ROLE,
            aliases=("العمري",),
        ),
        q(
            "الامريكيين كانوا يعرفون ويكتبون، لكنهم واصلوا دعم النظام الى اخر يوم",
            _AMRI,
            _AMRI_ROLE,
            aliases=("العمري",),
        ),
        # predicate after أن هذه الوثائق
        q(
            "لا تضيف جديدا للتونسيين، لكنها تثبت ان الخارج كان يرى بوضوح ما رفضت السلطة رؤيته",
            _FERJANI,
            _FERJANI_ROLE,
            aliases=("الفرجاني",),
        ),
    ],
}

BATCHES = {
    "F10": [
        "f10_assarih_gafsa_sitin",
        "f10_jawharafm_sousse_rain",
        "f10_almaghreb_budget_debate",
        "f10_echorouk_milk_shortage",
        "f10_elbilad_party_locals",
        "f10_hespress_haouz_protest",
        "f10_alyaoum24_pharmacists_strike",
        "f10_wikileaks_redeyef_cables",
    ],
}

BLIND_ARTICLES_15 = {name: (_read(name), gold) for name, gold in GOLD.items()}
