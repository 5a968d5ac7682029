"""What the views share, so that no view imports another (an import-linter contract).

Link browser and in-app links, reading styles, colours, the key role and index type, focus
rules and the focus ring, the accessible palette, announcements to screen readers and the
accessible model of painted widgets, the generated cards and the names of card kinds each
have their one home here.
"""
