"""Error answers: one JSON shape for every refusal, with messages per field."""

import datetime

from django.core.exceptions import RequestDataTooBig
from django.http import Http404
from django.utils.translation import gettext as _
from ninja import Schema
from ninja.errors import HttpError, ValidationError


class Problem(Schema):
    """Why a request was refused: a code for programs, a sentence for people."""

    status: int
    code: str
    detail: str
    errors: dict[str, list[str]] = {}


class ApiError(Exception):
    """Raised by an operation to answer with a :class:`Problem`."""

    def __init__(self, status, code, detail, errors=None, headers=None):
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = str(detail)
        self.errors = errors or {}
        self.headers = headers or {}


def problem_response(api, request, status, code, detail, errors=None, headers=None):
    response = api.create_response(
        request,
        {"status": status, "code": code, "detail": str(detail), "errors": errors or {}},
        status=status,
    )
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def field_name(location):
    """``("body", "payload", "email")`` as ``email``: the name the client sent."""
    parts = [str(part) for part in location if part not in ("query", "body", "path")]
    if parts and parts[0] in ("payload", "filters", "params"):
        parts = parts[1:]
    return ".".join(parts) or "non_field_errors"


def message_for(error):
    """A translated sentence for one pydantic validation error."""
    kind = error.get("type", "")
    context = error.get("ctx") or {}
    if kind == "missing":
        return _("This field is required.")
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return _("Enter a whole number.")
    if kind in ("greater_than_equal", "greater_than"):
        limit = context.get("ge", context.get("gt"))
        if isinstance(limit, datetime.date):
            return _("Choose a day on or after %(limit)s.") % {"limit": limit}
        return _("Enter a number of at least %(limit)s.") % {"limit": limit}
    if kind in ("less_than_equal", "less_than"):
        limit = context.get("le", context.get("lt"))
        if isinstance(limit, datetime.date):
            return _("Choose a day on or before %(limit)s.") % {"limit": limit}
        return _("Enter a number of at most %(limit)s.") % {"limit": limit}
    if kind in ("enum", "literal_error"):
        return _("Use one of these values: %(expected)s.") % {
            "expected": context.get("expected", "")
        }
    if kind.startswith("date"):
        return _("Write the date as YYYY-MM-DD, e.g. 2026-10-27.")
    if kind.startswith("bool"):
        return _("Write true or false.")
    if kind == "null_character":
        return _("Null characters are not allowed.")
    if kind == "json_invalid":
        return _("The request body is not valid JSON.")
    if kind == "string_too_long":
        return _("Write at most %(limit)s characters.") % {
            "limit": context.get("max_length")
        }
    if kind == "too_long":
        return _("Send at most %(limit)s items.") % {"limit": context.get("max_length")}
    if kind in ("string_type", "dict_type", "model_attributes_type", "list_type"):
        return _("This value has the wrong type.")
    return _("This value is not valid.")


def register_exception_handlers(api):
    """Answer bad input with 400 and a :class:`Problem`, never Ninja's 422."""

    @api.exception_handler(ValidationError)
    def invalid_input(request, exc):
        errors = {}
        for error in exc.errors:
            errors.setdefault(field_name(error.get("loc", ())), []).append(
                message_for(error)
            )
        return problem_response(
            api,
            request,
            400,
            "invalid",
            _("Some of the values sent are not valid; see errors."),
            errors,
        )

    @api.exception_handler(ApiError)
    def refused(request, exc):
        return problem_response(
            api, request, exc.status, exc.code, exc.detail, exc.errors, exc.headers
        )

    @api.exception_handler(HttpError)
    def unreadable(request, exc):
        if exc.status_code == 400:
            detail = _("The request body is not valid JSON.")
            return problem_response(api, request, 400, "invalid", detail)
        return problem_response(api, request, exc.status_code, "error", str(exc))

    @api.exception_handler(RequestDataTooBig)
    def too_big(request, exc):
        return problem_response(
            api,
            request,
            413,
            "too_large",
            _("The request body is larger than this site accepts."),
        )

    @api.exception_handler(Http404)
    def not_found(request, exc):
        return problem_response(
            api, request, 404, "not_found", _("There is nothing at this address.")
        )
