"""The public signup form: standard fields, editors' questions and consent."""

import json
import re
import time
import unicodedata

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
CONTROL_CATEGORIES = {"Cc", "Cf", "Zl", "Zp"}
WEB_ADDRESS = re.compile(r"https?://|www\.", re.IGNORECASE)


def without_control_characters(value, keep=""):
    """``value`` without control characters other than those in ``keep``;
    line breaks and tabs among them become spaces."""
    return "".join(replace_control_character(char, keep) for char in value)


def replace_control_character(char, keep):
    if char in keep or unicodedata.category(char) not in CONTROL_CATEGORIES:
        return char
    return " " if char.isspace() else ""


def as_text(value):
    return "" if value is None else str(value)


class SingleLineField(forms.CharField):
    """Text on one line, as it may be copied into an e-mail: line breaks and
    other control characters are taken out, runs of spaces made one."""

    def to_python(self, value):
        text = " ".join(without_control_characters(as_text(value)).split())
        return super().to_python(text)


class MultiLineField(forms.CharField):
    """Text that keeps its line breaks but loses other control characters."""

    widget = forms.Textarea

    def to_python(self, value):
        text = without_control_characters(as_text(value), keep="\r\n")
        return super().to_python(text)


class FreshTokenField(forms.CharField):
    """A hidden field that shows its new initial value, not the one sent,
    when a form comes back with errors."""

    widget = forms.HiddenInput

    def bound_data(self, data, initial):
        return initial


def validate_distinct(values):
    """Refuse a choice sent twice, which would store a list of any length."""
    if len(set(values)) != len(values):
        raise forms.ValidationError(
            _("Choose each option only once."), code="duplicate"
        )


def started_salt(page):
    """The salt that binds a form's start time to ``page`` and its translations."""
    return f"{TIMESTAMP_SALT}:{page.translation_key}"


def started_token(page, at):
    """The signed start time ``at`` (a Unix time) for the signup form of ``page``."""
    return signing.dumps(at, salt=started_salt(page))


class SignupFormBuilder(FormBuilder):
    """Wagtail's form builder, with a length limit on every answer that could
    otherwise be of any length, single-line answers without control
    characters, and drop-downs that start blank."""

    def create_singleline_field(self, field, options):
        return SingleLineField(max_length=255, **options)

    def create_multiline_field(self, field, options):
        return MultiLineField(max_length=5000, **options)

    def create_hidden_field(self, field, options):
        return SingleLineField(max_length=255, widget=forms.HiddenInput, **options)

    def create_url_field(self, field, options):
        options["max_length"] = 2048
        return super().create_url_field(field, options)

    def create_number_field(self, field, options):
        options["max_digits"] = 20
        return super().create_number_field(field, options)

    def create_checkboxes_field(self, field, options):
        form_field = super().create_checkboxes_field(field, options)
        form_field.validators.append(validate_distinct)
        return form_field

    def create_multiselect_field(self, field, options):
        form_field = super().create_multiselect_field(field, options)
        form_field.validators.append(validate_distinct)
        return form_field

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

    name = SingleLineField(label=_("Name"), max_length=255)
    email = forms.EmailField(label=_("E-mail"), max_length=254)
    organisation = SingleLineField(
        label=_("Organisation"), max_length=255, required=False
    )
    job_title = SingleLineField(label=_("Job title"), max_length=255, required=False)
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = FreshTokenField(required=False)

    def __init__(self, *args, consent_text="", for_api=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.consent_text = consent_text
        self.fields[CONSENT_FIELD] = forms.BooleanField(
            label=consent_text,
            required=True,
            error_messages={"required": _("You must give your consent to sign up.")},
        )
        self.fields[TIMESTAMP_FIELD].initial = started_token(self.page, time.time())
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

    def clean_name(self):
        name = self.cleaned_data["name"]
        if WEB_ADDRESS.search(name):
            raise forms.ValidationError(
                _("Write your name without a web address."), code="web_address"
            )
        return name

    def clean_started(self):
        """The start time signed for this form (or a translation of it), at
        least ``SIGNUP_MIN_FILL_SECONDS`` and at most ``SIGNUP_FORM_MAX_AGE`` ago."""
        try:
            started = signing.loads(
                self.cleaned_data[TIMESTAMP_FIELD], salt=started_salt(self.page)
            )
        except signing.BadSignature:
            started = None
        age = time.time() - (started or 0)
        if age > get_setting("SIGNUP_FORM_MAX_AGE"):
            raise forms.ValidationError(
                _("The form has expired. Please check it and send it again."),
                code="expired",
            )
        if age < get_setting("SIGNUP_MIN_FILL_SECONDS"):
            raise forms.ValidationError(
                _("The form was sent too quickly. Please check it and send it again."),
                code="too_fast",
            )
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
