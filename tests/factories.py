"""factory_boy factories for the workbench's models.

Quotes are made through the service so that their text, normalised text
and offsets always agree with the document, as the database demands.
"""

from __future__ import annotations

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from claims import roles
from claims.models import Document, Origin, Quote, Source, SourceKind, Speaker, SpeakerKind
from claims.services import quote_create
from claims.services.documents import body_checksum

ARTICLE = (
    'قال وزير الخارجية في بيان إن "التعاون بين البلدين يتقدم بخطى ثابتة" '
    'وأضاف أن "الاجتماع المقبل سيعقد في الربيع".'
)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", "correct-horse-battery")

    @factory.post_generation
    def role(self, create, extracted, **kwargs):
        if create and extracted:
            self.groups.add(Group.objects.get(name=extracted))
        if create:
            self.save()


class DocumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Document

    title = factory.Sequence(lambda n: f"مقال رقم {n}")
    body = factory.Sequence(lambda n: f"{ARTICLE} ({n})")
    language = "ar"
    publisher = "AFP"
    checksum = factory.LazyAttribute(lambda d: body_checksum(d.body))


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    name = factory.Sequence(lambda n: f"متحدث {n}")
    kind = SpeakerKind.PERSON


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    title = factory.Sequence(lambda n: f"Cable {n}")
    kind = SourceKind.CABLE
    url = factory.Sequence(lambda n: f"https://example.org/cables/{n}")
    publisher = "WikiLeaks"


def make_quote(
    *,
    document: Document | None = None,
    speaker: Speaker | None = None,
    phrase: str = "التعاون بين البلدين يتقدم بخطى ثابتة",
    **kwargs,
) -> Quote:
    """A quote of ``phrase`` in ``document`` (a fresh one by default)."""
    document = document or DocumentFactory()
    start = document.body.index(phrase)
    return quote_create(
        document_id=document.pk,
        start=start,
        end=start + len(phrase),
        actor=None,
        speaker_id=(speaker or SpeakerFactory()).pk,
        origin=kwargs.pop("origin", Origin.EXTRACTED),
        **kwargs,
    )


ROLE_NAMES = {"viewer": roles.VIEWER, "reviewer": roles.REVIEWER, "editor": roles.EDITOR}
