"""Failures the user must be told about in one clear sentence, never with a traceback."""


class StudyAppError(Exception):
    """A problem with the app's files or input, explained for the user in `str(error)`."""


class ContentError(StudyAppError):
    """The bundled agreements database is missing, damaged or of the wrong version."""


class UserDataError(StudyAppError):
    """The user's own data folder or database cannot be used."""
