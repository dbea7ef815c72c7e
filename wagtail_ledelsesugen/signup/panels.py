"""Admin panels of the signup feature."""

from wagtail.admin.panels import Panel


class SignupSummaryPanel(Panel):
    """Seat counts of the page and a link to its signup list, in the page editor."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "wagtail_ledelsesugen/admin/signup_summary_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["is_saved"] = bool(page.pk)
            if page.pk:
                context["counts"] = page.signup_counts()
                context["capacity"] = page.signup_capacity
            return context
