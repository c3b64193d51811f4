"""Four articles written for the tests in the styles of Tunisian, Levantine,
Gulf and pan-Arab outlets reporting leaked cables, with a gold annotation in
the format of ../shared/gold (offsets are computed from the quote text)."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).with_name("data")


def _read(name: str) -> str:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8")


TUNISIAN = _read("tunisian")

TUNISIAN_GOLD = [
    {
        "text": "الفساد في الدائرة الضيقة للرئيس يتفاقم، وحتى التونسيون العاديون باتوا يدركون ذلك",
        "speaker": "روبرت غوديك",
        "aliases": ["غوديك"],
        "role": "السفير الأمريكي في تونس",
        "date": "2008-06-23",
    },
    {
        "text": "عائلة الطرابلسي هي الاكثر اثارة للاستياء",
        "speaker": "روبرت غوديك",
        "aliases": ["غوديك"],
        "role": "السفير الأمريكي في تونس",
        "date": "2008-06-23",
    },
    {
        "text": "نصف النخبة الاقتصادية في البلاد مرتبطة بالعائلة عن طريق المصاهرة",
        "speaker": "رجل اعمال تونسي",
        "aliases": [],
        "role": None,
        "date": "2008-06-23",
    },
    {
        "text": "هذا الرقم قد يكون مبالغا فيه، لكنه يعكس شعورا عاما",
        "speaker": "روبرت غوديك",
        "aliases": ["غوديك", "السفير"],
        "role": "السفير الأمريكي في تونس",
        "date": "2008-06-23",
    },
    {
        "text": "الحكومة لا تتسامح مع أي انتقاد، حتى من الأصدقاء",
        "speaker": "روبرت غوديك",
        "aliases": ["غوديك"],
        "role": "السفير الأمريكي في تونس",
        "date": "2009-02",
    },
    {
        "text": "هذه الوثائق تؤكد ما كنا نقوله منذ سنوات",
        "speaker": "راضية النصراوي",
        "aliases": [],
        "role": "الناشطة الحقوقية",
        "date": None,
    },
    {
        "text": "على الحكومة أن تحاسب المتورطين بدل ملاحقة الصحفيين",
        "speaker": "راضية النصراوي",
        "aliases": [],
        "role": "الناشطة الحقوقية",
        "date": None,
    },
    {
        "text": "هذه البرقيات لا تعكس سوى وجهة نظر أصحابها",
        "speaker": "مصدر حكومي",
        "aliases": [],
        "role": None,
        "date": None,
    },
]

LEVANTINE = _read("levantine")

LEVANTINE_GOLD = [
    {
        "text": "الحوار مع حزب الله وصل إلى طريق مسدود",
        "speaker": "وليد جنبلاط",
        "aliases": ["جنبلاط"],
        "role": "النائب",
        "date": "2008-03-14",
    },
    {
        "text": "لا أرى أي حل في الأفق القريب",
        "speaker": "وليد جنبلاط",
        "aliases": ["جنبلاط"],
        "role": "النائب",
        "date": "2008-03-14",
    },
    {
        "text": "جنبلاط يبالغ في تشاؤمه، لكنه يقرأ المزاج الدرزي جيداً",
        "speaker": "جيفري فيلتمان",
        "aliases": ["فيلتمان", "السفير"],
        "role": "السفير",
        "date": "2008-03-14",
    },
    {
        "text": "على واشنطن أن تعزز دعمها للجيش اللبناني",
        "speaker": "جيفري فيلتمان",
        "aliases": ["فيلتمان", "السفير"],
        "role": "السفير",
        "date": "2008-03-14",
    },
    {
        "text": "شبكة الاتصالات الخاصة بالحزب تمثل خطراً على سيادة الدولة",
        "speaker": "مروان حمادة",
        "aliases": ["حمادة"],
        "role": "وزير الاتصالات",
        "date": "2008-05-02",
    },
    {
        "text": "كان متوتراً جداً خلال اللقاء",
        "speaker": "البرقية",
        "aliases": ["برقية أخرى", "فيلتمان"],
        "role": None,
        "date": "2008-05-02",
    },
    {
        "text": "الانتخابات ستجري في موعدها مهما حصل",
        "speaker": "نبيه بري",
        "aliases": ["بري"],
        "role": "رئيس مجلس النواب",
        "date": "2008-12-10",
    },
]

GULF = _read("gulf")

GULF_GOLD = [
    {
        "text": "ايران تلعب دورا سلبيا في العراق ولبنان",
        "speaker": "محمد الصباح",
        "aliases": ["الشيخ محمد الصباح"],
        "role": "وزير الخارجية",
        "date": "2009-02-18",
    },
    {
        "text": "الكويت لن تسمح باستخدام اراضيها ضد اي دولة جارة",
        "speaker": "محمد الصباح",
        "aliases": ["الشيخ محمد الصباح"],
        "role": "وزير الخارجية",
        "date": "2009-02-18",
    },
    {
        "text": "هذه البرقيات تعود الى مرحلة سابقة ولا تعكس الواقع الحالي",
        "speaker": "مصدر دبلوماسي خليجي",
        "aliases": [],
        "role": None,
        "date": None,
    },
    {
        "text": "العلاقات مع طهران تشهد تحسنا ملحوظا منذ سنتين",
        "speaker": "مصدر دبلوماسي خليجي",
        "aliases": ["المصدر"],
        "role": None,
        "date": None,
    },
    {
        "text": "يكشف حجم الهوة بين الخطاب الرسمي والمواقف الحقيقية",
        "speaker": "عبدالله النفيسي",
        "aliases": ["النفيسي"],
        "role": "النائب السابق في مجلس الامة الكويتي",
        "date": None,
    },
    {
        "text": "لقد كنا نعرف ذلك دائما",
        "speaker": "عبدالله النفيسي",
        "aliases": ["النفيسي"],
        "role": "النائب السابق في مجلس الامة الكويتي",
        "date": None,
    },
]

PAN_ARAB = _read("pan_arab")

PAN_ARAB_GOLD = [
    {
        "text": "حماس يجب أن تدفع ثمن مغامرتها",
        "speaker": "عمر سليمان",
        "aliases": ["سليمان"],
        "role": "مدير المخابرات المصرية",
        "date": "2009-01-12",
    },
    {
        "text": "لن نسمح بتحويل غزة إلى إمارة إسلامية على حدودنا",
        "speaker": "عمر سليمان",
        "aliases": ["سليمان"],
        "role": "مدير المخابرات المصرية",
        "date": "2009-01-12",
    },
    {
        "text": "مصر تلعب دوراً لا غنى عنه في أي تسوية",
        "speaker": "الوفد الأمريكي",
        "aliases": [],
        "role": None,
        "date": "2009-01-12",
    },
    {
        "text": "الإدارة تدرس كل الخيارات",
        "speaker": "مسؤول في الخارجية الأمريكية",
        "aliases": [],
        "role": None,
        "date": None,
    },
    {
        "text": "هذه الوثائق مزورة",
        "speaker": "حسام زكي",
        "aliases": [],
        "role": "المتحدث باسم الخارجية المصرية",
        "date": None,
    },
    {
        "text": "مصر لا تعلق على وثائق مسربة",
        "speaker": "حسام زكي",
        "aliases": [],
        "role": "المتحدث باسم الخارجية المصرية",
        "date": None,
    },
]


EGYPTIAN = _read("egyptian")
EGYPTIAN_GOLD = [
    {
        "text": "ملف التوريث سيظل مصدر قلق للنظام حتى الانتخابات المقبلة",
        "speaker": "مارجريت سكوبي",
        "aliases": ["سكوبي"],
        "role": "السفيرة الأمريكية في القاهرة",
        "date": "2009-02-09",
    },
    {
        "text": "الرئيس مبارك لا يزال يمسك بكل الخيوط",
        "speaker": "مارجريت سكوبي",
        "aliases": ["سكوبي"],
        "role": "السفيرة الأمريكية في القاهرة",
        "date": "2009-02-09",
    },
    {
        "text": "لا أحد داخل الحزب يجرؤ على الحديث عن خليفة للرئيس",
        "speaker": "أحد قيادات الحزب الوطني الديمقراطي",
        "aliases": [],
        "role": None,
        "date": None,
    },
    {
        "text": "هذه البرقيات لم تأت بجديد، فكل المصريين يعرفون ذلك",
        "speaker": "حسن نافعة",
        "aliases": ["الدكتور حسن نافعة"],
        "role": "أستاذ العلوم السياسية بجامعة القاهرة",
        "date": None,
    },
    {
        "text": "الحزب لا يرد على وثائق مجهولة المصدر",
        "speaker": "المتحدث باسم الحزب الوطني",
        "aliases": [],
        "role": "المتحدث باسم الحزب الوطني",
        "date": None,
    },
]

ALGERIAN = _read("algerian")
ALGERIAN_GOLD = [
    {
        "text": "الجزائر لن تقبل اي وجود عسكري اجنبي على ارضها",
        "speaker": "عبد العزيز بوتفليقة",
        "aliases": ["بوتفليقة"],
        "role": "الرئيس",
        "date": "2009-12-15",
    },
    {
        "text": "مكافحة الارهاب في الساحل مسؤولية دول المنطقة اولا",
        "speaker": "عبد العزيز بوتفليقة",
        "aliases": ["بوتفليقة"],
        "role": "الرئيس",
        "date": "2009-12-15",
    },
    {
        "text": "الجيش الجزائري يملك قدرات حقيقية لكنه يرفض تقاسم المعلومات",
        "speaker": "روبرت فورد",
        "aliases": ["فورد"],
        "role": "السفير",
        "date": "2008-07",
    },
    {
        "text": "حساسون جدا تجاه كل ما يمس السيادة الوطنية",
        "speaker": "روبرت فورد",
        "aliases": ["فورد"],
        "role": "السفير",
        "date": "2008-07",
    },
    {
        "text": "هذه الوثائق تفضح ازدواجية الخطاب الرسمي",
        "speaker": "قيادي في حركة مجتمع السلم",
        "aliases": [],
        "role": "قيادي في حركة مجتمع السلم",
        "date": None,
    },
]

MOROCCAN = _read("moroccan")
MOROCCAN_GOLD = [
    {
        "text": "الرباط تعتبر أن الجزائر طرف أساسي في نزاع الصحراء وليست مجرد مراقب",
        "speaker": "البرقية",
        "aliases": ["برقية دبلوماسية أمريكية"],
        "role": None,
        "date": "2009-08-04",
    },
    {
        "text": "المغرب مستعد للذهاب بعيدا في مقترح الحكم الذاتي",
        "speaker": "مستشار الملك",
        "aliases": ["المستشار"],
        "role": None,
        "date": "2009-09",
    },
    {
        "text": "لكننا لن نتنازل عن السيادة",
        "speaker": "مستشار الملك",
        "aliases": ["المستشار"],
        "role": None,
        "date": "2009-09",
    },
    {
        "text": "الحكومة لا تعلق على تسريبات لا تلزم إلا أصحابها",
        "speaker": "خالد الناصري",
        "aliases": ["الناصري"],
        "role": "الناطق الرسمي باسم الحكومة",
        "date": "2010-12-02",
    },
]

SYRIAN = _read("syrian")
SYRIAN_GOLD = [
    {
        "text": "الحرب على الإرهاب مستمرة حتى تحرير كل شبر من الأراضي السورية",
        "speaker": "بشار الأسد",
        "aliases": ["الأسد"],
        "role": "الرئيس السوري",
        "date": None,
    },
    {
        "text": "بعض الدول الغربية بدأت تعيد حساباتها",
        "speaker": "بشار الأسد",
        "aliases": ["الأسد"],
        "role": "الرئيس السوري",
        "date": None,
    },
    {
        "text": "النظام فقد شرعيته منذ زمن طويل، ولا مكان له في مستقبل سوريا",
        "speaker": "خالد خوجة",
        "aliases": ["خوجة"],
        "role": "رئيس الائتلاف الوطني السوري المعارض",
        "date": "2015-05-07",
    },
    {
        "text": "لن تشارك في أي مفاوضات لا تضمن انتقالا سياسيا حقيقيا",
        "speaker": "خالد خوجة",
        "aliases": ["خوجة"],
        "role": "رئيس الائتلاف الوطني السوري المعارض",
        "date": "2015-05-07",
    },
    {
        "text": "وقف فوري لإطلاق النار",
        "speaker": "الأمم المتحدة",
        "aliases": [],
        "role": None,
        "date": None,
    },
    {
        "text": "الوضع الإنساني يقترب من الكارثة",
        "speaker": "ستافان دي ميستورا",
        "aliases": ["دي ميستورا"],
        "role": "المبعوث الدولي",
        "date": None,
    },
]

SAUDI = _read("saudi")
SAUDI_GOLD = [
    {
        "text": "المملكة لن تسمح لايران بالتدخل في شؤون دول الخليج",
        "speaker": "عادل الجبير",
        "aliases": ["الجبير"],
        "role": "وزير الخارجية السعودي",
        "date": None,
    },
    {
        "text": "الحل في اليمن يجب ان يكون سياسيا",
        "speaker": "عادل الجبير",
        "aliases": ["الجبير"],
        "role": "وزير الخارجية السعودي",
        "date": None,
    },
    {
        "text": "ان التحالف ملتزم بحماية المدنيين وبالقانون الدولي الانساني",
        "speaker": "عادل الجبير",
        "aliases": ["الجبير"],
        "role": "وزير الخارجية السعودي",
        "date": None,
        "optional": True,
    },
    {
        "text": "الضربات الجوية على المناطق السكنية قد ترقى الى جرائم حرب",
        "speaker": "منظمة العفو الدولية",
        "aliases": [],
        "role": None,
        "date": None,
    },
    {
        "text": "لم نعد نعرف اين نختبئ",
        "speaker": "احد سكان صنعاء",
        "aliases": [],
        "role": None,
        "date": None,
    },
]

TUNISIAN_SPEECH = _read("tunisian_speech")
TUNISIAN_SPEECH_GOLD = [
    {
        "text": "لا تراجع عن الحرب على الفساد",
        "speaker": "يوسف الشاهد",
        "aliases": ["الشاهد"],
        "role": None,
        "date": None,
    },
    {
        "text": "الحرب على الفساد ليست حملة ظرفية بل خيار استراتيجي",
        "speaker": "يوسف الشاهد",
        "aliases": ["الشاهد"],
        "role": "رئيس الحكومة",
        "date": "2017-05-24",
    },
    {
        "text": "لقد اخترنا تونس، ولا رجوع الى الوراء",
        "speaker": "يوسف الشاهد",
        "aliases": ["الشاهد"],
        "role": "رئيس الحكومة",
        "date": "2017-05-24",
    },
    {
        "text": "الحرب على الفساد يجب ان تشمل الجميع دون استثناء",
        "speaker": "نور الدين الطبوبي",
        "aliases": ["الطبوبي"],
        "role": "الامين العام لاتحاد الشغل",
        "date": None,
    },
    {
        "text": "خطوة في الاتجاه الصحيح",
        "speaker": "نائب عن حركة النهضة",
        "aliases": [],
        "role": None,
        "date": None,
    },
]

ARTICLES = {
    "tunisian": (TUNISIAN, TUNISIAN_GOLD),
    "levantine": (LEVANTINE, LEVANTINE_GOLD),
    "gulf": (GULF, GULF_GOLD),
    "pan_arab": (PAN_ARAB, PAN_ARAB_GOLD),
    "egyptian": (EGYPTIAN, EGYPTIAN_GOLD),
    "algerian": (ALGERIAN, ALGERIAN_GOLD),
    "moroccan": (MOROCCAN, MOROCCAN_GOLD),
    "syrian": (SYRIAN, SYRIAN_GOLD),
    "saudi": (SAUDI, SAUDI_GOLD),
    "tunisian_speech": (TUNISIAN_SPEECH, TUNISIAN_SPEECH_GOLD),
}


def gold_with_offsets(text: str, quotes: list[dict]) -> list[dict]:
    out = []
    pos = 0
    for q in quotes:
        start = text.index(q["text"], pos)
        out.append({**q, "start": start, "end": start + len(q["text"])})
        pos = start + 1
    return out
