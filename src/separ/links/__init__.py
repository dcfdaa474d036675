"""Offline look-alike site detection: is this link a copy of a site the person trusts?

Data flows one way: `url` reads the link as a browser would, `domains` cuts the host at its
public suffix, `trusted` loads the shipped list (trusted/ in the pack) and the person's own,
`names` prepares it for comparison, `detect` (homographs, alphabets, typos) and `parallel`
(other endings, glued words, embedded names) find the reasons, `checker` puts them together into
a `verdict`, and `report` says it in plain words for the CLI (`command`) and the app. Nothing
here opens, fetches or resolves anything.
"""
