"""Editor-tunable settings per site."""

import swapper
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="calendar")
class LeadershipWeekSettings(BaseSiteSetting):
    """Contact details and the default programme of one site."""

    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("Shown to visitors with questions, e.g. ledelsesugen@medst.dk."),
    )
    linkedin_url = models.URLField(_("LinkedIn page"), blank=True)
    default_programme_page = models.ForeignKey(
        "wagtail_ledelsesugen.EventIndexPage",
        verbose_name=_("default programme page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked to from pages that are not inside a programme."),
    )

    signup_consent_text = models.TextField(
        _("consent text for signups"),
        blank=True,
        help_text=_(
            "What people agree to when they sign up, unless a page has its own "
            "text. Say who stores the answers, why, and for how long."
        ),
    )
    privacy_policy_page = models.ForeignKey(
        swapper.get_model_name("wagtailcore", "Page"),
        verbose_name=_("privacy policy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked to from the consent checkbox of every signup form."),
    )

    panels = [
        "contact_email",
        "linkedin_url",
        PageChooserPanel(
            "default_programme_page", "wagtail_ledelsesugen.EventIndexPage"
        ),
        MultiFieldPanel(
            ["signup_consent_text", "privacy_policy_page"], heading=_("Signup")
        ),
    ]

    class Meta:
        verbose_name = _("Leadership Week")
