"""Clauses -> questions: how the date, number, aircraft and place kinds phrase a fact.

Every fact is asked about one clause of one sentence. A wh-question is built only
where the clause has the plain shape `Subject [aux] Verb ... ANSWER ...`; anything
else becomes a fill-in-the-blank of the clause, which is always grammatical.
Both go through the same checks: the question must stand alone (no pronoun or
"the company" whose referent is not in it), must not contain its answer, and must
be short enough to read.
"""
