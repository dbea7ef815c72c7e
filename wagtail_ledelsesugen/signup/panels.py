"""Admin panels of the signup feature."""

from wagtail.admin.panels import Panel

from .permissions import can_manage_signups


class SignupSummaryPanel(Panel):
    """Seat counts of the page and a link to its signup list, in the page editor."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "wagtail_ledelsesugen/admin/signup_summary_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            context["is_saved"] = bool(page.pk)
            context["may_see_signups"] = bool(page.pk) and can_manage_signups(
                self.request.user, page
            )
            if context["may_see_signups"]:
                context["counts"] = page.signup_counts()
                context["capacity"] = page.signup_capacity
            return context
