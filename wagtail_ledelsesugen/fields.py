"""Model fields of the app."""

from django import forms
from django.core import checks, exceptions
from django.db import models
from django.utils.translation import ngettext_lazy


class ChoiceListField(models.JSONField):
    """A list of values picked from ``choices``, stored as a JSON array.

    Rendered as checkboxes in the admin. Filter with
    :func:`wagtail_ledelsesugen.fields.contains_choice`, which works on every
    database Django supports (JSON ``contains`` does not on SQLite).
    """

    def __init__(self, *args, choice_options=None, **kwargs):
        self.choice_options = list(choice_options or [])
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def check(self, **kwargs):
        errors = super().check(**kwargs)
        if not self.choice_options:
            errors.append(
                checks.Error("ChoiceListField needs choice_options.", obj=self)
            )
        return errors

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["choice_options"] = self.choice_options
        if kwargs.get("default") is list:
            del kwargs["default"]
        if kwargs.get("blank") is True:
            del kwargs["blank"]
        return name, path, args, kwargs

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        allowed = {key for key, _label in self.choice_options}
        unknown = [item for item in value or [] if item not in allowed]
        if unknown:
            raise exceptions.ValidationError(
                ngettext_lazy(
                    "Unknown value: %(values)s", "Unknown values: %(values)s", "count"
                ),
                code="invalid_choice",
                params={"values": ", ".join(map(str, unknown)), "count": len(unknown)},
            )

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.choice_options,
            "widget": forms.CheckboxSelectMultiple,
            "required": not self.blank,
            "label": self.verbose_name,
            "help_text": self.help_text,
        }
        defaults.update(kwargs)
        form_class = defaults.pop("form_class")
        return form_class(**defaults)

    def labels(self, values):
        """The display labels of ``values``, in the order of ``choice_options``."""
        chosen = set(values or [])
        return [label for key, label in self.choice_options if key in chosen]


def contains_choice(field_name, value):
    """A Q object matching rows whose ChoiceListField ``field_name`` holds ``value``.

    Values are slugs, so matching the quoted JSON string is exact.
    """
    return models.Q(**{f"{field_name}__icontains": f'"{value}"'})
