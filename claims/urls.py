"""Reviewer web interface."""

urlpatterns: list = []
