"""Signup: the form, seat allocation, e-mails and spam protection."""
