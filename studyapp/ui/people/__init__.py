"""The People view: everyone the content names, with roles, deeds and where they occur."""
