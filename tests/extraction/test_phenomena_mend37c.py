"""Mends of review findings on dev37s's speakers (mend37c, eighth session
of 2026-12-07): R3 (a verb of concluding goes on only with the words for
complement), R4 (a kunya, a kin noun, a family name joined by و is a person,
no list's item), R5 (مصور after a noun it describes is "filmed", no post),
L2 (a named topic before a و-adverbial closed by a comma).

Every sentence here is invented for the test.
"""

from __future__ import annotations

import pytest

from tests.extraction.helpers import one


class TestConcludingAVisitSaysAnew:
    """ "واختتم وزير الخارجية زيارته إلى بغداد، وقال إن": a verb of
    concluding whose object is a visit, a session or a debate closes that
    occasion; the post that is its subject is a new person, not the one
    quoted before (who keeps his own role). Only the words themselves
    after the subject ("إلى القول", "بالقول", "حديثه قائلا") make it go on."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "role"),
        [
            (
                'وأكد العبيدي أن "الوضع مستقر". واختتم وزير الخارجية زيارته إلى بغداد '
                'أمس، وقال إن "العلاقات ممتازة".\n',
                "العلاقات ممتازة",
                "وزير الخارجية",
                "وزير الخارجية",
            ),
            (
                'وقال الزعبي إن "الحكومة ستواصل الإصلاحات". واختتم رئيس الوزراء الجلسة '
                'بكلمة قال فيها: "لن نتراجع".\n',
                "لن نتراجع",
                "رئيس الوزراء",
                "رئيس الوزراء",
            ),
            (
                'قال الزعبي للصحفيين إن "الحكومة ستواصل الإصلاحات". واختتم وزير الداخلية '
                'جولته في الجنوب، وقال إن "الأمن مستتب".\n',
                "الأمن مستتب",
                "وزير الداخلية",
                "وزير الداخلية",
            ),
        ],
    )
    def test_the_post_speaks_for_itself(
        self, text: str, words: str, speaker: str, role: str
    ) -> None:
        q = one(text, words)
        assert (q.speaker, q.role) == (speaker, role)

    @pytest.mark.parametrize(
        ("text", "first", "speaker", "then", "other"),
        [
            (
                'وأكد العبيدي أن "الوضع مستقر". واختتم وزير الخارجية زيارته إلى بغداد '
                'أمس، وقال إن "العلاقات ممتازة".\n',
                "الوضع مستقر",
                "العبيدي",
                "العلاقات ممتازة",
                "وزير الخارجية",
            ),
            (
                'قالت الحسيني في مؤتمر صحفي إن "المستشفيات ممتلئة". وختمت رئيسة الجلسة '
                'النقاش بالقول إن "الوقت انتهى".\n',
                "المستشفيات ممتلئة",
                "الحسيني",
                "الوقت انتهى",
                "رئيسة الجلسة",
            ),
        ],
    )
    def test_the_one_before_keeps_his_words(
        self, text: str, first: str, speaker: str, then: str, other: str
    ) -> None:
        q = one(text, first)
        assert (q.speaker, q.role) == (speaker, None)
        assert one(text, then).speaker.startswith(other)

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "role"),
        [
            # near misses: the words themselves the complement, he goes on
            (
                'قال الزعبي للصحفيين إن "الحكومة ستواصل الإصلاحات". '
                'واختتم وزير الداخلية حديثه قائلا: "لن نتراجع".\n',
                "لن نتراجع",
                "الزعبي",
                "وزير الداخلية",
            ),
            (
                'قال الزعبي للصحفيين إن "الحكومة ستواصل الإصلاحات". '
                'وختم وزير الداخلية بالقول: "لن نتراجع".\n',
                "لن نتراجع",
                "الزعبي",
                "وزير الداخلية",
            ),
            (
                'قالت الحسيني في مؤتمر صحفي إن "المستشفيات ممتلئة". '
                'وخلصت رئيسة الهيئة الوطنية للصحة إلى أن "الوباء ينحسر ببطء".\n',
                "ينحسر ببطء",
                "الحسيني",
                "رئيسة الهيئة الوطنية للصحة",
            ),
        ],
    )
    def test_the_words_go_on(self, text: str, words: str, speaker: str, role: str) -> None:
        q = one(text, words)
        assert (q.speaker, q.role) == (speaker, role)


class TestPersonJoinedToAListSpeaks:
    """ "حضر الجلسة المدير X، وشقيق الضحية وقال": a kunya (أبو، أم), a kin
    noun (شقيق، والد) or a family name with the article joined by و after a
    comma right before "وقال" is a person joined to those named, the verb's
    subject; only a bare noun of a deed ("، ووضع دستور جديد وأردف") is a
    list's item the sentence's subject goes on from."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                'التقى الوزير خالد سعيد بالسفير، وأبو محمد وقال: "اللقاء مثمر".\n',
                "اللقاء مثمر",
                "وأبو محمد",
            ),
            (
                'حضر الاجتماع المدير خالد سعيد، والعبيدي وقال: "الأرقام جيدة".\n',
                "الأرقام جيدة",
                "العبيدي",
            ),
            (
                'حضر الجلسة المدير خالد سعيد، وشقيق الضحية وقال: "نريد العدالة".\n',
                "نريد العدالة",
                "وشقيق الضحية",
            ),
            (
                'شارك في المسيرة المئات، وأم محمد وقالت: "نريد أبناءنا".\n',
                "نريد أبناءنا",
                "وأم محمد",
            ),
        ],
    )
    def test_the_person_joined_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # near misses: a deed joined to the list, the subject goes on
            (
                "ودعا رئيس الحزب كريم سالم إلى حوار وطني، وتشكيل حكومة وحدة "
                'وقال "البلاد في خطر".\n',
                "في خطر",
                "كريم سالم",
            ),
            (
                'ودعا الوزير سامي حداد إلى الحوار، وإجراء انتخابات مبكرة وأضاف: "لا حل غير ذلك".\n',
                "لا حل غير",
                "سامي حداد",
            ),
        ],
    )
    def test_the_subject_goes_on(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestNamedTopicBeforeAdverbialWithComma:
    """ "السوداني وفي مقابلة أجرتها معه صحيفة الأهرام، أكد أن": the named
    topic that opens the sentence, then a و-adverbial closed by a comma (the
    commoner print), is the verb's subject as without the comma; a fronted
    adverbial after one to three words opening the sentence does not start
    a sentence of its own."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            (
                "السوداني وفي مقابلة أجرتها معه صحيفة الأهرام، أكد أن «العراق ماض في الإصلاح».\n",
                "ماض في الإصلاح",
                "السوداني",
            ),
            (
                "محمد العبدالله وفي مقابلة أجرتها معه صحيفة الرياض، "
                "قال: «المملكة ماضية في الإصلاح».\n",
                "ماضية في الإصلاح",
                "محمد العبدالله",
            ),
            (
                "قال المحافظ إن العمل جار.\n"
                "الجبوري وخلال زيارته إلى المحافظة، أوضح أن «المشاريع ستستأنف قريبا».\n",
                "ستستأنف قريبا",
                "الجبوري",
            ),
        ],
    )
    def test_the_topic_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker

    @pytest.mark.parametrize(
        ("text", "words", "speaker"),
        [
            # near misses: the subject after the verb; a long clause before
            # the run-together adverbial, its own sentence
            (
                "الحريري وفي ذكرى اغتياله، قال نجله سعد: «لن ننسى».\n",
                "لن ننسى",
                "نجله سعد",
            ),
            (
                "وأكد الخبير سامي حداد أن الأزمة عميقة جدا وفي مقابلة مع صحيفة الأهرام، "
                "قال الوزير كريم يوسف: «العراق ماض في الإصلاح».\n",
                "ماض في الإصلاح",
                "كريم يوسف",
            ),
        ],
    )
    def test_the_subject_after_the_verb_speaks(self, text: str, words: str, speaker: str) -> None:
        assert one(text, words).speaker == speaker


class TestFilmedIsNoPost:
    """ "وظهر في الشريط المصور الشيخ X وهو يقول": مصور right after a noun of
    a recording (شريط، مقطع، تسجيل، فيديو …) is its adjective, "filmed", no
    photographer; the post after it is the speaker's own (مصور stays a post
    elsewhere: "المصور الصحفي X")."""

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "role"),
        [
            (
                'وظهر في الشريط المصور الشيخ سامي حداد وهو يقول: "لن نستسلم".\n',
                "لن نستسلم",
                "سامي حداد",
                None,
            ),
            (
                'وظهر في المقطع المصور الطبيب سامي حداد وهو يقول: "لا أدوية لدينا".\n',
                "لا أدوية",
                "سامي حداد",
                "الطبيب",
            ),
            (
                'وظهر في التسجيل المصور القائد سامي حداد وهو يقول: "المعركة مستمرة".\n',
                "المعركة مستمرة",
                "سامي حداد",
                "القائد",
            ),
            (
                'وظهر في الفيديو المصور المتحدث باسم الجماعة سامي حداد وهو يقول: "لن نتراجع".\n',
                "لن نتراجع",
                "سامي حداد",
                "المتحدث باسم الجماعة",
            ),
        ],
    )
    def test_the_post_after_it_is_his(
        self, text: str, words: str, speaker: str, role: str | None
    ) -> None:
        q = one(text, words)
        assert (q.speaker, q.role) == (speaker, role)

    @pytest.mark.parametrize(
        ("text", "words", "speaker", "role"),
        [
            # near misses: the photographer, a post
            (
                'وظهر المصور الصحفي كريم حسن في الشريط وهو يقول: "منعونا من التصوير".\n',
                "من التصوير",
                "كريم حسن",
                "المصور الصحفي",
            ),
            (
                'وقالت مصورة الوكالة رنا سعيد إن "الوضع خطير في المخيم".\n',
                "في المخيم",
                "رنا سعيد",
                "مصورة الوكالة",
            ),
        ],
    )
    def test_the_photographer_stays(self, text: str, words: str, speaker: str, role: str) -> None:
        q = one(text, words)
        assert (q.speaker, q.role) == (speaker, role)
