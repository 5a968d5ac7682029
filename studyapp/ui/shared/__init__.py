"""What the views share, so that no view imports another (an import-linter contract).

Link browser and in-app links, reading styles, colours, the key role and index type, focus
rules, the generated cards and the names of card kinds each have their one home here.
"""
