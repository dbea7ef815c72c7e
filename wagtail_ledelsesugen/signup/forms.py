"""The public signup form: standard fields, editors' questions and consent."""

import json
import time

from django import forms
from django.core import signing
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from ..conf import get_setting

STANDARD_FIELDS = ("name", "email", "organisation", "job_title")
HONEYPOT_FIELD = "website"
TIMESTAMP_FIELD = "started"
CONSENT_FIELD = "consent"
RESERVED_NAMES = {*STANDARD_FIELDS, HONEYPOT_FIELD, TIMESTAMP_FIELD, CONSENT_FIELD}
TIMESTAMP_SALT = "wagtail_ledelsesugen.signup.started"


class SignupFormBuilder(FormBuilder):
    """Wagtail's form builder, with a length limit on multi-line answers and
    drop-downs that start blank."""

    def create_multiline_field(self, field, options):
        options["max_length"] = 5000
        return super().create_multiline_field(field, options)

    def create_dropdown_field(self, field, options):
        """A drop-down that starts blank, so a required one must really be chosen."""
        options["choices"] = [
            ("", _("Choose …")),
            *self.get_formatted_field_choices(field),
        ]
        return forms.ChoiceField(**options)


class SignupForm(BaseForm):
    """Name, e-mail, organisation and job title, then the editors' questions.

    Also carries the consent checkbox, a honeypot and a signed start time,
    which turn away robots that fill in every field or answer at once. The
    API's form (``for_api=True``) has neither trap: there the rate limit
    guards signup instead.
    """

    name = forms.CharField(label=_("Name"), max_length=255)
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    organisation = forms.CharField(
        label=_("Organisation"), max_length=255, required=False
    )
    job_title = forms.CharField(label=_("Job title"), max_length=255, required=False)
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, consent_text="", for_api=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.consent_text = consent_text
        self.fields[CONSENT_FIELD] = forms.BooleanField(
            label=consent_text,
            required=True,
            error_messages={"required": _("You must give your consent to sign up.")},
        )
        self.fields[TIMESTAMP_FIELD].initial = signing.dumps(
            time.time(), salt=TIMESTAMP_SALT
        )
        if self.page and self.page.require_login and self.user is not None:
            del self.fields["name"]
            del self.fields["email"]
        if for_api:
            del self.fields[HONEYPOT_FIELD]
            del self.fields[TIMESTAMP_FIELD]
        self.order_fields(self.field_order)

    def clean(self):
        cleaned_data = super().clean()
        # Not an error of the hidden field: a person could not see or fix it.
        if cleaned_data.get(HONEYPOT_FIELD):
            raise forms.ValidationError(
                _("The form looked as if a robot had filled it in. Please try again."),
                code="honeypot",
            )
        return cleaned_data

    def clean_started(self):
        too_fast = forms.ValidationError(
            _("The form was sent too quickly. Please check it and send it again."),
            code="too_fast",
        )
        try:
            started = signing.loads(
                self.cleaned_data[TIMESTAMP_FIELD], salt=TIMESTAMP_SALT
            )
        except signing.BadSignature:
            raise too_fast from None
        if time.time() - started < get_setting("SIGNUP_MIN_FILL_SECONDS"):
            raise too_fast
        return started

    @property
    def question_names(self):
        return [name for name in self.fields if name not in RESERVED_NAMES]

    def get_person(self):
        """Name and e-mail from the form, or from the signed-in user on intranets."""
        if "email" not in self.fields:
            return {
                "name": self.user.get_full_name() or self.user.get_username(),
                "email": self.user.email,
            }
        return {"name": self.cleaned_data["name"], "email": self.cleaned_data["email"]}

    def get_answers(self):
        """The answers to the editors' questions, as JSON-safe values."""
        answers = {name: self.cleaned_data.get(name) for name in self.question_names}
        return json.loads(json.dumps(answers, cls=DjangoJSONEncoder))


def build_signup_form_class(questions):
    """A SignupForm subclass with a field for each of ``questions``."""
    question_fields = SignupFormBuilder(questions).formfields
    form_class = type("SignupForm", (SignupForm,), dict(question_fields))
    form_class.field_order = [
        *STANDARD_FIELDS,
        *question_fields,
        CONSENT_FIELD,
        HONEYPOT_FIELD,
        TIMESTAMP_FIELD,
    ]
    return form_class
