"""Widgets the quiz screens share: the header bar, the answer choices, the feedback panel."""
