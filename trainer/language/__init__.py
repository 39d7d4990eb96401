"""Plain English, standard library only: word lists, the text normaliser, names, dates
and numbers. Shared by the question generators and the quiz's answer matcher."""
