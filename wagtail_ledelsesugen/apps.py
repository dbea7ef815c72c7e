from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WagtailLedelsesugenAppConfig(AppConfig):
    """Leadership Week: events, programme and taxonomy for Wagtail."""

    name = "wagtail_ledelsesugen"
    label = "wagtail_ledelsesugen"
    verbose_name = _("Leadership Week")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks, conf

        conf.check_settings()
        checks.register_checks()
