from django.db import models
from wagtail.models import Page


class HomePage(Page):
    """The municipality's own home page, as `wagtail start` makes it."""

    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + ["intro"]
