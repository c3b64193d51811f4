"""REST API, mounted at /api/v1/."""

from __future__ import annotations

from pathlib import Path

import drf_spectacular_sidecar
from django.urls import path, re_path
from django.views.static import serve
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import SimpleRouter

from claims.api import views

router = SimpleRouter()
router.register("quotes", views.QuoteViewSet, basename="api-quote")
router.register("documents", views.DocumentViewSet, basename="api-document")
router.register("speakers", views.SpeakerViewSet, basename="api-speaker")
router.register("sources", views.SourceViewSet, basename="api-source")
router.register("export", views.ExportViewSet, basename="api-export")

QUOTE = rf"^quotes/(?P<quote_pk>{views.ID_REGEX})"
SIDECAR = Path(drf_spectacular_sidecar.__file__).parent / "static" / "drf_spectacular_sidecar"

urlpatterns = [
    *router.urls,
    re_path(
        rf"{QUOTE}/evidence/$",
        views.EvidenceViewSet.as_view({"get": "list", "post": "create"}),
        name="api-evidence-list",
    ),
    re_path(
        rf"{QUOTE}/evidence/(?P<pk>{views.ID_REGEX})/$",
        views.EvidenceViewSet.as_view(
            {"get": "retrieve", "patch": "partial_update", "delete": "destroy"}
        ),
        name="api-evidence-detail",
    ),
    re_path(
        rf"{QUOTE}/history/$",
        views.QuoteHistoryViewSet.as_view({"get": "list"}),
        name="api-quote-history",
    ),
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api-schema"), name="api-docs"),
    # Swagger UI's own files, from the sidecar package: the docs need no CDN
    # and no static-files server (they work the same under gunicorn).
    path("docs/assets/<path:path>", serve, {"document_root": SIDECAR}, name="api-docs-assets"),
    # Anything else under /api/v1/ is a JSON 404, never the web UI's HTML page.
    re_path(r"^", views.not_found),
]
