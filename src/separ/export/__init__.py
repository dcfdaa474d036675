"""Views of the checklist as documents: Markdown, HTML and plain text."""
