"""Behaviour shared by every page type of the app."""

from django.db import models

from ..conf import get_setting

# Inline rows in editor order; rows added in code (no sort_order) in the order made.
ORDERED_ROWS = ["sort_order", "pk"]


class LedelsesugenPageMixin(models.Model):
    """Gives every page template the configured base template and stylesheet flag."""

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["base_template"] = get_setting("BASE_TEMPLATE")
        context["include_ledelsesugen_css"] = get_setting("INCLUDE_CSS")
        return context
