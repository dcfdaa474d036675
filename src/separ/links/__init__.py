"""Offline link checking: is this link a copy of a site the person trusts, or a phishing page?

Data flows one way: `url` reads the link as a browser would (`message` finds every link in a
pasted message, defanged ones too), `domains` cuts the host at its public suffix, `trusted` loads
the pack's trusted/ lists through the pack's reader (`hosting`, `indicators`) and the
person's own, `names` prepares them for comparison, `detect` (homographs, alphabets, typos),
`parallel` (other endings, glued words, embedded names) and `lures` (reported addresses,
credential bait from `bait`, free addresses, publishing platforms) find the reasons, `checker`
puts them together into a `verdict`, and `report` says it in plain words for the CLI (`command`)
and the app. Nothing here opens, fetches or resolves anything.
"""
