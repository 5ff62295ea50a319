"""Errors that carry a sentence for the user and details for the log panel."""

from __future__ import annotations


class UserError(Exception):
    """A failure the user can act on.

    ``sentence`` is one translated sentence that says what happened and what to do; it goes to the message bar.
    ``details`` (technical, untranslated) go to the log panel only.
    """

    def __init__(self, sentence: str, details: str = "") -> None:
        super().__init__(sentence)
        self.sentence = sentence
        self.details = details
