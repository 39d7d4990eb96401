"""The Textual shell over trainer.quiz: the only package that imports textual."""
