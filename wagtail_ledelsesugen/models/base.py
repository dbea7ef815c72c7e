"""Behaviour shared by every page type of the app."""

from django.db import models

from ..conf import get_setting


class LedelsesugenPageMixin(models.Model):
    """Gives every page template the configured base template and stylesheet flag."""

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["base_template"] = get_setting("BASE_TEMPLATE")
        context["include_ledelsesugen_css"] = get_setting("INCLUDE_CSS")
        return context
