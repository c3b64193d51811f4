"""Reviewer web interface."""

from django.contrib.auth import views as auth_views
from django.urls import include, path

from claims import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path(
        "login/",
        auth_views.LoginView.as_view(redirect_authenticated_user=True),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("quotes/", views.quote_list, name="quote-list"),
    path("quotes/<int:pk>/", views.quote_detail, name="quote-detail"),
    path("quotes/<int:pk>/edit/", views.quote_action, {"action": "edit"}, name="quote-edit"),
    path("quotes/<int:pk>/take/", views.quote_action, {"action": "take"}, name="quote-take"),
    path(
        "quotes/<int:pk>/verdict/", views.quote_action, {"action": "verdict"}, name="quote-verdict"
    ),
    path(
        "quotes/<int:pk>/approve/", views.quote_action, {"action": "approve"}, name="quote-approve"
    ),
    path(
        "quotes/<int:pk>/evidence/",
        views.quote_action,
        {"action": "evidence"},
        name="quote-evidence",
    ),
    path("evidence/<int:pk>/remove/", views.evidence_remove_view, name="evidence-remove"),
    path("documents/", views.document_list, name="document-list"),
    path("documents/new/", views.document_new, name="document-new"),
    path("documents/<int:pk>/", views.document_detail, name="document-detail"),
    path("documents/<int:pk>/review/", views.document_review, name="document-review"),
    path("speakers/<int:pk>/", views.speaker_detail, name="speaker-detail"),
]
